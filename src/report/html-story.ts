/** HTML sections for one story: reports, summary, disputes, ledger, quotes, timeline, entities, copies. */

import type { Evidence, ReportEntry, Story } from "../model/report-schema.js";
import type { EvidenceAnchors } from "./evidence-anchors.js";
import { escapeHtml } from "./html-escape.js";
import { cites, htmlList, htmlTable, reportLinks, subsection } from "./html-parts.js";
import { ledgerBlocks } from "./ledger-view.js";
import { speakerList, speakerWords } from "./quote-words.js";
import {
  disputeValues,
  formatFigure,
  formatNumber,
  reportLabel,
  sharedText,
  sourceLabel,
  storyCounts,
} from "./report-format.js";

type Reports = ReadonlyMap<string, ReportEntry>;

function comparisonHtml(story: Story, anchors: EvidenceAnchors): string {
  if (story.comparison.length === 0) return "";
  return htmlList(
    story.comparison.map(
      (item) =>
        `<strong>${escapeHtml(item.kind)}</strong>: ${escapeHtml(item.text)} ${cites(item.evidence.slice(0, 6), anchors)}`,
    ),
  );
}

function summaryHtml(story: Story, anchors: EvidenceAnchors): string {
  if (story.summary.length === 0) return "";
  const sentences = story.summary.map((sentence) =>
    `${escapeHtml(sentence.text)} ${cites(sentence.evidence, anchors)}`.trim(),
  );
  return `<p class="summary">${sentences.join(" ")}</p>`;
}

function disputesHtml(story: Story, anchors: EvidenceAnchors): string {
  return story.disputes
    .map((dispute) => {
      const items = disputeValues(story, dispute).flatMap(({ value, claims }) =>
        claims.length === 0
          ? [`<strong>${escapeHtml(formatNumber(value))}</strong>: no claim carries this value`]
          : claims.map(
              (claim) =>
                `<strong>${escapeHtml(formatFigure(claim))}</strong> — source ${escapeHtml(sourceLabel(claim))}` +
                ` — carried by ${reportLinks(claim.reports, anchors)} ${cites(claim.evidence, anchors)}`,
            ),
      );
      const scope = escapeHtml(`${dispute.measure}, ${dispute.scope}`);
      const head = `<p class="dispute-q"><strong>Disputed: ${escapeHtml(dispute.question)}</strong> (${scope})</p>`;
      return `<div class="dispute">\n${head}\n${htmlList(items)}\n</div>`;
    })
    .join("\n");
}

function evidenceHtml(evidence: readonly Evidence[], anchors: EvidenceAnchors): string {
  return evidence
    .map((item) => {
      const marker = cites([item], anchors);
      return item.text ? `<q>${escapeHtml(item.text)}</q> ${marker}` : marker;
    })
    .join("<br>");
}

function ledgerHtml(story: Story, anchors: EvidenceAnchors): string {
  return ledgerBlocks(story)
    .map((block) => {
      const rows = block.rows.map(({ claim, figure }) => [
        escapeHtml(figure),
        escapeHtml(sourceLabel(claim)),
        reportLinks(claim.reports, anchors),
        escapeHtml(claim.date ?? "undated"),
        evidenceHtml(claim.evidence, anchors),
      ]);
      const css = block.status === "differ" ? ' class="dispute-q"' : "";
      return `<p${css}><strong>${escapeHtml(block.heading)}</strong></p>\n${htmlTable(["Figure", "Source", "Carried by", "Date", "Sentence"], rows)}`;
    })
    .join("\n");
}

function quotesHtml(story: Story, anchors: EvidenceAnchors): string {
  const items = story.quotes.map((quote) => {
    const variants = htmlList(
      quote.wordings.map(
        (v) =>
          `variant in ${reportLinks(v.reports, anchors)}: <q>${escapeHtml(v.text)}</q>` +
          `${v.differences.length > 0 ? ` (${escapeHtml(v.differences.join("; "))})` : ""}`,
      ),
    );
    const conflict = quote.speakerConflict
      ? `\n<p class="dispute">Given to different speakers: ${escapeHtml(speakerList(quote))}</p>`
      : "";
    return (
      `<blockquote>${escapeHtml(quote.text)}</blockquote>\n<p>— ${escapeHtml(speakerWords(quote))}; carried by ` +
      `${reportLinks(quote.reports, anchors)} ${cites(quote.evidence, anchors)}</p>${conflict}${variants ? `\n${variants}` : ""}`
    );
  });
  return htmlList(items);
}

function timelineHtml(story: Story, anchors: EvidenceAnchors): string {
  const items = story.timeline.map(
    (entry) =>
      `${timeHtml(entry.date)}${entry.until ? ` to ${timeHtml(entry.until)}` : ""}` +
      `${entry.happening ? ` <strong>${escapeHtml(entry.happening)}</strong>` : ""}: ${escapeHtml(entry.text)} ` +
      `(${reportLinks(entry.reports, anchors)}) ${cites(entry.evidence, anchors)}`,
  );
  return htmlList(items);
}

function timeHtml(day: string): string {
  return `<time datetime="${escapeHtml(day)}">${escapeHtml(day)}</time>`;
}

function entitiesHtml(story: Story): string {
  if (story.entities.length === 0) return "";
  const rows = story.entities.map((entity) =>
    [entity.name, entity.type, entity.aliases.join(", ") || "—"].map(escapeHtml),
  );
  return htmlTable(["Name", "Type", "Aliases"], rows);
}

function copiesHtml(story: Story, anchors: EvidenceAnchors): string {
  if (story.copies.length === 0) return "";
  const rows = story.copies.map((copy) => [
    `${reportLinks([copy.reports[0]], anchors)} ↔ ${reportLinks([copy.reports[1]], anchors)}`,
    escapeHtml(copy.kind),
    escapeHtml(copy.similarity.toFixed(2)),
    copy.original ? reportLinks([copy.original], anchors) : "–",
    escapeHtml(sharedText(copy)),
  ]);
  return htmlTable(["Pair", "Kind", "Similarity", "Original", "First shared passage"], rows);
}

/** The `<section>` for one story; `index` gives it the anchor `story-<index>`. */
export function storyHtml(story: Story, index: number, reports: Reports, anchors: EvidenceAnchors): string {
  const reportItems = story.reports.map((id) => {
    const anchor = anchors.reportAnchor(id);
    const label = escapeHtml(reportLabel(reports.get(id), id));
    return anchor ? `<a href="#${escapeHtml(anchor)}">${label}</a>` : label;
  });
  const counts = `${storyCounts(story)}.`;
  return [
    `<section class="story" id="story-${index}">`,
    `<h2>${escapeHtml(story.title)}</h2>`,
    `<p class="counts">${escapeHtml(counts)}</p>`,
    subsection("Reports", htmlList(reportItems)),
    subsection("Summary", summaryHtml(story, anchors)),
    subsection("What the sources agree and disagree on", comparisonHtml(story, anchors)),
    subsection("Disputes", disputesHtml(story, anchors)),
    subsection("Claim ledger", ledgerHtml(story, anchors)),
    subsection("Quotes", quotesHtml(story, anchors)),
    subsection("Timeline", timelineHtml(story, anchors)),
    subsection("Entities", entitiesHtml(story)),
    subsection("Copies", copiesHtml(story, anchors)),
    "</section>",
  ]
    .filter((part) => part !== "")
    .join("\n");
}
