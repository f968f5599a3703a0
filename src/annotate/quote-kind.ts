/** Decides whether quoted words are a direct quote of their own or words inside reported speech, with a trained linear model. */
import { existsSync, readFileSync } from "node:fs";
import type { Span } from "../model/document.js";

export const QUOTE_KIND_MODEL_PATH = new URL("../../models/quote-kind-model.json", import.meta.url);

export interface QuoteKindModel {
  readonly format: "triangulate.quote-kind/1";
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

const SPEECH = new Set(
  "said says say saying told tells added adds asked asks wrote writes tweeted declared replied responded continued explained noted argued warned insisted recalled".split(
    " ",
  ),
);
const bucket = (n: number) => (n <= 3 ? String(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+");
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’]+|[:,;.—–-]/gu) ?? [];

/**
 * Features of the quote at `span` (marks included): how the quoted words start and end, and the words around
 * the marks ("said: “", "called it “", "“…,” he said").
 */
export function quoteKindFeatures(span: Span, text: string): string[] {
  const from = /["“]/.test(text[span.start] ?? "") ? span.start + 1 : span.start;
  const to = /["”“]/.test(text[span.end - 1] ?? "") ? span.end - 1 : span.end;
  const inner = text.slice(from, Math.max(from, to)).trim();
  const count = inner.split(/\s+/).filter(Boolean).length;
  const paraStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const paraEnd = text.indexOf("\n", span.end);
  const before = wordsOf(text.slice(Math.max(paraStart, span.start - 60), span.start)).slice(-2);
  const after = wordsOf(
    text.slice(span.end, paraEnd < 0 ? span.end + 60 : Math.min(paraEnd, span.end + 60)),
  ).slice(0, 2);
  const first = inner[0] ?? "";
  const caseOf = /\p{Lu}/u.test(first) ? "U" : /\p{Ll}/u.test(first) ? "l" : "o";
  const ending = /[.!?]["”’]?$/.test(inner) ? "stop" : /[,;]$/.test(inner) ? "comma" : "none";
  const speechAfter = after.some((w) => SPEECH.has(w));
  const speechBefore = SPEECH.has(before[1] ?? "") || before[1] === ":";
  return [
    `case=${caseOf}`,
    `case_end=${caseOf}|${ending}`,
    `bv=${speechBefore}`,
    `av=${speechAfter}`,
    `bv_av=${speechBefore}|${speechAfter}|${caseOf}`,
    `next=${text[span.end] ?? "</p>"}`,
    `n=${bucket(count)}`,
    `end=${ending}`,
    `b1=${before[1] ?? "<p>"}`,
    `b2=${before.join("_") || "<p>"}`,
    `a1=${after[0] ?? "</p>"}`,
    `a2=${after.join("_") || "</p>"}`,
    `para=${text.slice(paraStart, span.start).trim() === "" ? "opens" : "inside"}`,
    `b1case=${before[1] ?? "<p>"}|${caseOf === "U" ? "U" : "l"}`,
  ];
}

let loaded: QuoteKindModel | null | undefined;

function model(): QuoteKindModel | null {
  if (loaded !== undefined) return loaded;
  loaded = existsSync(QUOTE_KIND_MODEL_PATH)
    ? (JSON.parse(readFileSync(QUOTE_KIND_MODEL_PATH, "utf8")) as QuoteKindModel)
    : null;
  return loaded;
}

/** The model's score for the quote; above zero, a direct quote of its own. Null without a model file. */
export function quoteKindScore(span: Span, text: string): number | null {
  const m = model();
  if (!m) return null;
  return quoteKindFeatures(span, text).reduce((sum, f) => sum + (m.weights[f] ?? 0), m.bias);
}
