/** One timeline per story: dated sentences, the same happening stated by several reports kept as one row. */
import type { AnnotatedReport } from "../model/document.js";
import type { TimelineEntry } from "../model/report-schema.js";
import { sentenceEvidence } from "./evidence.js";
import { jaccard, words } from "./word-shingles.js";

/** Word-set Jaccard for two sentences with the same date to be one happening. */
const SAME_HAPPENING = 0.3;

export function buildTimeline(docs: readonly AnnotatedReport[]): TimelineEntry[] {
  const rows: (TimelineEntry & { words: Set<string> })[] = [];
  const byDate = new Map<string, (TimelineEntry & { words: Set<string> })[]>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const date of doc.dates) {
      if (!date.value || seen.has(`${date.sentence}|${date.value}`)) continue;
      seen.add(`${date.sentence}|${date.value}`);
      const evidence = sentenceEvidence(doc, date.sentence);
      const sentenceWords = new Set(words(evidence.text ?? ""));
      const sameDay = byDate.get(date.value) ?? [];
      const row = sameDay.find((r) => jaccard(r.words, sentenceWords) >= SAME_HAPPENING);
      if (row) {
        if (!row.reports.includes(doc.report.id)) row.reports.push(doc.report.id);
        row.evidence.push(evidence);
      } else {
        const entry = {
          date: date.value,
          text: evidence.text ?? "",
          reports: [doc.report.id],
          evidence: [evidence],
          words: sentenceWords,
        };
        rows.push(entry);
        byDate.set(date.value, [...sameDay, entry]);
      }
    }
  }
  return rows
    .map(({ words: _, ...row }) => row)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.reports.length - a.reports.length));
}
