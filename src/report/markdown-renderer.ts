/** Renders a TriangulateReport as a readable Markdown document. */

import type { ReportEntry, TriangulateReport } from "../model/report-schema.js";
import { escapeMarkdown, markdownTable } from "./markdown-escape.js";
import { storyMarkdown } from "./markdown-story.js";
import { publishedWords } from "./published-words.js";
import { plural, reportsById } from "./report-format.js";

function list(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.map(escapeMarkdown).join("; ");
}

function reportMetadata(entry: ReportEntry): string[] {
  const removed = entry.removed.map(
    (item) => `  - “${escapeMarkdown(item.text)}” (${escapeMarkdown(item.reason)})`,
  );
  return [
    `### ${escapeMarkdown(entry.id)}${entry.title ? `: ${escapeMarkdown(entry.title)}` : ""}`,
    "",
    `- Input: ${escapeMarkdown(entry.input)}`,
    `- Outlet: ${escapeMarkdown(entry.outlet ?? "unknown")} (${escapeMarkdown(entry.outletBasis)})`,
    ...(entry.url ? [`- URL: ${escapeMarkdown(entry.url)}`] : []),
    `- Published: ${escapeMarkdown(publishedWords(entry.published))} (${escapeMarkdown(entry.published.basis)})`,
    `- Credits: ${list(entry.credits)}`,
    `- Captions: ${list(entry.captions)}`,
    `- Cleaned text: ${plural(entry.text.length, "character")}`,
    `- Removed: ${removed.length === 0 ? "none" : ""}`.trimEnd(),
    ...removed,
    "",
  ];
}

function problemLines(report: TriangulateReport): string[] {
  if (report.problems.length === 0) return ["none", ""];
  const rows = report.problems.map((problem) =>
    [problem.input, problem.code, problem.message].map(escapeMarkdown),
  );
  return [...markdownTable(["Input", "Code", "Message"], rows), ""];
}

/** The full Markdown report: overview, one section per story, report metadata, then problems. */
export function renderMarkdown(report: TriangulateReport): string {
  const reports = reportsById(report);
  const lines = [
    "# Triangulate report",
    "",
    `${plural(report.reports.length, "report")}, ${plural(report.stories.length, "story", "stories")}, ${plural(report.problems.length, "problem")}.`,
    "",
    ...(report.stories.length === 0 ? ["No stories found.", ""] : []),
    ...report.stories.flatMap((story) => storyMarkdown(story, reports)),
    "## Reports",
    "",
    ...(report.reports.length === 0 ? ["none", ""] : report.reports.flatMap(reportMetadata)),
    "## Problems",
    "",
    ...problemLines(report),
  ];
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
