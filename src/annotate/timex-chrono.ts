/** Dates and times chrono-node parses, trimmed to TimeML spans, cleared of false positives and valued at their granularity. */
import * as chrono from "chrono-node";
import { referenceInstant } from "./chrono-reference.js";
import { formatDay } from "./timex-calendar.js";
import type { Timex } from "./timex-normalizer.js";
import { looksAhead, resolveWeekday } from "./timex-weekday.js";

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
  for (const result of chrono.parse(text, referenceInstant(dct)).flatMap((r) => splitRange(r, dct))) {
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
  const pieces = [
    { offset: 0, words: result.text.slice(0, joint.index) },
    { offset: joint.index + joint[0].length, words: result.text.slice(joint.index + joint[0].length) },
  ];
  return pieces.flatMap(({ offset, words }) =>
    chrono
      .parse(words, referenceInstant(dct))
      .map((r) => Object.assign(r, { index: result.index + offset + r.index })),
  );
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
    return resolveWeekday(dct, c.get("weekday") as number, modifier, looksAhead(before, after));
  }
  const d = c.get("day") as number;
  // chrono puts a bare "midnight" at the start of the next day; a news report means the one just past.
  if (/^midnight$/i.test(words.trim()) && formatDay(y, m, d) > dct) return dct;
  if (c.isCertain("day") || c.isCertain("hour") || /\b(?:yesterday|tomorrow|today|tonight)\b/i.test(words)) {
    return formatDay(y, m, d);
  }
  if (c.isCertain("month")) return monthValue(c, words, before, dct);
  if (c.isCertain("year")) return String(y);
  return formatDay(y, m, c.get("day") as number);
}

/** A bare month this close ahead of the document month is the coming one: news rarely names a month 11 months back. */
const NEAR_MONTHS = 1;

/** A month without a day: its year as written, else resolved against the document date. */
function monthValue(c: chrono.ParsedComponents, words: string, before: string, dct: string): string {
  const m = c.get("month") as number;
  const y = c.isCertain("year") ? (c.get("year") as number) : yearOf(m, null, words, before, dct);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/**
 * The year of a yearless month (and day): the latest such date by the document date, the next one when the
 * words say "next", the sentence looks ahead or the month is the coming one.
 */
function yearOf(m: number, d: number | null, words: string, before: string, dct: string): number {
  const [year, month, day] = dct.split("-").map(Number) as [number, number, number];
  const soon = (m - month + 12) % 12 <= NEAR_MONTHS && m !== month;
  const ahead = /^next\b/i.test(words) || (!/^last\b/i.test(words) && (soon || looksAhead(before)));
  const later = m > month || (m === month && d !== null && d > day);
  if (ahead) return later ? year : year + 1;
  const notYet = later || (m === month && d === null && /^last\b/i.test(words));
  return notYet ? year - 1 : year;
}
