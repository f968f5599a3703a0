/** One timeline per story: what happened on each day, the same happening told by several reports kept as one row. */
import type { AnnotatedReport, DateMention } from "../model/document.js";
import type { Evidence, TimelineEntry } from "../model/report-schema.js";
import { sentenceEvidence } from "./evidence.js";
import { happeningOf } from "./happening-finder.js";
import { jaccard, words } from "./word-shingles.js";

/** Word-set Jaccard for two sentences of one day, neither naming a happening, to tell the same thing. */
const SAME_SENTENCE = 0.3;

type Row = TimelineEntry & { words: Set<string> };

/**
 * Rows are keyed by day and happening ("2016-09-19 ceasefire"): three outlets telling of the collapse of a
 * truce that day make one row with three citations. Sentences naming no happening merge on shared words.
 */
export function buildTimeline(docs: readonly AnnotatedReport[]): TimelineEntry[] {
  const rows: Row[] = [];
  const byKey = new Map<string, Row>();
  const byDay = new Map<string, Row[]>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const date of doc.dates) {
      if (!date.value || seen.has(`${date.sentence}|${date.value}`)) continue;
      seen.add(`${date.sentence}|${date.value}`);
      const evidence = sentenceEvidence(doc, date.sentence);
      const happening = happeningOf(evidence.text ?? "", date.start - evidence.start);
      const row = findRow(date, happening, evidence, byKey, byDay);
      if (row) {
        if (!row.reports.includes(doc.report.id)) row.reports.push(doc.report.id);
        row.evidence.push(evidence);
        continue;
      }
      const entry: Row = {
        date: date.value,
        happening,
        text: evidence.text ?? "",
        reports: [doc.report.id],
        evidence: [evidence],
        words: new Set(words(evidence.text ?? "")),
      };
      rows.push(entry);
      if (happening) byKey.set(`${date.value}|${happening}`, entry);
      else byDay.set(date.value, [...(byDay.get(date.value) ?? []), entry]);
    }
  }
  return rows
    .map(({ words: _, ...row }) => row)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.reports.length - a.reports.length));
}

function findRow(
  date: DateMention,
  happening: string | null,
  evidence: Evidence,
  byKey: ReadonlyMap<string, Row>,
  byDay: ReadonlyMap<string, Row[]>,
): Row | undefined {
  if (happening) return byKey.get(`${date.value}|${happening}`);
  const sentenceWords = new Set(words(evidence.text ?? ""));
  return (byDay.get(date.value as string) ?? []).find(
    (r) => jaccard(r.words, sentenceWords) >= SAME_SENTENCE,
  );
}
