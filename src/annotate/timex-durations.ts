/** Finds durations chrono does not parse ("three years", "the past two weeks", "48-hour") as TimeML P… values. */

import { parseNumberWords } from "./number-words.js";
import type { Timex } from "./timex-normalizer.js";

const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
const NUMBER = `(?:\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))*|an?|several|a few|few|a couple of|some|many)`;
const UNIT = "(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))";
const MODIFIER =
  "(?:(?:nearly|almost|about|around|roughly|approximately|some|more than|less than|at least|up to|only|just)\\s+)?";
const DETERMINER =
  "(?:(?:the|its|their|his|her)\\s+)?(?:(?:past|last|next|previous|first|final|coming|initial)\\s+)?";
const COUNTED = new RegExp(
  `\\b${MODIFIER}${DETERMINER}(${NUMBER})[- ](?:more[- ])?${UNIT}(?:-long)?\\b(?!\\s+(?:ago|earlier|from now)|[- ]old)`,
  "gi",
);
/** Bare plurals read as vague durations only after a cue: "for years", "in coming months". */
const VAGUE =
  /\b(?<=(?:for|within|over|coming|several|decades?|the past|the last)\s)(?:the\s+)?(?:past\s+|coming\s+)?(days|weeks|months|years|decades|hours)\b(?!\s+(?:ago|earlier|later))/gi;
const DESIGNATOR: Readonly<Record<string, [string, number]>> = {
  second: ["TS", 1],
  minute: ["TM", 1],
  hour: ["TH", 1],
  day: ["D", 1],
  week: ["W", 1],
  month: ["M", 1],
  quarter: ["Q", 1],
  year: ["Y", 1],
  decade: ["Y", 10],
  century: ["Y", 100],
  centurie: ["Y", 100],
};

/** "5 1/2 hours", "a minute and a half": a whole count of a unit and half of one more. */
const HALVED = new RegExp(
  `\\b${MODIFIER}${DETERMINER}(\\d+|${NUMBER_WORD}|an?)(?:[- ]1/2|½)?[- ]${UNIT}(?:-long)?(?:\\s+and\\s+a\\s+half)?\\b`,
  "gi",
);
/** Half of a unit in the next smaller one, as TimeML writes it: half an hour is PT30M, half a year P6M. */
const HALF: Readonly<Record<string, string>> = {
  minute: "30S",
  hour: "30M",
  day: "T12H",
  month: "15D",
  year: "6M",
};

/** The value of a count and a half ("5 1/2 hours" → PT5H30M), or null where the unit has no whole half. */
export function halvedValue(count: number, unit: string): string | null {
  const singular = unit.toLowerCase().replace(/s$/, "");
  const half = HALF[singular];
  if (!half) return null;
  const whole = durationValue(count, unit);
  // Time units already carry the T; a day's half starts it.
  return `${whole}${half}`;
}

/** TimeML value of `count` units, "X" when the count is vague. */
export function durationValue(count: number | null, unit: string): string {
  const singular = unit.toLowerCase().replace(/s$/, "");
  const [designator, scale] = DESIGNATOR[singular] ?? ["D", 1];
  const amount = count === null ? "X" : String(count * scale);
  const shown = count === null && scale > 1 ? "X" : amount;
  return designator.startsWith("T") ? `PT${shown}${designator.slice(1)}` : `P${shown}${designator}`;
}

function countOf(words: string): number | null {
  const w = words.toLowerCase().replace(/-/g, " ");
  if (w === "a" || w === "an") return 1;
  if (w === "a couple of") return 2;
  if (/^(several|a few|few|some|many)$/.test(w)) return null;
  return parseNumberWords(w);
}

/** Durations with a count ("two weeks", "the past 48 hours") and vague plurals after a cue ("for years"). */
export function durationTimexes(text: string): Timex[] {
  const found: Timex[] = [];
  for (const m of text.matchAll(HALVED)) {
    if (!/1\/2|½|and\s+a\s+half$/i.test(m[0])) continue;
    const count = countOf(m[1] as string);
    const value = count === null ? null : halvedValue(count, m[2] as string);
    if (value)
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: "DURATION", value });
  }
  for (const m of text.matchAll(COUNTED)) {
    if (found.some((t) => t.start <= m.index && m.index < t.end)) continue;
    const count = countOf(m[1] as string);
    if (count === null && !/^(several|a few|few|some|many)$/i.test(m[1] as string)) continue;
    if (/^some$/i.test(m[1] as string) && !/s$/i.test(m[2] as string)) continue;
    // "the 1988 second quarter": a year before a singular unit is no duration.
    if (/^\d{4}$/.test(m[1] as string) && !/s$/i.test(m[2] as string) && !m[0].includes("-")) continue;
    const value = durationValue(count, m[2] as string);
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: "DURATION", value });
  }
  for (const m of text.matchAll(VAGUE)) {
    const value = durationValue(null, m[1] as string);
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: "DURATION", value });
  }
  return found;
}
