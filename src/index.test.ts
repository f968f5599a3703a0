/** The package entry point exports analyze and each stage under its name, and analyses reports held in memory. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as triangulate from "triangulate";

describe("package entry point", () => {
  it("exports analyze and each stage under the package name", () => {
    for (const name of [
      "analyze",
      "analyzeReports",
      "cleanReport",
      "buildPipeline",
      "clusterStories",
      "buildStory",
      "summarizeStory",
      "renderMarkdown",
      "renderHtml",
      "reportSchema",
    ]) {
      assert.equal(typeof (triangulate as Record<string, unknown>)[name] === "undefined", false, name);
    }
  });

  it("analyses reports held in memory", () => {
    const report = triangulate.analyzeReports([
      {
        id: "x1",
        input: "memory",
        format: "text",
        text: "Harbour Light\n\nFire at the quay\n\nA fire destroyed a warehouse on the Brenn quay on Monday, the harbour authority said.",
        title: null,
        outlet: null,
        url: null,
        published: "2025-03-03",
        publishedBasis: "given",
        captions: [],
      },
    ]);
    assert.equal(report.stories.length, 1);
    assert.equal(report.reports[0]?.outlet, "Harbour Light");
    assert.equal(report.reports[0]?.title, "Fire at the quay");
    assert.deepEqual(
      report.stories[0]?.timeline.map((t) => t.date),
      ["2025-03-03"],
    );
  });
});
