/** Tests for the plain-text CLI summary. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TriangulateReport } from "../model/report-schema.js";
import { fixtureReport, XSS_ATTR, XSS_SCRIPT } from "./report-fixture.js";
import { renderTerminalSummary } from "./terminal-summary.js";

test("lists stories with report counts, one line per dispute, then problems", () => {
  const out = renderTerminalSummary(fixtureReport);
  assert.equal(
    out,
    [
      "2 stories found in 3 reports:",
      "1. Flash flood in Marrowby (2 reports, 2 independent sources)",
      "  disputed: How many people were killed? at least 14 (Regional Fire Service) · 20 (Mayor Tilde Orsk) · as many as 45 (Ana Petrel via Northwire)",
      "2. Saltgate bridge reopens (1 report, 1 independent source; a later phase of story s1)",
      "2 problems:",
      "  inputs/empty.txt: No article text left after cleaning.",
      `  inputs/${XSS_ATTR}.html: Could not parse ${XSS_SCRIPT}`,
      "",
    ].join("\n"),
  );
});

test("strips terminal control sequences and line breaks from untrusted text", () => {
  const story = fixtureReport.stories[1];
  assert.ok(story);
  const report: TriangulateReport = {
    ...fixtureReport,
    stories: [{ ...story, title: "Bridge\u001b[2J\u001b]0;pwned\u0007 reopens\nFAKE LINE" }],
    problems: [{ input: "a.txt\r", code: "x", message: "bad\u009b31m" }],
  };
  const out = renderTerminalSummary(report);
  const controls = [...out].filter((ch) => ch !== "\n" && (ch < " " || (ch >= "\u007f" && ch <= "\u009f")));
  assert.deepEqual(controls, []);
  assert.ok(out.includes("1. Bridge [2J ]0;pwned reopens FAKE LINE (1 report"));
  assert.equal(out.split("\n").length, 5);
});

test("an empty report says so", () => {
  const empty: TriangulateReport = { schema: "triangulate.report/1", reports: [], stories: [], problems: [] };
  assert.equal(renderTerminalSummary(empty), "0 stories found in 0 reports.\n0 problems.\n");
});
