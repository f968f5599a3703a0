/** Named occasions and spelled-out years: "the weekend", "Thanksgiving Day", "nineteen ninety-six", "soon". */
import { parseNumberWords } from "./number-words.js";
import { addDays, isoWeek, weekday, yearOf } from "./timex-calendar.js";
import type { Timex, TimexType } from "./timex-normalizer.js";
import { looksAhead } from "./timex-weekday.js";

type Rule = {
  pattern: RegExp;
  type: TimexType;
  value: (m: RegExpMatchArray, dct: string, before: string) => string;
};

const TENS =
  "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS = "one|two|three|four|five|six|seven|eight|nine";

const RULES: Rule[] = [
  {
    pattern: /\b(?:(last|next|this)\s+|the\s+)weekend\b/gi,
    type: "DATE",
    value: (m, dct, before) => weekendValue(m[1]?.toLowerCase() ?? null, dct, before),
  },
  {
    pattern: /\b(?:(last|next)\s+)?Thanksgiving(?:\s+Day)?\b/g,
    type: "DATE",
    value: (m, dct, before) => thanksgivingValue(m[1]?.toLowerCase() ?? null, dct, before),
  },
  {
    pattern: new RegExp(`\\b(nineteen|twenty)[- ]((?:${TENS})(?:[- ](?:${UNITS}))?)\\b`, "gi"),
    type: "DATE",
    value: (m) =>
      `${(m[1] as string).toLowerCase() === "nineteen" ? 19 : 20}${parseNumberWords(m[2] as string)}`,
  },
  { pattern: /(?<!\bas\s)\bsoon\b(?!\s+(?:as|after|thereafter))/gi, type: "DATE", value: () => "FUTURE_REF" },
];

/** The weekend as TimeML writes it (ISO week + "-WE"): the one just past, the coming one when the sentence looks ahead. */
function weekendValue(modifier: string | null, dct: string, before: string): string {
  const back = (weekday(dct) - 6 + 7) % 7;
  const past = addDays(dct, -(back === 0 ? 7 : back));
  const ahead = modifier === "next" || (modifier !== "last" && looksAhead(before));
  return `${isoWeek(ahead ? addDays(past, 7) : past)}-WE`;
}

/** Thanksgiving (the fourth Thursday of November): the latest by the document date, the coming one when ahead. */
function thanksgivingValue(modifier: string | null, dct: string, before: string): string {
  const ahead = modifier === "next" || (modifier !== "last" && looksAhead(before));
  const year = yearOf(dct);
  if (ahead) return thanksgiving(thanksgiving(year) > dct ? year : year + 1);
  return thanksgiving(thanksgiving(year) <= dct ? year : year - 1);
}

function thanksgiving(year: number): string {
  const first = `${year}-11-01`;
  const firstThursday = addDays(first, (4 - weekday(first) + 7) % 7);
  return addDays(firstThursday, 21);
}

/** Occasions and spelled-out years in `text`, valued against the document date. */
export function occasionTimexes(text: string, dct: string): Timex[] {
  const found: Timex[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index as number;
      const value = rule.value(m, dct, text.slice(Math.max(0, start - 120), start));
      if (value.includes("null")) continue;
      found.push({ start, end: start + m[0].length, text: m[0], type: rule.type, value });
    }
  }
  return found;
}
