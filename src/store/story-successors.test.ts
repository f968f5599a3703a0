// A retired story id points to the story now holding most of its reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Story, TriangulateReport } from "../model/report-schema.js";
import { successorsOf } from "./story-successors.js";

const story = (id: string, reports: string[]) => ({ id, reports }) as unknown as Story;
const analysis = (...stories: Story[]) =>
  ({ schema: "triangulate.report/1", reports: [], stories, problems: [] }) as TriangulateReport;

describe("story successors", () => {
  it("points each retired id to the story holding most of its reports", () => {
    const before = analysis(story("s1", ["a"]), story("s2", ["b", "c", "d"]), story("s3", ["e"]));
    const after = analysis(story("s1", ["a", "b"]), story("s3", ["c", "d", "e"]));
    assert.deepEqual([...successorsOf(before, after)], [["s2", "s3"]]);
  });

  it("breaks a tie by the story listed first, and leaves out a story none of whose reports is placed", () => {
    const before = analysis(story("s1", ["a", "b"]), story("s2", ["x"]));
    const after = analysis(story("s4", ["b"]), story("s5", ["a"]));
    assert.deepEqual([...successorsOf(before, after)], [["s1", "s4"]]);
  });

  it("finds nothing retired in a first analysis or when every id is still shown", () => {
    const now = analysis(story("s1", ["a"]));
    assert.equal(successorsOf(null, now).size, 0);
    assert.equal(successorsOf(now, analysis(story("s1", ["a", "b"]))).size, 0);
  });
});
