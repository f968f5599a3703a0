/** Dates and times chrono-node parses, trimmed to TimeML spans, cleared of false positives and valued at their granularity. */
import * as chrono from "chrono-node";
import { referenceInstant } from "./chrono-reference.js";
import { formatDay } from "./timex-calendar.js";
import type { Timex } from "./timex-normalizer.js";
import { looksAhead, looksBack, resolveWeekday } from "./timex-weekday.js";

const PREPOSITION =
  /^(?:on|in|at|since|by|from|until|till|during|for|of|before|after|as of|through|within|over)\s+/i;
/** chrono reads these as dates where they are not ("sec", "may", "March" the verb, "after a week", bare numbers). */
const NOT_A_DATE =
  /^(?:now|right now|weekend|the weekend|a week|one week|the week|week|once|sec|second|noon|sun|sat|mon|tue|wed|thu|fri|\d+|\d[\d.]* a|\d{1,2}\/\d{1,2}|.* (?:later|after|before)|(?:a|one|two|three|\d+) (?:days?|weeks?|months?) (?:after|later|before|earlier))$/i;
const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: "TMO",
  afternoon: "TAF",
  evening: "TEV",
  night: "TNI",
};

const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Date and time expressions chrono finds, with TimeML values. */
export function chronoTimexes(text: string, dct: string): Timex[] {
  const found: Timex[] = [];
  for (const result of chrono
    .parse(text, referenceInstant(dct))
    .flatMap((r) => splitRange(r, dct))
    .flatMap((r) => dropFalseParts(r, dct))) {
    const unprefixed = result.text.replace(PREPOSITION, "");
    const stripped = unprefixed.replace(/[\s,]+$/, "");
    const start = result.index + result.text.length - unprefixed.length;
    if (NOT_A_DATE.test(stripped.trim()) || isVerbMonth(text, start, stripped)) continue;
    const end = start + stripped.length;
    const timex = timexValue(
      result,
      stripped,
      text.slice(Math.max(0, start - 120), start),
      text.slice(end, end + 160),
      dct,
    );
    if (timex) found.push({ start, end, text: stripped, ...timex });
  }
  return found;
}

/** A range chrono reads as one result ("Aug. 26 to Oct. 20") is two timexes in TimeML: each end is parsed alone. */
function splitRange(result: chrono.ParsedResult, dct: string): chrono.ParsedResult[] {
  const joint = /,?\s+(?:to|through|until|till)\s+|\s*-\s*(?=[A-Z])/.exec(result.text);
  if (!result.end || !joint) return [result];
  return [
    ...reparse(result, 0, joint.index, dct),
    ...reparse(result, joint.index + joint[0].length, result.text.length, dct),
  ];
}

