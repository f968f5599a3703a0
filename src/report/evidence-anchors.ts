/** Assigns a stable HTML anchor id to every cited evidence span and lists the spans per report. */
import type { Evidence, Story, TriangulateReport } from "../model/report-schema.js";

/** A highlightable span in one report's cleaned text, with the anchor id of its `<mark>`. */
export interface AnchoredSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** The anchors of one report document: ids for citations and spans for highlighting. */
export interface EvidenceAnchors {
  /** The anchor id a citation should link to, or null when the span cannot be highlighted. */
  anchorFor(evidence: Evidence): string | null;
  /** The distinct highlightable spans in a report's text, sorted by start then end. */
  spansFor(reportId: string): readonly AnchoredSpan[];
  /** The anchor id of a report's section. */
  reportAnchor(reportId: string): string | null;
}

/** Every evidence span the renderers cite (entity mentions are not cited, so not highlighted). */
export function citedEvidence(story: Story): Evidence[] {
  return [
    ...story.summary.flatMap((sentence) => sentence.evidence),
    ...story.claims.flatMap((claim) => claim.evidence),
    ...story.quotes.flatMap((quote) => quote.evidence),
    ...story.timeline.flatMap((entry) => entry.evidence),
    ...story.copies.flatMap((copy) => copy.evidence),
  ];
}

/** Builds the anchors for a whole report; ids use report indexes so untrusted ids never reach an id. */
export function buildEvidenceAnchors(report: TriangulateReport): EvidenceAnchors {
  const indexById = new Map<string, number>();
  report.reports.forEach((entry, index) => {
    if (!indexById.has(entry.id)) indexById.set(entry.id, index);
  });
  const spans = new Map<string, Map<string, AnchoredSpan>>();
  const locate = (evidence: Evidence): AnchoredSpan | null => {
    const index = indexById.get(evidence.report);
    if (index === undefined) return null;
    const length = report.reports[index]?.text.length ?? 0;
    const start = Math.max(0, evidence.start);
    const end = Math.min(length, evidence.end);
    if (!(start < end)) return null;
    return { id: `ev-${index}-${start}-${end}`, start, end };
  };
  for (const evidence of report.stories.flatMap(citedEvidence)) {
    const span = locate(evidence);
    if (!span) continue;
    const perReport = spans.get(evidence.report) ?? new Map<string, AnchoredSpan>();
    perReport.set(span.id, span);
    spans.set(evidence.report, perReport);
  }
  return {
    anchorFor: (evidence) => {
      const span = locate(evidence);
      return span && spans.get(evidence.report)?.has(span.id) ? span.id : null;
    },
    spansFor: (reportId) =>
      [...(spans.get(reportId)?.values() ?? [])].sort((a, b) => a.start - b.start || a.end - b.end),
    reportAnchor: (reportId) => {
      const index = indexById.get(reportId);
      return index === undefined ? null : `report-${index}`;
    },
  };
}
