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
  /^(?:now|right now|weekend|the weekend|a week|one week|the week|week|once|sec|may|march|second|noon|sun|sat|mon|tue|wed|thu|fri|\d+|\d[\d.]* a|\d{1,2}\/\d{1,2}|.* (?:later|after|before)|(?:a|one|two|three|\d+) (?:days?|weeks?|months?) (?:after|later|before|earlier))$/i;
const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: "TMO",
  afternoon: "TAF",
  evening: "TEV",
  night: "TNI",
};

/** Date and time expressions chrono finds, with TimeML values. */
export function chronoTimexes(text: string, dct: string): Timex[] {
  const found: Timex[] = [];
  for (const result of chrono.parse(text, referenceInstant(dct))) {
    const stripped = result.text.replace(PREPOSITION, "");
    const start = result.index + result.text.length - stripped.length;
    if (NOT_A_DATE.test(stripped.trim()) || isVerbMonth(text, start, stripped)) continue;
    const timex = timexValue(result, stripped, text.slice(Math.max(0, start - 120), start), dct);
    if (timex) found.push({ start, end: start + stripped.length, text: stripped, ...timex });
  }
  return found;
}

/** "may" and "march" in lower case, or before a verb-like word, are not months. */
function isVerbMonth(text: string, start: number, words: string): boolean {
  if (!/^(?:may|march)\b/i.test(words)) return false;
  if (/^(?:may|march)\b/.test(words)) return true;
  return /^\w+\s+(?:\d|the\s+\d)/i.test(text.slice(start)) === false && !/\d/.test(words);
}

type Valued = Pick<Timex, "type" | "value">;

function timexValue(result: chrono.ParsedResult, words: string, before: string, dct: string): Valued | null {
  const c = result.start;
  const day = dayOf(c, words, before, dct);
  if (day === null) return null;
  if (c.isCertain("hour")) {
    const time = `${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}`;
    return { type: "TIME", value: `${day}T${time}` };
  }
  const part = /\b(morning|afternoon|evening|night)\b/i.exec(words);
  if (part && day.length === 10)
    return { type: "TIME", value: `${day}${PART_OF_DAY[(part[1] as string).toLowerCase()]}` };
  return { type: "DATE", value: day };
}

/** The calendar value at the granularity the words give: day, month or year. */
function dayOf(c: chrono.ParsedComponents, words: string, before: string, dct: string): string | null {
  const y = c.get("year") as number;
  const m = c.get("month") as number;
  if (c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month")) {
    const modifier = /^(last|next|this|past|coming)\b/i.exec(words)?.[1] ?? null;
    return resolveWeekday(dct, c.get("weekday") as number, modifier, looksAhead(before));
  }
  if (c.isCertain("day") || c.isCertain("hour") || /\b(?:yesterday|tomorrow|today|tonight)\b/i.test(words)) {
    return formatDay(y, m, c.get("day") as number);
  }
  if (c.isCertain("month")) return monthValue(c, words, before, dct);
  if (c.isCertain("year")) return String(y);
  return formatDay(y, m, c.get("day") as number);
}

/** A month without a day: its year as written, else the latest such month by the document date (the next when looking ahead). */
function monthValue(c: chrono.ParsedComponents, words: string, before: string, dct: string): string {
  const m = c.get("month") as number;
  const [year, month] = dct.split("-").map(Number) as [number, number];
  let y = c.get("year") as number;
  if (!c.isCertain("year")) {
    const ahead = /^next\b/i.test(words) || (!/^last\b/i.test(words) && looksAhead(before));
    if (ahead) y = m > month ? year : year + 1;
    else y = m < month || (m === month && !/^last\b/i.test(words)) ? year : year - 1;
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}
