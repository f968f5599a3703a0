/** The article-extraction benchmark's metric: precision, recall and F1 of lower-cased word 4-gram shingles. */

export interface PrfScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Python's Unicode `\w`, which the benchmark's tokenizer uses: letters, digits and underscores of any script. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Word tokens as the benchmark counts them: runs of letters, digits and underscores, lower-cased. */
export function benchmarkTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function shingleCounts(text: string, n: number): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  // As in the benchmark, a text shorter than n tokens is one shingle of all its tokens.
  if (tokens.length > 0 && tokens.length < n) counts.set(tokens.join(" "), 1);
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Shingles are compared as multisets, as in the benchmark's own evaluation. Two empty texts agree fully;
 * an empty prediction of a non-empty truth scores zero.
 */
export function shingleScore(truth: string, predicted: string, n = 4): PrfScore {
  const t = shingleCounts(truth, n);
  const p = shingleCounts(predicted, n);
  let tp = 0;
  let predictedTotal = 0;
  let truthTotal = 0;
  for (const [key, count] of p) {
    predictedTotal += count;
    tp += Math.min(count, t.get(key) ?? 0);
  }
  for (const count of t.values()) truthTotal += count;
  if (predictedTotal === 0 && truthTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predictedTotal === 0 ? 0 : tp / predictedTotal;
  const recall = truthTotal === 0 ? 0 : tp / truthTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function meanScore(scores: readonly PrfScore[]): PrfScore {
  const n = scores.length || 1;
  const sum = (key: keyof PrfScore) => scores.reduce((s, x) => s + x[key], 0) / n;
  return { precision: sum("precision"), recall: sum("recall"), f1: sum("f1") };
}
