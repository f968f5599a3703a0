/** The classic extractive baselines the summary evaluation scores beside ours: Lead-3, LexRank and TextRank. */
import { pageRank } from "../summarize/page-rank.js";
import { lexRankCentrality } from "../summarize/sentence-centrality.js";
import { sentenceVectors, stems } from "../summarize/sentence-vectors.js";
import { fillBudget } from "../summarize/word-budget.js";

/** A cluster as its documents' sentences, in order. */
export type SentenceCluster = readonly (readonly string[])[];

/** Fragments shorter than this are not candidates for the graph baselines. */
const MIN_WORDS = 5;

/** The first three sentences of the first document. */
export function lead3(cluster: SentenceCluster): string {
  return (cluster[0] ?? []).slice(0, 3).join(" ");
}

/** LexRank: the most central sentences by thresholded-cosine PageRank, up to `budget` words, in document order. */
export function lexRank(cluster: SentenceCluster, budget: number): string {
  const sentences = candidates(cluster);
  return byRank(sentences, lexRankCentrality(sentenceVectors(sentences)), budget);
}

/** TextRank (Mihalcea & Tarau 2004): PageRank with edges weighted by word overlap over log lengths. */
export function textRank(cluster: SentenceCluster, budget: number): string {
  const sentences = candidates(cluster);
  const sets = sentences.map((s) => new Set(stems(s)));
  const graph = sets.map((a, i) =>
    sets.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      return shared / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  return byRank(sentences, pageRank(graph), budget);
}

function candidates(cluster: SentenceCluster): string[] {
  return cluster.flat().filter((s) => s.split(/\s+/).length >= MIN_WORDS);
}

function byRank(sentences: readonly string[], scores: readonly number[], budget: number): string {
  const ranked = sentences
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const kept = fillBudget(
    ranked,
    sentences.map((s) => s.split(/\s+/).length),
    budget,
  );
  return kept
    .sort((a, b) => a - b)
    .map((i) => sentences[i])
    .join(" ");
}
