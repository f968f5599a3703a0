/** How much a story-clustering score owes to the input order: ours and the baseline over seeded shuffles. */
import { bcubed } from "../bench/bcubed.js";
import { shuffled } from "../link/seeded-shuffle.js";
import { clusterFeatures } from "../link/story-clusterer.js";
import type { StoryFeatures } from "../link/story-features.js";
import { singlePass, type tfidfVectors } from "./tfidf-baseline.js";

/** Mean, lowest and highest of one measure over the orders. */
export interface Spread {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export interface OrderScores {
  readonly f1: Spread;
  readonly precision: number;
  readonly recall: number;
}

export interface OrderSpread {
  /** Orders scored: the file's own order first, then shuffles seeded 2, 3, … (the same on every run). */
  readonly count: number;
  readonly ours: OrderScores;
  /** The baseline at the threshold it was tuned to in file order. */
  readonly baseline: OrderScores;
}

/** What the spread is computed over: every gold record, and for the analysed ones their stream features. */
export interface OrderInput {
  readonly gold: readonly string[];
  /** Gold index → the analysed report's features; records that became problems stand alone in every order. */
  readonly features: ReadonlyMap<number, StoryFeatures>;
  readonly vectors: ReturnType<typeof tfidfVectors>;
  readonly threshold: number;
}

/**
 * Clusters the analysed reports in `count` orders as a batch run given them in that order would (the stream
 * and the revision, `clusterFeatures`), and the baseline in the same orders. Order 1 is the file's, so its
 * score is the one `eval stories` reports; the others show how far one order's luck moves it.
 */
export function scoreOrders(input: OrderInput, count: number): OrderSpread {
  const analysed = [...input.features.keys()].sort((a, b) => a - b);
  const ours: Score[] = [];
  const baseline: Score[] = [];
  for (let k = 0; k < count; k++) {
    const order = k === 0 ? analysed : shuffled(analysed, k + 1);
    const groups = clusterFeatures(order.map((i) => input.features.get(i) as StoryFeatures)).members;
    const predicted = new Map<number, string>();
    groups.forEach((members, story) => {
      for (const at of members) predicted.set(order[at] as number, `s${story}`);
    });
    ours.push(scoreAgainst(input.gold, predicted));
    const all =
      k === 0
        ? input.gold.map((_, i) => i)
        : shuffled(
            input.gold.map((_, i) => i),
            k + 1,
          );
    const assigned = singlePass(
      all.map((i) => input.vectors[i] as Map<string, number>),
      input.threshold,
    );
    baseline.push(scoreAgainst(input.gold, new Map(all.map((i, at) => [i, `b${assigned[at]}`]))));
  }
  return { count, ours: summary(ours), baseline: summary(baseline) };
}

type Score = ReturnType<typeof bcubed>;

/** BCubed of `predicted` (gold index → story) against the gold; an index it lacks is a story of its own. */
function scoreAgainst(gold: readonly string[], predicted: ReadonlyMap<number, string>): Score {
  return bcubed(gold.map((story, i) => ({ predicted: predicted.get(i) ?? `alone#${i}`, gold: story })));
}

function summary(scores: readonly Score[]): OrderScores {
  const mean = (pick: (s: Score) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  const f1s = scores.map((s) => s.f1);
  return {
    f1: { mean: mean((s) => s.f1), min: Math.min(...f1s), max: Math.max(...f1s) },
    precision: mean((s) => s.precision),
    recall: mean((s) => s.recall),
  };
}
