/** Scores predicted attributions against PolNeAR's: content spans (exact and overlap) and the sources linked to them. */
import type { Pieces } from "./polnear-reader.js";

/** What scoring reads of an attribution, gold or predicted. */
export interface ScoredAttribution {
  readonly content: Pieces;
  readonly source: Pieces | null;
}

export interface AttributionCounts {
  gold: number;
  predicted: number;
  /** Gold and predicted attributions that name a source. */
  goldSources: number;
  predictedSources: number;
  exact: number;
  overlap: number;
  /** Overlap pairs whose sources overlap too. */
  sourceRight: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface AttributionScores {
  readonly gold: number;
  readonly predicted: number;
  readonly contentExact: Prf;
  readonly contentOverlap: Prf;
  readonly source: Prf;
  readonly contentExactF1: number;
  readonly contentOverlapF1: number;
  readonly sourceF1: number;
}

export function emptyAttributionCounts(): AttributionCounts {
  return { gold: 0, predicted: 0, goldSources: 0, predictedSources: 0, exact: 0, overlap: 0, sourceRight: 0 };
}

const extent = (p: Pieces): [number, number] => [p[0]?.[0] ?? 0, p[p.length - 1]?.[1] ?? 0];

/** Characters two piece lists share. */
export function sharedChars(a: Pieces, b: Pieces): number {
  let shared = 0;
  for (const [s1, e1] of a)
    for (const [s2, e2] of b) shared += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return shared;
}

/** The extent with the text's surrounding white space trimmed, so that "said  X" and "said X" agree. */
function trimmed(p: Pieces, text: string): string {
  let [start, end] = extent(p);
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return `${start}:${end}`;
}

/**
 * Adds one article's counts. Gold and predicted are paired one to one: first pairs with the same extent, then
 * each gold (in order) with the unpaired prediction sharing the most characters with it.
 */
export function countAttributions(
  text: string,
  gold: readonly ScoredAttribution[],
  predicted: readonly ScoredAttribution[],
  into: AttributionCounts = emptyAttributionCounts(),
): AttributionCounts {
  const pairOf = new Map<ScoredAttribution, ScoredAttribution>();
  const used = new Set<ScoredAttribution>();
  for (const g of gold) {
    const key = trimmed(g.content, text);
    const p = predicted.find((x) => !used.has(x) && trimmed(x.content, text) === key);
    if (p) {
      pairOf.set(g, p);
      used.add(p);
    }
  }
  into.exact += pairOf.size;
  for (const g of gold) {
    if (pairOf.has(g)) continue;
    let best: ScoredAttribution | null = null;
    let bestShared = 0;
    for (const p of predicted) {
      const shared = used.has(p) ? 0 : sharedChars(g.content, p.content);
      if (shared > bestShared) [best, bestShared] = [p, shared];
    }
    if (best) {
      pairOf.set(g, best);
      used.add(best);
    }
  }
  into.gold += gold.length;
  into.predicted += predicted.length;
  into.goldSources += gold.filter((g) => g.source).length;
  into.predictedSources += predicted.filter((p) => p.source).length;
  into.overlap += pairOf.size;
  for (const [g, p] of pairOf) {
    if (g.source && p.source && sharedChars(g.source, p.source) > 0) into.sourceRight++;
  }
  return into;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

function prf(right: number, predicted: number, gold: number): Prf {
  const precision = ratio(right, predicted);
  const recall = ratio(right, gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/** Precision, recall and F1 from summed counts (micro-averaged over articles). */
export function attributionScores(c: AttributionCounts): AttributionScores {
  const contentExact = prf(c.exact, c.predicted, c.gold);
  const contentOverlap = prf(c.overlap, c.predicted, c.gold);
  const source = prf(c.sourceRight, c.predictedSources, c.goldSources);
  return {
    gold: c.gold,
    predicted: c.predicted,
    contentExact,
    contentOverlap,
    source,
    contentExactF1: contentExact.f1,
    contentOverlapF1: contentOverlap.f1,
    sourceF1: source.f1,
  };
}
