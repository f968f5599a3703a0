/** Scores predicted temporal expressions against gold ones by the TempEval-3 definitions. */

/** The fields scoring reads: offsets [start, end), type and normalized value. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimexScores {
  readonly gold: number;
  readonly predicted: number;
  /** Exact offsets. */
  readonly strictMatches: number;
  readonly precisionStrict: number;
  readonly recallStrict: number;
  readonly spanF1Strict: number;
  /** Overlapping offsets (one-to-one). */
  readonly relaxedMatches: number;
  readonly precisionRelaxed: number;
  readonly recallRelaxed: number;
  readonly spanF1Relaxed: number;
  /** Relaxed matches whose type is right, over relaxed matches. */
  readonly typeAccuracy: number;
  /** Relaxed matches whose value is right, over predicted (P), over gold (R), and their F1. */
  readonly valueCorrect: number;
  readonly valuePrecision: number;
  readonly valueRecall: number;
  readonly valueF1: number;
}

/** Raw counts, summed over documents before the ratios are taken (micro-averaging, as TempEval-3 does). */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

/**
 * Adds one document's counts to `into`. Gold and predicted expressions are paired one-to-one: first every
 * exact-offset pair, then, in gold order, each unpaired gold with the first unpaired prediction it overlaps.
 */
export function countTimexes(
  gold: readonly ScoredTimex[],
  predicted: readonly ScoredTimex[],
  into: TimexCounts = emptyCounts(),
): TimexCounts {
  const pairOf = new Map<ScoredTimex, ScoredTimex>();
  const used = new Set<ScoredTimex>();
  for (const g of gold) {
    const p = predicted.find((x) => !used.has(x) && x.start === g.start && x.end === g.end);
    if (p) pair(g, p);
  }
  into.strict += pairOf.size;
  for (const g of gold) {
    if (pairOf.has(g)) continue;
    const p = predicted.find((x) => !used.has(x) && x.start < g.end && g.start < x.end);
    if (p) pair(g, p);
  }
  into.gold += gold.length;
  into.predicted += predicted.length;
  into.relaxed += pairOf.size;
  for (const [g, p] of pairOf) {
    if (g.type === p.type) into.typeCorrect++;
    if (g.value === p.value) into.valueCorrect++;
  }
  return into;

  function pair(g: ScoredTimex, p: ScoredTimex): void {
    pairOf.set(g, p);
    used.add(p);
  }
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Precision, recall and F1 from counts; a ratio over zero items is 0. */
export function timexScores(c: TimexCounts): TimexScores {
  const precisionStrict = ratio(c.strict, c.predicted);
  const recallStrict = ratio(c.strict, c.gold);
  const precisionRelaxed = ratio(c.relaxed, c.predicted);
  const recallRelaxed = ratio(c.relaxed, c.gold);
  const valuePrecision = ratio(c.valueCorrect, c.predicted);
  const valueRecall = ratio(c.valueCorrect, c.gold);
  return {
    gold: c.gold,
    predicted: c.predicted,
    strictMatches: c.strict,
    precisionStrict,
    recallStrict,
    spanF1Strict: f1(precisionStrict, recallStrict),
    relaxedMatches: c.relaxed,
    precisionRelaxed,
    recallRelaxed,
    spanF1Relaxed: f1(precisionRelaxed, recallRelaxed),
    typeAccuracy: ratio(c.typeCorrect, c.relaxed),
    valueCorrect: c.valueCorrect,
    valuePrecision,
    valueRecall,
    valueF1: f1(valuePrecision, valueRecall),
  };
}
