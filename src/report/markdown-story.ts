/** Markdown sections for one story: reports, summary, disputes, ledger, quotes, timeline, entities, copies. */

import type { Evidence, ReportEntry, Story } from "../model/report-schema.js";
import { ledgerBlocks } from "./ledger-view.js";
import { escapeMarkdown, markdownTable } from "./markdown-escape.js";
import { speakerList, speakerWords } from "./quote-words.js";
import {
  citationLabel,
  disputeValues,
  formatFigure,
  formatNumber,
  reportLabel,
  sharedText,
  sourceLabel,
  storyCounts,
} from "./report-format.js";

type Reports = ReadonlyMap<string, ReportEntry>;

/** Citation markers like `[r1:120-180]`, space-separated. */
export function citations(evidence: readonly Evidence[]): string {
  return evidence.map((item) => `[${escapeMarkdown(citationLabel(item))}]`).join(" ");
}

function section(title: string, body: readonly string[]): string[] {
  return body.length === 0 ? [] : [`### ${title}`, "", ...body, ""];
}

function joinIds(ids: readonly string[]): string {
  return ids.length === 0 ? "none" : escapeMarkdown(ids.join(", "));
}

function summaryLines(story: Story): string[] {
  return story.summary.map((sentence) =>
    `${escapeMarkdown(sentence.text)} ${citations(sentence.evidence)}`.trim(),
  );
}

function comparisonLines(story: Story): string[] {
  return story.comparison.map((item) =>
    `- **${escapeMarkdown(item.kind)}**: ${escapeMarkdown(item.text)} ${citations(item.evidence.slice(0, 6))}`.trimEnd(),
  );
}

function disputeLines(story: Story): string[] {
  return story.disputes.flatMap((dispute) => [
    `**Disputed: ${escapeMarkdown(dispute.question)}** (${escapeMarkdown(`${dispute.measure}, ${dispute.scope}`)})`,
    "",
    ...disputeValues(story, dispute).flatMap(({ value, claims }) =>
      claims.length === 0
        ? [`- **${formatNumber(value)}**: no claim carries this value`]
        : claims.map((claim) =>
            [
              `- **${escapeMarkdown(formatFigure(claim))}**`,
              `source ${escapeMarkdown(sourceLabel(claim))}`,
              `carried by ${joinIds(claim.reports)} ${citations(claim.evidence)}`.trim(),
            ].join(" — "),
          ),
    ),
    "",
  ]);
}

function evidenceCell(evidence: readonly Evidence[]): string {
  return evidence
    .map((item) => (item.text ? `“${escapeMarkdown(item.text)}” ${citations([item])}` : citations([item])))
    .join(" ");
}

function ledgerLines(story: Story): string[] {
  return ledgerBlocks(story).flatMap((block) => [
    `**${escapeMarkdown(block.heading)}**`,
    "",
    ...markdownTable(
      ["Figure", "Source", "Carried by", "Date", "Sentence"],
      block.rows.map(({ claim, figure }) => [
        escapeMarkdown(figure),
        escapeMarkdown(sourceLabel(claim)),
        joinIds(claim.reports),
        claim.date ?? "undated",
        evidenceCell(claim.evidence),
      ]),
    ),
    "",
  ]);
}

function quoteLines(story: Story): string[] {
  return story.quotes.flatMap((quote) => {
    const head = `- “${escapeMarkdown(quote.text)}” — ${escapeMarkdown(speakerWords(quote))}; carried by ${joinIds(quote.reports)}`;
    return [
      `${head} ${citations(quote.evidence)}`.trim(),
      ...(quote.speakerConflict
        ? [`  - **given to different speakers**: ${escapeMarkdown(speakerList(quote))}`]
        : []),
      ...quote.wordings.map(
        (v) =>
          `  - variant in ${joinIds(v.reports)}: “${escapeMarkdown(v.text)}”` +
          `${v.differences.length > 0 ? ` (${escapeMarkdown(v.differences.join("; "))})` : ""}`,
      ),
    ];
  });
}

function timelineLines(story: Story): string[] {
  return story.timeline.map((entry) =>
    `- ${entry.date}${entry.until ? ` to ${entry.until}` : ""}${entry.happening ? ` (${entry.happening})` : ""}: ${escapeMarkdown(entry.text)} (${joinIds(entry.reports)}) ${citations(entry.evidence)}`.trim(),
  );
}

function entityLines(story: Story): string[] {
  if (story.entities.length === 0) return [];
  const rows = story.entities.map((entity) => [
    escapeMarkdown(entity.name),
    entity.type,
    escapeMarkdown(entity.aliases.join(", ")),
  ]);
  return markdownTable(["Name", "Type", "Aliases"], rows);
}

function copyLines(story: Story): string[] {
  if (story.copies.length === 0) return [];
  const rows = story.copies.map((copy) => [
    escapeMarkdown(copy.reports.join(" ↔ ")),
    copy.kind,
    copy.similarity.toFixed(2),
    escapeMarkdown(copy.original ?? "–"),
    escapeMarkdown(sharedText(copy)),
  ]);
  return markdownTable(["Pair", "Kind", "Similarity", "Original", "First shared passage"], rows);
}

/** The whole Markdown block for one story, starting with a level-2 heading. */
export function storyMarkdown(story: Story, reports: Reports): string[] {
  const reportLines = story.reports.map((id) => `- ${escapeMarkdown(reportLabel(reports.get(id), id))}`);
  return [
    `## ${escapeMarkdown(story.title)}`,
    "",
    `${storyCounts(story)}.`,
    "",
    ...section("Reports", reportLines),
    ...section("Summary", summaryLines(story)),
    ...section("What the sources agree and disagree on", comparisonLines(story)),
    ...section("Disputes", disputeLines(story)),
    ...section("Claim ledger", ledgerLines(story)),
    ...section("Quotes", quoteLines(story)),
    ...section("Timeline", timelineLines(story)),
    ...section("Entities", entityLines(story)),
    ...section("Copies", copyLines(story)),
  ];
}
