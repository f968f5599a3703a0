/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate summary against one reference (Lin 2004). */
import { stemmer } from "stemmer";

export interface RougeScores {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
}

/**
 * The standard preprocessing: lower-cased, every run of characters other than a-z and 0-9 a separator,
 * each token of more than three characters Porter-stemmed ("his" stays "his"), no stop words removed (as
 * rouge-score with its stemmer on, and ROUGE-1.5.5 with `-m`).
 */
export function rougeTokens(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return tokens === "" ? [] : tokens.split(" ").map((t) => (t.length > 3 ? stemmer(t) : t));
}

/**
 * F1 of the clipped n-gram overlap: each n-gram counts at most as often as it occurs in the other text;
 * precision over the candidate's n-grams, recall over the reference's. Zero when either side has none.
 */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const a = ngramCounts(candidate, n);
  const b = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of a) overlap += Math.min(count, b.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** F1 of the longest common subsequence of the two token sequences taken whole (rouge-score's `rougeL`). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  const m = candidate.length;
  const n = reference.length;
  if (m === 0 || n === 0) return 0;
  let previous = new Uint32Array(n + 1);
  let current = new Uint32Array(n + 1);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      current[j] =
        candidate[i - 1] === reference[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return f1(previous[n] as number, m, n);
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}