const PART_OF = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/i;
/** What makes a number a clock time: "10:35", "9 a.m.", "noon", "o'clock". */
const CLOCK =
  /\d[:.]\d\d\s*[ap]\.?m\b|\d:\d\d|\b[ap]\.?m\.?(?!\w)|o['’]clock|\bnoon\b|\bmidnight\b|\bhours\b/i;
/** A bare number chrono took for an hour: "Jan. 1, 1990 at 1 a share", "closed at 6.43, on Friday". */
const FALSE_CLOCK_END = /,?\s+(?:at\s+)?\d{1,2}(?:\.\d\d)?(?:\s+a)?$/i;
const FALSE_CLOCK_START = /^(?:at\s+)?\d{1,2}\.\d\d,?\s+(?:on\s+)?/i;

/**
 * Parts chrono reads into a date that are not in it: "the night of Oct. 23" is read as tonight (the date alone
 * is parsed again), and a bare number beside a date as its hour.
 */
function dropFalseParts(result: chrono.ParsedResult, dct: string): chrono.ParsedResult[] {
  const part = PART_OF.exec(result.text);
  if (part) return reparse(result, part[0].length, result.text.length, dct);
  if (!result.start.isCertain("hour") || CLOCK.test(result.text)) return [result];
  const end = FALSE_CLOCK_END.exec(result.text);
  if (end) return reparse(result, 0, end.index, dct);
  const start = FALSE_CLOCK_START.exec(result.text);
  if (start) return reparse(result, start[0].length, result.text.length, dct);
  return [result];
}

/** chrono's results for the words [from, to) of an earlier result, placed at their offsets in the text. */
function reparse(result: chrono.ParsedResult, from: number, to: number, dct: string): chrono.ParsedResult[] {
  return chrono
    .parse(result.text.slice(from, to), referenceInstant(dct))
    .map((r) => Object.assign(r, { index: result.index + from + r.index }));
}

/** Words before a capitalised "May"/"March" that make it the month: "in March", "since May", "early March". */
const MONTH_CUE =
  /\b(?:in|since|by|until|till|from|through|before|after|during|of|early|late|mid|last|next|this|the)[- ]$/i;

/** "may" and "march" in lower case, or capitalised without a date or a month cue, are not months. */
function isVerbMonth(text: string, start: number, words: string): boolean {
  if (!/^(?:may|march)\b/i.test(words)) return false;
  if (/^(?:may|march)\b/.test(words)) return true;
  if (/\d/.test(words) || /^\w+\s+(?:\d|the\s+\d)/i.test(text.slice(start))) return false;
  return !MONTH_CUE.test(text.slice(Math.max(0, start - 12), start));
}

type Valued = Pick<Timex, "type" | "value">;

function timexValue(
  result: chrono.ParsedResult,
  words: string,
  before: string,
  after: string,
  dct: string,
): Valued | null {
  const c = result.start;
  const day = dayOf(c, words, before, after, dct);
  if (day === null) return null;
  if (c.isCertain("hour")) {
    const time = `${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}`;
    return { type: "TIME", value: `${day}T${time}` };
  }
  const part = /\b(morning|afternoon|evening|night)\b/i.exec(words)?.[1]?.toLowerCase();
  if (!part || day.length !== 10) return { type: "DATE", value: day };
  if (!WEEKDAY_NAME.test(words)) return { type: "TIME", value: `${day}${PART_OF_DAY[part]}` };
  // News TimeML marks "Friday morning" as a DATE, and "Friday night" mostly as the day itself.
  return { type: "DATE", value: part === "night" ? day : `${day}${PART_OF_DAY[part]}` };
}

/** The calendar value at the granularity the words give: day, month or year. */
function dayOf(
  c: chrono.ParsedComponents,
  words: string,
  before: string,
  after: string,
  dct: string,
): string | null {
  const y = c.get("year") as number;
  const m = c.get("month") as number;
  if (c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month")) {
    const modifier = /^(last|next|this|past|coming)\b/i.exec(words)?.[1] ?? null;
    // "the truce expired this Monday": a past verb makes "this" the one just past.
    const back = modifier?.toLowerCase() === "this" && looksBack(before, after);
    return resolveWeekday(dct, c.get("weekday") as number, back ? null : modifier, looksAhead(before, after));
  }
  const d = c.get("day") as number;
  // chrono puts a bare "midnight" at the start of the next day; a news report means the one just past.
  if (/^midnight$/i.test(words.trim()) && formatDay(y, m, d) > dct) return dct;
  const relative = /\b(?:yesterday|tomorrow|today|tonight)\b/i.test(words);
  if (c.isCertain("day") && !c.isCertain("year") && c.isCertain("month") && !relative) {
    // chrono takes the nearest such day either way; a yearless date in news is the latest one unless it looks ahead.
    return formatDay(yearOf(m, d, words, before, after, dct), m, d);
  }
  if (c.isCertain("day") || c.isCertain("hour") || relative) return formatDay(y, m, d);
  if (c.isCertain("month")) return monthValue(c, words, before, after, dct);
  if (c.isCertain("year")) return String(y);
  return formatDay(y, m, c.get("day") as number);
}

/**
 * How far ahead a yearless month or day may lie and still be the coming one rather than last year's: news names
 * deadlines, meetings and payment dates a few months out, and rarely a month more than a season back.
 */
const AHEAD_MONTHS = 4;

/** A month without a day: its year as written, else resolved against the document date. */
function monthValue(
  c: chrono.ParsedComponents,
  words: string,
  before: string,
  after: string,
  dct: string,
): string {
  const m = c.get("month") as number;
  const y = c.isCertain("year") ? (c.get("year") as number) : yearOf(m, null, words, before, after, dct);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/**
 * The year of a yearless month (and day): "next"/"last" and the sentence's tense decide; otherwise the coming
 * one when it lies at most AHEAD_MONTHS ahead of the document date, else the latest one by it.
 */
function yearOf(
  m: number,
  d: number | null,
  words: string,
  before: string,
  after: string,
  dct: string,
): number {
  const [year, month, day] = dct.split("-").map(Number) as [number, number, number];
  const later = m > month || (m === month && d !== null && d > day);
  const nextOne = later ? year : year + 1;
  const lastOne = later || (m === month && d === null && /^last\b/i.test(words)) ? year - 1 : year;
  if (m === month && (d === null || d === day) && !/^(?:next|last)\b/i.test(words)) return year;
  if (/^next\b/i.test(words)) return nextOne;
  // A day a week or two back is that day even in a look-ahead sentence ("ordered to leave by Jan. 14").
  if (d !== null && !later && (month - m) * 31 + day - d <= 14 && !/^last\b/i.test(words)) return lastOne;
  if (!/^last\b/i.test(words) && looksAhead(before)) return nextOne;
  if (/^last\b/i.test(words) || /\bsince\s+(?:the\s+)?$/i.test(before) || looksBack(before, after))
    return lastOne;
  const monthsAhead = (nextOne - year) * 12 + m - month - (d !== null && d < day ? 1 : 0);
  return monthsAhead <= AHEAD_MONTHS && monthsAhead >= 0 ? nextOne : lastOne;
}
