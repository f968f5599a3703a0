// Phase links on invented reports: an undated report about a later phase of a dated story is its own story,
// linked to the story it continues.
import assert from "node:assert/strict";
import { test } from "node:test";
import { rawReport } from "./ingest/fixture-reports.js";
import { analyzeReports } from "./pipeline.js";

const raw = rawReport;

test("an undated later phase stays a story of its own and says which story it continues", () => {
  const report = analyzeReports([
    raw(
      "early",
      "Mayor Lena Holt said the Norland Red Cross had opened shelters in Brenn after the Orlen river flooded the lower town on Monday. Engineer Tomas Verel said the dam held.",
      "2025-09-20",
    ),
    raw(
      "later",
      "The rebuilding of the lower town of Brenn, launched on November 10, is ahead of plan, Mayor Lena Holt said. In less than a month, crews of the Norland Red Cross and engineer Tomas Verel have reopened every school.",
      null,
    ),
  ]);
  assert.equal(report.stories.length, 2);
  const later = report.stories.find((s) => s.reports.includes("later"));
  const early = report.stories.find((s) => s.reports.includes("early"));
  assert.equal(later?.phaseOf, early?.id);
  assert.equal(early?.phaseOf, null);
  const published = report.reports.find((r) => r.id === "later")?.published;
  assert.deepEqual([published?.after, published?.before], ["2025-11-10", "2025-12-10"]);
});
