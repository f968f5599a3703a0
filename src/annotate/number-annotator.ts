/** Finds counted figures ("at least 30 air strikes", "a half-million people") with their qualifier and noun. */
import type { NumberMention, Sentence, Span, Token } from "../model/document.js";
import type { Qualifier } from "../model/report-schema.js";
import { type Annotator, required } from "./annotator.js";
import { parseNumberWords } from "./number-words.js";

const NUMBER = new RegExp(
  [
    "\\b(?:a\\s+)?half[- ](?:a[- ])?(?:million|billion)\\b",
    "\\btens of thousands\\b",
    "\\b(?:several|scores)\\b(?=\\s+(?:of\\s+)?\\w)",
    "\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:\\s+(?:thousand|million|billion))?\\b",
    "\\b\\d+(?:\\.\\d+)?(?:\\s+(?:hundred|thousand|million|billion))?\\b",
    "\\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|dozen|dozens|hundreds|thousands)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|dozen))*)\\b",
  ].join("|"),
  "gi",
);

const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [/\bat least\s*$/i, "at least"],
  [/\b(more than|over|upwards of|in excess of)\s*$/i, "more than"],
  [/\b(about|around|approximately|roughly|some|an estimated|estimated|almost|nearly|close to)\s*$/i, "about"],
  [/\bup to\s*$/i, "up to"],
  [/\bas many as\s*$/i, "as many as"],
  [/\b(fewer than|less than|under)\s*$/i, "fewer than"],
];

/** Nouns after which a number is not a count ("85 percent", "6 am", "48-hour"). */
const NOT_COUNTS =
  /^(percent|per cent|%|am|pm|a\.m\.|p\.m\.|hours?|minutes?|seconds?|days?|weeks?|months?|years?|km|kilometres?|kilometers?|miles?|metres?|meters?|dollars?|euros?|pounds?|points?|o'clock|times)$/i;

export const numberAnnotator: Annotator<"numbers"> = {
  name: "number-annotator",
  requires: ["sentences", "tokens", "dates"],
  assigns: ["numbers"],
  annotate(draft) {
    const text = draft.report.text;
    const tokens = required(draft, "tokens");
    const dates = required(draft, "dates");
    const numbers: NumberMention[] = [];
    required(draft, "sentences").forEach((sentence, index) => {
      for (const found of findNumbers(text, sentence)) {
        if (dates.some((d) => d.start < found.end && found.start < d.end)) continue;
        const mention = describe(text, found, tokens, index);
        if (mention) numbers.push(mention);
      }
    });
    return { numbers };
  },
};

/**
 * What a vague figure stands for: its value is the conservative reading ACLED codes ("dozens" 12, "hundreds"
 * 100), its range what the word allows.
 */
const VAGUE: readonly [RegExp, number, number, number][] = [
  [/^several$/i, 3, 3, 9],
  [/^scores$/i, 20, 20, 99],
  [/^dozens$/i, 12, 12, 99],
  [/^hundreds$/i, 100, 100, 999],
  [/^thousands$/i, 1000, 1000, 9999],
  [/^tens of thousands$/i, 10_000, 10_000, 99_999],
];

type Found = Span & { value: number; low: number; high: number };

function findNumbers(text: string, sentence: Sentence): Found[] {
  const out: Found[] = [];
  const chunk = text.slice(sentence.start, sentence.end);
  for (const m of chunk.matchAll(NUMBER)) {
    const raw = m[0];
    const vague = VAGUE.find(([re]) => re.test(raw.trim()));
    const value = vague ? vague[1] : parseNumberWords(raw);
    // "a", and "one" in "one official said", are articles more often than figures.
    if (value === null || /^(a|one)$/i.test(raw.trim())) continue;
    const start = sentence.start + (m.index ?? 0);
    out.push({ start, end: start + raw.length, value, low: vague?.[2] ?? value, high: vague?.[3] ?? value });
  }
  return out;
}

function describe(
  text: string,
  found: Found,
  tokens: readonly Token[],
  sentence: number,
): NumberMention | null {
  const before = text.slice(Math.max(0, found.start - 25), found.start);
  const after = text.slice(found.end, found.end + 3);
  // Ordinals, hyphenated measures ("48-hour"), times ("11:45") and parts of names ("World War II") are not counts.
  if (
    /^(st|nd|rd|th|-|:\d|\.\d)/i.test(after) ||
    /[-:$£€]$/.test(before) ||
    /\b(?:Tk|Rs|BDT|Taka|NPR|INR|Kyat|Riel|Baht|VND|LKR)\.?\s*$/i.test(before) ||
    /\b(No|Number|Article|Resolution)\.?\s*$/.test(before)
  )
    return null;
  if (isAge(text, found)) return null;
  const noun = countedNoun(tokens, found.end);
  if (noun && NOT_COUNTS.test(noun)) return null;
  const isYear =
    found.value >= 1800 && found.value <= 2100 && /^\d{4}$/.test(text.slice(found.start, found.end));
  if (isYear && !noun) return null;
  const qualifier = QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? "exactly";
  return {
    start: found.start,
    end: found.end,
    text: text.slice(found.start, found.end),
    value: found.value,
    low: found.low,
    high: found.high,
    qualifier,
    noun,
    sentence,
  };
}

/**
 * An age beside a name, not a count: "Mazid Uddin, 45, an activist", "Mazid Uddin (45)", "aged 34",
 * "Shahidul Islam,35,".
 */
function isAge(text: string, found: Found): boolean {
  if (found.value > 120 || !/^\d+$/.test(text.slice(found.start, found.end))) return false;
  const before = text.slice(Math.max(0, found.start - 30), found.start);
  const after = text.slice(found.end, found.end + 2);
  if (/\baged?\s*$/i.test(before)) return true;
  return /\p{Lu}[\p{L}.'’-]*\s*(?:,\s*|\()$/u.test(before) && /^\s*[,)]/.test(after);
}

/** The noun phrase right after a number: adjectives and nouns up to the head ("opposition fighters"). */
function countedNoun(tokens: readonly Token[], end: number): string | null {
  let i = tokens.findIndex((t) => t.start >= end);
  if (i < 0) return null;
  const words: string[] = [];
  let head = -1;
  for (let k = 0; k < 4 && i < tokens.length; k++, i++) {
    const t = tokens[i] as Token;
    if (t.pos === "NOUN" || (t.pos === "PROPN" && k < 2) || /^(percent|%)$/i.test(t.text)) {
      words.push(t.text);
      head = words.length;
    } else if (t.pos === "ADJ" && k < 2) words.push(t.text);
    else break;
  }
  return head > 0 ? words.slice(0, head).join(" ") : null;
}
