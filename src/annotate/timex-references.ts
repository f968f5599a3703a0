/** Finds deictic references ("now", "recently", "the future", "today") and sets ("every week", "annually"). */
import { MONTHS } from "./timex-calendar.js";
import type { Timex, TimexType } from "./timex-normalizer.js";

type Rule = { pattern: RegExp; type: TimexType; value: (m: RegExpMatchArray, dct: string) => string };

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const PERIOD: Readonly<Record<string, string>> = {
  day: "P1D",
  daily: "P1D",
  night: "P1D",
  week: "P1W",
  weekly: "P1W",
  month: "P1M",
  monthly: "P1M",
  quarter: "P1Q",
  quarterly: "P1Q",
  year: "P1Y",
  yearly: "P1Y",
  annually: "P1Y",
  annual: "P1Y",
};

const REFERENCE_RULES: Rule[] = [
  {
    pattern: /\b(?:right now|now|currently|current|presently|at present|nowadays)\b/gi,
    type: "DATE",
    value: () => "PRESENT_REF",
  },
  {
    pattern:
      /\b(?:recently|recent(?:\s+years)?|lately|formerly|the past)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|year|month|week|day|decade))/gi,
    type: "DATE",
    value: () => "PAST_REF",
  },
  {
    // "in recent weeks": an unspecified number of the units just past.
    pattern: /\brecent\s+(days|weeks|months)\b/gi,
    type: "DURATION",
    value: (m) => `PX${(m[1] as string)[0]?.toUpperCase()}`,
  },
  { pattern: /\b(?:the (?:near |distant )?future)\b/gi, type: "DATE", value: () => "FUTURE_REF" },
  { pattern: /\btoday(?:'s)?\b/gi, type: "DATE", value: (_m, dct) => dct },
  { pattern: /\b(?:this|tonight)\b(?:\s+(morning|afternoon|evening))?/gi, type: "TIME", value: partOfToday },
];

const SET_RULES: Rule[] = [
  { pattern: /\b(?:daily|weekly|monthly|annually|yearly)\b/gi, type: "SET", value: (m) => periodOf(m[0]) },
  {
    pattern: /\b(?:every|each|per)\s+(day|night|week|month|quarter|year)\b/gi,
    type: "SET",
    value: (m) => periodOf(m[1] as string),
  },
  {
    pattern: new RegExp(`\\b(?:every|each)\\s+(${WEEKDAYS.join("|")})\\b`, "gi"),
    type: "SET",
    value: (m) => `XXXX-WXX-${WEEKDAYS.indexOf((m[1] as string).toLowerCase()) + 1}`,
  },
  {
    pattern: new RegExp(`\\b(?:every|each)\\s+(${MONTHS.join("|")})\\b`, "gi"),
    type: "SET",
    value: (m) => `XXXX-${String(MONTHS.indexOf((m[1] as string).toLowerCase()) + 1).padStart(2, "0")}`,
  },
];

function periodOf(word: string): string {
  return PERIOD[word.toLowerCase()] ?? "P1D";
}

function partOfToday(m: RegExpMatchArray, dct: string): string {
  const part = (m[1] ?? "night").toLowerCase();
  const code: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI" };
  return `${dct}${code[part]}`;
}

function apply(rules: Rule[], text: string, dct: string): Timex[] {
  const found: Timex[] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      if (/^this$/i.test(m[0])) continue;
      found.push({
        start: m.index as number,
        end: (m.index as number) + m[0].length,
        text: m[0],
        type: rule.type,
        value: rule.value(m, dct),
      });
    }
  }
  return found;
}

/** "now", "recently", "the future", "today", "this morning" against the document date. */
export function referenceTimexes(text: string, dct: string): Timex[] {
  return apply(REFERENCE_RULES, text, dct);
}

/** Regular recurrences: "every week", "annually", "every Monday". */
export function setTimexes(text: string, dct: string): Timex[] {
  return apply(SET_RULES, text, dct);
}
