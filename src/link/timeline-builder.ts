/** One timeline per story: what happened on each day (or week, or month), the same happening told by several reports kept as one row. */

import { addDays, dayRange } from "../annotate/timex-calendar.js";
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
      const when = whenOf(
        boundedDay(date, doc),
        doc.report.text.slice(Math.max(0, date.start - 12), date.end),
        doc.referenceDate,
      );
      if (!when) continue;
      const evidence = sentenceEvidence(doc, date.sentence);
      const happening = happeningOf(
        evidence.text ?? "",
        date.start - evidence.start,
        date.end - evidence.start,
      );
      // One sentence may tell two things of one day ("launched an offensive last night, as diplomats failed").
      if (seen.has(`${date.sentence}|${when.key}|${happening}`)) continue;
      seen.add(`${date.sentence}|${when.key}|${happening}`);
      const row = findRow(when.key, happening, evidence, byKey, byDay);
      if (row) {
        if (!row.reports.includes(doc.report.id)) row.reports.push(doc.report.id);
        row.evidence.push(evidence);
        continue;
      }
      const entry: Row = {
        date: when.from,
        until: when.until,
        happening,
        text: evidence.text ?? "",
        reports: [doc.report.id],
        evidence: [evidence],
        words: new Set(words(evidence.text ?? "")),
      };
      rows.push(entry);
      if (happening) byKey.set(`${when.key}|${happening}`, entry);
      else byDay.set(when.key, [...(byDay.get(when.key) ?? []), entry]);
    }
  }
  return rows.map(({ words: _, ...row }) => row).sort(byTime);
}

/** Earlier first; on one first day, a single day before a range, then the row more reports tell. */
function byTime(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const [ua, ub] = [a.until ?? a.date, b.until ?? b.date];
  if (ua !== ub) return ua < ub ? -1 : 1;
  return b.reports.length - a.reports.length;
}

/**
 * The day or days a date mention places a happening on: a day, or an ISO week or month as a range.
 * "Earlier this week" and "earlier in September" (`context` holds the mention and what precedes it) end the day
 * before the report's reference day.
 */
function whenOf(
  date: DateMention,
  context: string,
  reference: string | null,
): { from: string; until: string | null; key: string } | null {
  const range = rangeOf(date);
  if (!range) return null;
  let until = range.until;
  if (reference && /\bearlier\b/i.test(context) && until >= reference && range.from < reference) {
    until = addDays(reference, -1);
  }
  const span = until === range.from ? null : until;
  return { from: range.from, until: span, key: `${range.from}|${span ?? ""}` };
}

/**
 * An undated report known only to lie between two days (a later phase: after "November 15", before December
 * 15) can still place a month and day without a year: on the latest such day before its upper bound, or,
 * with a lower bound only, the first one from it on. Weekdays and other relative dates stay unplaced.
 */
function boundedDay(date: DateMention, doc: AnnotatedReport): DateMention {
  const { after, before } = doc.published;
  if (date.value || date.timex || date.month === null || !after) return date;
  const day = /\b([0-3]?\d)\b/.exec(date.text)?.[1];
  if (!day) return date;
  const md = `${String(date.month).padStart(2, "0")}-${day.padStart(2, "0")}`;
  const year = Number(after.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${md}`);
  const placed = before
    ? [...candidates].reverse().find((c) => c < before)
    : candidates.find((c) => c >= after);
  return placed ? { ...date, value: placed } : date;
}

/** The days of a dated mention: its TimeML value's day, week or month, or its day when it has no timex. */
function rangeOf(date: DateMention): { from: string; until: string } | null {
  if (!date.timex) return date.value ? { from: date.value, until: date.value } : null;
  return date.timex.type === "DATE" || date.timex.type === "TIME" ? dayRange(date.timex.value) : null;
}

function findRow(
  key: string,
  happening: string | null,
  evidence: Evidence,
  byKey: ReadonlyMap<string, Row>,
  byDay: ReadonlyMap<string, Row[]>,
): Row | undefined {
  if (happening) return byKey.get(`${key}|${happening}`);
  const sentenceWords = new Set(words(evidence.text ?? ""));
  return (byDay.get(key) ?? []).find((r) => jaccard(r.words, sentenceWords) >= SAME_SENTENCE);
}
