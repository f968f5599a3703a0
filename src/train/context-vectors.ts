/** Chooses the words to cluster and the neighbour columns (frequent forms, else shape buckets) of their vectors. */
import type { TokenCorpus } from "./token-corpus.js";

/** The words to cluster (most frequent first) and how corpus forms map onto them. */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly counts: readonly number[];
  /** Whether a row is a lower-cased entry pooled over all casings (e.g. "canada"), not one spelling. */
  readonly lowerCased: readonly boolean[];
  /** Row of each corpus form clustered under its exact spelling, else -1. */
  readonly exactRow: Int32Array;
  /** Row of the pooled lower-cased entry a form feeds ("Canada" feeds "canada"), else -1. */
  readonly lowerRow: Int32Array;
}

/**
 * Words with count >= minCount under their exact spelling, plus pooled lower-cased entries for words whose
 * lower-case spelling is itself rarer than minCount but whose casings together reach it: such an entry
 * gathers the contexts of every casing ("canada" from "Canada" and "CANADA"), so a tagger's lower-case
 * fallback for an unseen "CANADA" finds the name's cluster. A lower-case spelling seen minCount times keeps
 * its own contexts, so common-word uses like "march" or "brown" are not pulled into month or name clusters.
 * Capped at `maxWords`, most frequent first, ties in code-point order.
 */
export function selectVocabulary(corpus: TokenCorpus, minCount: number, maxWords: number): Vocabulary {
  const { exactCount, lowerCount } = tallyCasings(corpus);
  const pooled = (lower: string): boolean => (exactCount.get(lower) ?? 0) < minCount;
  const candidates: [string, number, boolean][] = [];
  for (const [form, count] of exactCount) if (count >= minCount) candidates.push([form, count, false]);
  for (const [lower, count] of lowerCount)
    if (count >= minCount && pooled(lower)) candidates.push([lower, count, true]);
  candidates.sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
  const chosen = candidates.slice(0, maxWords);
  const rowOf = new Map(chosen.map(([word], row) => [word, row]));
  const exactRow = new Int32Array(corpus.forms.length).fill(-1);
  const lowerRow = new Int32Array(corpus.forms.length).fill(-1);
  corpus.forms.forEach((form, id) => {
    const lower = form.toLowerCase();
    if (pooled(lower)) lowerRow[id] = rowOf.get(lower) ?? -1;
    if (!(form === lower && pooled(lower))) exactRow[id] = rowOf.get(form) ?? -1;
  });
  return {
    words: chosen.map(([word]) => word),
    counts: chosen.map(([, count]) => count),
    lowerCased: chosen.map(([, , lowered]) => lowered),
    exactRow,
    lowerRow,
  };
}

/** Count of every exact spelling and of every lower-cased form summed over its casings. */
function tallyCasings(corpus: TokenCorpus): {
  exactCount: Map<string, number>;
  lowerCount: Map<string, number>;
} {
  const exactCount = new Map<string, number>();
  const lowerCount = new Map<string, number>();
  corpus.forms.forEach((form, id) => {
    const count = corpus.counts[id] ?? 0;
    exactCount.set(form, count);
    const lower = form.toLowerCase();
    lowerCount.set(lower, (lowerCount.get(lower) ?? 0) + count);
  });
  return { exactCount, lowerCount };
}

/** Plain code-point order (not locale order), so sorting is the same everywhere. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SHAPES = 5;

/** Coarse shape bucket for neighbours outside the context vocabulary: number, Capital, CAPS, lower, other. */
function shapeOf(form: string): number {
  if (/^\p{N}/u.test(form)) return 0;
  if (/^\p{Lu}/u.test(form)) return /\p{Ll}/u.test(form) ? 1 : 2;
  if (/^\p{Ll}/u.test(form)) return 3;
  return 4;
}

/** Column of every corpus form as a neighbour: its rank among the `size` most frequent forms, else a shape. */
export function contextColumns(corpus: TokenCorpus, size: number): { column: Int32Array; width: number } {
  const order = corpus.forms.map((_, id) => id);
  order.sort(
    (a, b) =>
      (corpus.counts[b] ?? 0) - (corpus.counts[a] ?? 0) ||
      compareCodePoints(corpus.forms[a] ?? "", corpus.forms[b] ?? ""),
  );
  const top = Math.min(size, order.length);
  const column = new Int32Array(corpus.forms.length);
  corpus.forms.forEach((form, id) => {
    column[id] = top + shapeOf(form);
  });
  for (let rank = 0; rank < top; rank++) column[order[rank] ?? 0] = rank;
  return { column, width: top + SHAPES + 1 };
}
