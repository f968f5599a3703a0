/** HTML sections for each report's cleaned text (with cited spans highlighted) and the problems list. */

import type { ReportEntry, TriangulateReport } from "../model/report-schema.js";
import type { EvidenceAnchors } from "./evidence-anchors.js";
import { escapeHtml } from "./html-escape.js";
import { highlightText } from "./html-highlight.js";
import { htmlList, htmlTable } from "./html-parts.js";
import { publishedWords } from "./published-words.js";

function textList(items: readonly string[]): string {
  return items.length === 0 ? "none" : htmlList(items.map(escapeHtml));
}

function publishedHtml(entry: ReportEntry): string {
  return escapeHtml(`${publishedWords(entry.published)} (${entry.published.basis})`);
}

function metadataHtml(entry: ReportEntry): string {
  const removed = entry.removed.map(
    (item) => `<q>${escapeHtml(item.text)}</q> <span class="reason">(${escapeHtml(item.reason)})</span>`,
  );
  const rows: [string, string][] = [
    ["Input", escapeHtml(entry.input)],
    ["Outlet", escapeHtml(`${entry.outlet ?? "unknown"} (${entry.outletBasis})`)],
    ["URL", entry.url ? `<span class="url">${escapeHtml(entry.url)}</span>` : "none"],
    ["Published", publishedHtml(entry)],
    ["Credits", textList(entry.credits)],
    ["Captions", textList(entry.captions)],
    ["Removed", removed.length === 0 ? "none" : htmlList(removed)],
  ];
  return `<dl class="meta">\n${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("\n")}\n</dl>`;
}

function reportHtml(entry: ReportEntry, anchors: EvidenceAnchors): string {
  const anchor = anchors.reportAnchor(entry.id);
  const heading = `${entry.id}${entry.outlet ? ` — ${entry.outlet}` : ""}${entry.title ? `: ${entry.title}` : ""}`;
  const text = highlightText(entry.text, anchors.spansFor(entry.id));
  return [
    `<article class="report"${anchor ? ` id="${escapeHtml(anchor)}"` : ""}>`,
    `<h3>${escapeHtml(heading)}</h3>`,
    metadataHtml(entry),
    `<details open><summary>Cleaned text</summary>\n<div class="text">${text}</div>\n</details>`,
    "</article>",
  ].join("\n");
}

/** The "Reports" section: one article per report, with metadata and highlighted cleaned text. */
export function reportsHtml(report: TriangulateReport, anchors: EvidenceAnchors): string {
  const body =
    report.reports.length === 0
      ? "<p>none</p>"
      : report.reports.map((entry) => reportHtml(entry, anchors)).join("\n");
  return `<section id="reports">\n<h2>Reports</h2>\n${body}\n</section>`;
}

/** The "Problems" section as a table, or "none". */
export function problemsHtml(report: TriangulateReport): string {
  const rows = report.problems.map((problem) =>
    [problem.input, problem.code, problem.message].map(escapeHtml),
  );
  const body = rows.length === 0 ? "<p>none</p>" : htmlTable(["Input", "Code", "Message"], rows);
  return `<section id="problems">\n<h2>Problems</h2>\n${body}\n</section>`;
}
