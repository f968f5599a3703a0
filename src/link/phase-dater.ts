/** Dates an undated story from a dated story it shares names with: its month-day dates read after that story's. */
import * as chrono from "chrono-node";
import { referenceInstant } from "../annotate/chrono-reference.js";
import { boundedPublication } from "../annotate/elapsed-bound.js";
import { type AnnotatedReport, freeze } from "../model/document.js";

/** Names two stories must share before one is taken to continue the other. */
const MIN_SHARED_NAMES = 3;
/** A later phase follows within weeks or months; a day placed further on is more likely another year's. */
const MAX_DAYS_AFTER = 120;

export interface Dated {
  readonly docs: readonly AnnotatedReport[];
  /** The story's latest publication day and the report that has it. */
  readonly latest: { readonly day: string; readonly report: string };
}

const names = (docs: readonly AnnotatedReport[]) =>
  new Set(docs.flatMap((d) => d.entities.filter((e) => e.type !== "other").map((e) => e.text.toLowerCase())));

/**
 * A report that names "November 15" but no year, in a story without dates, continues the dated story it
 * shares most names with: the day is the first November 15 after that story's latest date, and the report
 * was written on or after it. The report stays undated; it gains a lower bound and says where it came from.
 */
export function datePhase(undated: readonly AnnotatedReport[], stories: readonly Dated[]): AnnotatedReport[] {
  if (undated.some((d) => d.published.date || d.published.after)) return [...undated];
  const best = continuedStory(undated, stories);
  if (!best) return [...undated];
  const { day, report } = best.latest;
  return undated.map((doc) => {
    const bound = latestMonthDay(doc, day);
    if (!bound) return doc;
    const basis = `on or after "${bound.text}" (${bound.day}), read as the first such day after ${day}, the date of ${report}, whose story this report continues`;
    const published = boundedPublication(doc.report.text, bound.index, bound.day, basis);
    return freeze({ ...doc, published });
  });
}

/** The dated story an undated one shares most names with (at least MIN_SHARED_NAMES), or null. */
export function continuedStory<T extends Dated>(
  undated: readonly AnnotatedReport[],
  stories: readonly T[],
): T | null {
  const own = names(undated);
  let best: { story: T; shared: number } | null = null;
  for (const story of stories) {
    let shared = 0;
    for (const n of names(story.docs)) if (own.has(n)) shared++;
    if (shared >= MIN_SHARED_NAMES && (!best || shared > best.shared)) best = { story, shared };
  }
  return best?.story ?? null;
}

/** The latest month-and-day expression of the report, each placed on its first occurrence after `day`. */
function latestMonthDay(
  doc: AnnotatedReport,
  day: string,
): { day: string; text: string; index: number } | null {
  let latest: { day: string; text: string; index: number } | null = null;
  for (const mention of doc.dates) {
    if (mention.value !== null || mention.month === null) continue;
    const [result] = chrono.parse(mention.text, referenceInstant(day), { forwardDate: true });
    if (!result?.start.isCertain("day") || !result.start.isCertain("month")) continue;
    const c = result.start;
    const found = `${c.get("year")}-${String(c.get("month")).padStart(2, "0")}-${String(c.get("day")).padStart(2, "0")}`;
    if (daysBetween(day, found) > MAX_DAYS_AFTER) continue;
    if (!latest || found > latest.day)
      latest = { day: found, text: mention.text.replace(/^(on|in|since)\s+/i, ""), index: mention.start };
  }
  return latest;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
