/** Renders a TriangulateReport as one self-contained, script-free HTML5 document. */
import type { TriangulateReport } from "../model/report-schema.js";
import { buildEvidenceAnchors } from "./evidence-anchors.js";
import { escapeHtml } from "./html-escape.js";
import { htmlList } from "./html-parts.js";
import { problemsHtml, reportsHtml } from "./html-reports.js";
import { storyHtml } from "./html-story.js";
import { HTML_STYLE } from "./html-style.js";
import { plural, reportsById } from "./report-format.js";

/** The policy forbids every network load; only inline styles and data: images are allowed. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function contentsHtml(report: TriangulateReport): string {
  const stories = report.stories.map(
    (story, index) => `<a href="#story-${index}">${escapeHtml(story.title)}</a>`,
  );
  const items = [...stories, '<a href="#reports">Reports</a>', '<a href="#problems">Problems</a>'];
  return `<nav aria-label="Contents">\n${htmlList(items)}\n</nav>`;
}

/** The full HTML document: overview, stories, reports with highlighted text, problems. */
export function renderHtml(report: TriangulateReport): string {
  const anchors = buildEvidenceAnchors(report);
  const reports = reportsById(report);
  const overview = `${plural(report.reports.length, "report")}, ${plural(report.stories.length, "story", "stories")}, ${plural(report.problems.length, "problem")}.`;
  const stories =
    report.stories.length === 0
      ? "<p>No stories found.</p>"
      : report.stories.map((story, index) => storyHtml(story, index, reports, anchors)).join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Triangulate report</title>",
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>\n<h1>Triangulate report</h1>",
    `<p class="overview">${escapeHtml(overview)}</p>\n</header>`,
    contentsHtml(report),
    "<main>",
    stories,
    reportsHtml(report, anchors),
    problemsHtml(report),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
