/** LexRank centrality (Erkan & Radev 2004): PageRank over the graph of sentences whose cosine passes a threshold. */

import { cosine } from "../link/term-vector.js";
import { pageRank } from "./page-rank.js";
import type { SentenceVector } from "./sentence-vectors.js";

/** Cosine two sentences need to be linked; 0.1 is LexRank's usual setting. */
export const LINK_THRESHOLD = 0.1;

/** One centrality per sentence, scaled so that 1 is the average. */
export function lexRankCentrality(vectors: readonly SentenceVector[]): number[] {
  const graph = vectors.map((a) => vectors.map((b) => (cosine(a, b) > LINK_THRESHOLD ? 1 : 0)));
  return pageRank(graph).map((score) => score * vectors.length);
}
