/** A short plain-text summary of a TriangulateReport for the command line. */
import type { Claim, Story, TriangulateReport } from "../model/report-schema.js";
import {
  disputeValues,
  formatNumber,
  plural,
  qualifiedValue,
  sourceLabel,
  storyCounts,
  unique,
} from "./report-format.js";

/** Makes untrusted text safe for one terminal line: control characters (ANSI escapes included), bidi overrides and line breaks become spaces. */
export function terminalText(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function claimValue(claim: Claim): string {
  return `${qualifiedValue(claim)} (${sourceLabel(claim)})`;
}

/** One line per dispute: `  disputed: <question> 14 (SOHR) · 20 (Aleppo Media Centre)`. */
function disputeLines(story: Story): string[] {
  return story.disputes.map((dispute) => {
    const values = disputeValues(story, dispute).flatMap(({ value, claims }) =>
      claims.length === 0 ? [formatNumber(value)] : claims.map(claimValue),
    );
    return `  disputed: ${terminalText(dispute.question)} ${terminalText(unique(values).join(" · "))}`;
  });
}

function storyLines(story: Story, index: number): string[] {
  const counts = storyCounts(story);
  return [`${index + 1}. ${terminalText(story.title)} (${counts})`, ...disputeLines(story)];
}

/** Stories with their report counts and disputed figures, then the problems. Ends with a newline. */
export function renderTerminalSummary(report: TriangulateReport): string {
  const stories = report.stories.length;
  const lines = [
    `${plural(stories, "story", "stories")} found in ${plural(report.reports.length, "report")}${stories > 0 ? ":" : "."}`,
    ...report.stories.flatMap(storyLines),
    `${plural(report.problems.length, "problem")}${report.problems.length > 0 ? ":" : "."}`,
    ...report.problems.map((problem) => `  ${terminalText(problem.input)}: ${terminalText(problem.message)}`),
  ];
  return `${lines.join("\n")}\n`;
}
