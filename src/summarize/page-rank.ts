/** PageRank over a weighted graph given as a dense matrix: the centrality behind LexRank and TextRank. */

/**
 * Power iteration with damping `d`: each node passes its score to its neighbours in proportion to the edge
 * weights; a node without edges passes nothing. Returns one score per node (they sum to at most 1).
 */
export function pageRank(weights: readonly (readonly number[])[], d = 0.85, iterations = 40): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const degree = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let t = 0; t < iterations; t++) {
    const next = new Array<number>(n).fill((1 - d) / n);
    for (let i = 0; i < n; i++) {
      const out = degree[i] as number;
      if (out === 0) continue;
      const row = weights[i] as readonly number[];
      const share = (d * (scores[i] as number)) / out;
      for (let j = 0; j < n; j++) if (row[j]) next[j] = (next[j] as number) + share * (row[j] as number);
    }
    scores = next;
  }
  return scores;
}
