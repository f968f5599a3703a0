/** Tests for the Markdown renderer: overview, disputes, ledger, escaping, metadata and problems. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TriangulateReport } from "../model/report-schema.js";
import { escapeMarkdown, markdownTable } from "./markdown-escape.js";
import { renderMarkdown } from "./markdown-renderer.js";
import { CROSSING_B, fixtureReport, NESTED_SUMMARY } from "./report-fixture.js";

const md = renderMarkdown(fixtureReport);
const lines = md.split("\n");

/** Splits a table row on the `|` that are not backslash-escaped (an escaped backslash does not escape). */
function cells(row: string): string[] {
  return row
    .trim()
    .slice(1, -1)
    .split(/(?<=(?:^|[^\\])(?:\\\\)*)\|/)
    .map((cell) => cell.trim());
}

test("opens with a title line and an overview of counts", () => {
  assert.equal(lines[0], "# Triangulate report");
  assert.ok(md.includes("3 reports, 2 stories, 2 problems."));
  assert.ok(md.includes("## Flash flood in Marrowby"));
  assert.ok(md.includes("2 reports, 2 independent sources."));
  assert.ok(md.includes("- r1 — Northwire: Flash flood kills at least 14 in Marrowby"));
});

test("the dispute lists every value with its source and carrying reports", () => {
  const at = lines.indexOf("**Disputed: How many people were killed?** (killed, main event)");
  assert.ok(at > 0, "dispute heading present");
  const values = lines.slice(at + 2, at + 5);
  assert.match(
    values[0] ?? "",
    /^- \*\*at least 14 people\*\* — source Regional Fire Service — carried by r1, r2 \[r1:/,
  );
  assert.match(values[1] ?? "", /^- \*\*20 people\*\* — source Mayor Tilde Orsk — carried by r1, r2/);
  assert.match(
    values[2] ?? "",
    /^- \*\*as many as 45 people\*\* — source Ana Petrel via Northwire — carried by r1/,
  );
  assert.ok(md.indexOf("### Disputes") < md.indexOf("### Claim ledger"), "disputes come before the ledger");
});

test("summary sentences are followed by their citation markers", () => {
  const marker = `[r1:${NESTED_SUMMARY.start}-${NESTED_SUMMARY.end}]`;
  assert.ok(md.includes(`A flash flood killed at least 14 people in Marrowby on Sunday. ${marker}`));
});

test("ledger groups: disputes first with their spread, rows keep their column count and escape pipes", () => {
  assert.ok(md.includes("**How many people were killed? — figures differ: 14 to 45, from 3 sources**"));
  const header = lines.find((line) => line.startsWith("| Figure | Source | Carried by | Date | Sentence |"));
  assert.ok(header);
  const start = lines.indexOf(header);
  const rows = lines.slice(start + 2, start + 5);
  for (const row of rows) assert.equal(cells(row).length, 5, row);
  assert.ok(rows[0]?.includes("| 2031-03-03 |"));
  assert.ok(
    rows[0]?.includes(
      `“at least 14 people, the Regional Fire Service said” [r1:${CROSSING_B.start}-${CROSSING_B.end}]`,
    ),
  );
  const single = md.slice(md.indexOf("How many crews"));
  assert.ok(single.includes("about 3 to 9 crews \\| teams"));
  assert.ok(single.includes("“Rescue crews \\| volunteers”"));
  assert.ok(md.includes("| Tilde Orsk | person | Orsk, Mayor \\| Orsk |"));
});

test("markdownTable escapes pipes, newlines and empty cells", () => {
  const table = markdownTable(["A", "B"], [[escapeMarkdown("x | y\nz"), ""]]);
  assert.deepEqual(table, ["| A | B |", "| --- | --- |", "| x \\| y z | — |"]);
  assert.deepEqual(cells(table[2] ?? ""), ["x \\| y z", "—"]);
  assert.equal(cells(markdownTable(["A", "B"], [[escapeMarkdown("back\\"), "b"]])[2] ?? "").length, 2);
});

test("untrusted text cannot open raw HTML, links or block structure", () => {
  const unescapedAngle = /(?<!\\)(?:\\\\)*[<>]/;
  assert.ok(!unescapedAngle.test(md), "every < and > is backslash-escaped");
  assert.ok(unescapedAngle.test("a \\\\<b"), "an escaped backslash does not escape <");
  assert.ok(md.includes("\\<script\\>alert(1)\\</script\\> Marrowby flood toll rises"));
  assert.equal(
    escapeMarkdown("# heading\n- item [x](y) *b* `c`"),
    "\\# heading - item \\[x\\](y) \\*b\\* \\`c\\`",
  );
  assert.equal(escapeMarkdown("1. first"), "1\\. first");
});

test("quotes, timeline and copies are rendered", () => {
  assert.ok(
    md.includes("- “The water came faster than anyone expected” — Tilde Orsk; carried by r1, r2 [r1:"),
  );
  assert.ok(
    md.includes(
      "  - variant in r2: “The water came faster than anyone could have expected” (adds “could have”)",
    ),
  );
  assert.ok(
    md.includes("- 2031-03-02: The Kessel river floods the river district of Marrowby. (r1, r2) [r1:"),
  );
  assert.ok(md.includes("| r1 ↔ r2 | rewrite | 0.41 | r1 |"));
});

test("empty story sections are omitted", () => {
  const s2 = md.slice(md.indexOf("## Saltgate bridge reopens"), md.indexOf("\n## Reports\n"));
  assert.ok(s2.includes("### Summary"));
  for (const heading of [
    "### Disputes",
    "### Claim ledger",
    "### Quotes",
    "### Timeline",
    "### Entities",
    "### Copies",
  ]) {
    assert.ok(!s2.includes(heading), heading);
  }
});

test("report metadata lists published date, credits, captions and removed text with reasons", () => {
  assert.ok(md.includes("- Published: 2031-03-03 (dateline)"));
  assert.ok(md.includes("- Published: unknown, after 2031-03-03 (jsonl field)"));
  assert.ok(md.includes("- Credits: Reporting by Ida Brenn"));
  assert.ok(md.includes("- Captions: Rescuers wade through the river district."));
  assert.ok(md.includes("  - “Sign up for our newsletter” (newsletter prompt)"));
  assert.ok(md.includes("- Credits: none"));
});

test("problems are listed with input, code and message; none when empty", () => {
  assert.ok(md.includes("| inputs/empty.txt | empty-text | No article text left after cleaning. |"));
  assert.ok(md.includes("| parse \\| error |"));
  const empty: TriangulateReport = { schema: "triangulate.report/1", reports: [], stories: [], problems: [] };
  const out = renderMarkdown(empty);
  assert.ok(out.includes("0 reports, 0 stories, 0 problems."));
  assert.ok(out.includes("## Problems\n\nnone"));
});
