/** Relative and coarse dates at their own granularity: "last week" → ISO week, "this month", "1998", "the 1990s", quarters. */
import { parseNumberWords } from "./number-words.js";
import { addDays, isoWeek, MONTHS, quarterOf, shiftMonth, shiftQuarter, yearOf } from "./timex-calendar.js";
import type { Timex } from "./timex-normalizer.js";

/** `context` is the whole document: quarter talk there makes "a year ago" a quarter. */
type Resolver = (m: RegExpMatchArray, dct: string, context: string) => string | null;
type Rule = { pattern: RegExp; value: Resolver };

const EDGE =
  "(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of|earlier|later)[- ]+)?";
const SEASON: Readonly<Record<string, string>> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const QUARTER_CONTEXT = /\bquarter|\bperiod\b|\bthree months\b/i;

const RULES: Rule[] = [
  {
    pattern: new RegExp(
      `\\b${EDGE}(last|this|next|the current|the coming|the previous|the past)\\s+(week|month|year|quarter|spring|summer|fall|autumn|winter)\\b(?!['’]s\\s+\\w+\\s+quarter)`,
      "gi",
    ),
    value: (m, dct) => shifted(unitOf(m[2] as string), offsetOf(m[1] as string), dct, m[2] as string),
  },
  {
    // chrono skips "last May" and drops the "last" of "last December".
    pattern: new RegExp(`\\b(last|this|next)\\s+(${MONTHS.join("|")})\\b(?!\\s+\\d)`, "gi"),
    value: (m, dct) => namedMonth(m[1] as string, MONTHS.indexOf((m[2] as string).toLowerCase()) + 1, dct),
  },
  { pattern: /\bthe\s+year\s+two\s+thousand\b/gi, value: () => "2000" },
  {
    pattern:
      /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?|months?|years?|decades?)\s+(?:or\s+so\s+)?(ago|earlier|from now)\b/gi,
    value: (m, dct, context) => agoValue(m, dct, context),
  },
  {
    pattern: /\b(?:the\s+)?year[- ](?:earlier|ago)(?:\s+(?:quarter|period))?\b/gi,
    value: (_m, dct, context) =>
      QUARTER_CONTEXT.test(context) ? shiftQuarter(dct, -5) : String(yearOf(dct) - 1),
  },
  {
    pattern:
      /\b(?:the\s+)?(1[89]\d\d|20\d\d)(?:['’]s)?\s+(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b/gi,
    value: (m) => `${m[1]}-Q${ORDINAL[(m[2] as string).toLowerCase()]}`,
  },
  {
    pattern:
      /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\s+of\s+(1[89]\d\d|20\d\d)\b/gi,
    value: (m) => `${m[2]}-Q${ORDINAL[(m[1] as string).toLowerCase()]}`,
  },
  {
    // "last year's third quarter", "this year's period": the year shifts, the quarter is named or the latest one.
    pattern:
      /\b(last|this|next)\s+year['’]s\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?(?:fiscal[- ])?(?:quarter|period)\b/gi,
    value: (m, dct) => {
      const year = yearOf(dct) + offsetOf(m[1] as string);
      const quarter = m[2] ? ORDINAL[(m[2] as string).toLowerCase()] : latestQuarter(dct);
      return `${year}-Q${quarter}`;
    },
  },
  {
    // "the 1988 quarter": the reported quarter (the latest one) of that year.
    pattern: /\bthe\s+(1[89]\d\d|20\d\d)\s+(?:fiscal\s+)?(?:quarter|period)\b/gi,
    value: (m, dct) => `${m[1]}-Q${latestQuarter(dct)}`,
  },
  {
    pattern:
      /\b(?:the\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b/gi,
    value: (m, dct) => ordinalQuarter(ORDINAL[(m[1] as string).toLowerCase()] as number, dct),
  },
  {
    pattern: /\bthe\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?end(?:ed|ing|s)\b)/gi,
    value: () => "P1Y",
  },
  {
    pattern:
      /\bthe\s+(?:(?:fiscal|full|current)\s+)?year\b(?!\s+(?:earlier|ago|before|after|later|(?:that\s+)?end)|[-'’])/gi,
    value: (_m, dct) => String(yearOf(dct)),
  },
  {
    pattern: /\bthe\s+(?:latest\s+|recent\s+|most recent\s+)?(?:quarter|period)\b/gi,
    value: (_m, dct) => shiftQuarter(dct, -1),
  },
  {
    pattern: new RegExp(`\\b(the\\s+)?${EDGE}(the\\s+)?(?:(?:19|20)?['’]?)?(1[89]\\d|20\\d)0['’]?s\\b`, "gi"),
    // TIMEX3 values a decade by its first three digits ("the 1990s" → 199); bare "1990s" is written 199X.
    value: (m) => (m[1] || m[2] ? (m[3] as string) : `${m[3]}X`),
  },
  {
    pattern: new RegExp(
      `(?<![$\\d.,])\\b${EDGE}(?:(?:fiscal|calendar)\\s+)?(1[89]\\d\\d|20\\d\\d)\\b(?![\\d,.]\\d|\\s*(?:%|percent))`,
      "gi",
    ),
    value: (m) => m[1] as string,
  },
];

function unitOf(word: string): string {
  return word.toLowerCase() in SEASON ? "season" : word.toLowerCase();
}

function offsetOf(word: string): number {
  const w = word.toLowerCase();
  if (/last|previous|past/.test(w)) return -1;
  return w === "next" || w === "the coming" ? 1 : 0;
}

function shifted(unit: string, offset: number, dct: string, word: string): string | null {
  if (unit === "week") return isoWeek(addDays(dct, 7 * offset));
  if (unit === "month") return shiftMonth(dct, offset);
  if (unit === "year") return String(yearOf(dct) + offset);
  if (unit === "quarter") return shiftQuarter(dct, offset);
  return `${yearOf(dct) + offset}-${SEASON[word.toLowerCase()]}`;
}

function agoValue(m: RegExpMatchArray, dct: string, context: string): string | null {
  const word = (m[1] as string).toLowerCase();
  const count = word === "a" ? 1 : parseNumberWords(word);
  if (count === null) return null;
  const sign = /later|from now/i.test(m[3] as string) ? 1 : -1;
  const unit = (m[2] as string).toLowerCase().replace(/s$/, "");
  const n = count * sign;
  if (unit === "day") return addDays(dct, n);
  if (unit === "week") return isoWeek(addDays(dct, 7 * n));
  if (unit === "month") return shiftMonth(dct, n);
  if (unit === "decade") return String(yearOf(dct) + 10 * n);
  if (count === 1 && QUARTER_CONTEXT.test(context)) return shiftQuarter(dct, 4 * n - 1);
  return String(yearOf(dct) + n);
}

/** "last May" is the latest May before the document month, "next May" the first after it, "this May" this year's. */
function namedMonth(modifier: string, month: number, dct: string): string {
  const [year, current] = [yearOf(dct), Number(dct.slice(5, 7))];
  const m = modifier.toLowerCase();
  const y =
    m === "last" ? (month < current ? year : year - 1) : m === "next" && month <= current ? year + 1 : year;
  return `${y}-${String(month).padStart(2, "0")}`;
}

/** The number of the latest quarter that has ended by the document date: the one a report of results is about. */
function latestQuarter(dct: string): number {
  return Number(shiftQuarter(dct, -1).slice(-1));
}

/** A quarter named by its ordinal: the latest such quarter that has begun by the document date. */
function ordinalQuarter(quarter: number, dct: string): string {
  const year = quarter > quarterOf(dct) ? yearOf(dct) - 1 : yearOf(dct);
  return `${year}-Q${quarter}`;
}

/** Week, month, quarter, season, year and decade expressions, valued at their own granularity. */
export function granularTimexes(text: string, dct: string): Timex[] {
  const found: Timex[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index as number;
      const value = rule.value(m, dct, text);
      const type = value?.startsWith("P") ? "DURATION" : "DATE";
      if (value !== null) found.push({ start, end: start + m[0].length, text: m[0], type, value });
    }
  }
  return found;
}
