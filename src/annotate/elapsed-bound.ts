/** Finds how long ago, at most, an activity began by the time of writing: "In less than a month, troops have overrun …". */
import type { Published } from "../model/report-schema.js";
import { addDays } from "./chrono-reference.js";
import { parseNumberWords } from "./number-words.js";

/** Words before a date that make it the start of what the report goes on to tell. */
const START_CUE = /\b(?:launched|began|begun|started|opened|erupted|broke out|since)\s+(?:on\s+|in\s+)?$/i;
/** "In less than a month", "within two weeks", "in under a year", in a sentence with a present perfect. */
const ELAPSED =
  /\b(?:in|within)\s+(?:less than|under|fewer than|not even)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\b[^.!?]*?\b(?:have|has)\s+(?:been\s+)?(?!to\b)[a-z]{3,}\b/i;
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };

export interface ElapsedBound {
  /** The day before which the text was written, YYYY-MM-DD. */
  readonly before: string;
  /** The words that give the bound. */
  readonly text: string;
}

/**
 * An upper bound on the writing day: when the text starts an activity at `startIndex` (the date after
 * "launched on") and later says that "in less than a month" something "has" happened, it was written within a
 * month of `startDay`. Null when the text says no such thing.
 */
export function elapsedBound(text: string, startIndex: number, startDay: string): ElapsedBound | null {
  if (!START_CUE.test(text.slice(Math.max(0, startIndex - 40), startIndex))) return null;
  const m = ELAPSED.exec(text);
  if (!m) return null;
  const word = (m[1] as string).toLowerCase();
  const count = word === "a" || word === "an" ? 1 : parseNumberWords(word);
  if (count === null) return null;
  const unit = (m[2] as string).toLowerCase();
  const days = unit === "month" ? monthDays(startDay, count) : count * (DAYS[unit] as number);
  return { before: addDays(startDay, days), text: m[0].replace(/,.*$/s, "") };
}

/** Days from `day` to the same day `count` months later (a month after November 15 is December 15). */
function monthDays(day: string, count: number): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const later = Date.UTC(y, m - 1 + count, d);
  return Math.round((later - Date.UTC(y, m - 1, d)) / 86_400_000);
}

/**
 * An undated report's publication bounds: on or after `after` (how, in `basis`), and before the elapsed bound
 * the text gives from the start at `startIndex`, when it gives one.
 */
export function boundedPublication(
  text: string,
  startIndex: number,
  after: string,
  basis: string,
): Published {
  const upper = elapsedBound(text, startIndex, after);
  if (!upper) return { date: null, after, before: null, basis };
  return {
    date: null,
    after,
    before: upper.before,
    basis: `${basis}; before ${upper.before}: "${upper.text}"`,
  };
}
