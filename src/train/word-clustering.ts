/** Two-level word clusters: spherical k-means over PPMI neighbour vectors (fine), then over fine centroids (coarse). */
import { contextColumns, selectVocabulary } from "./context-vectors.js";
import type { DenseVectors } from "./dense-linear.js";
import { countNeighbours, ppmi } from "./neighbour-matrix.js";
import { assignNearest, sphericalKMeans, updateCentroids } from "./spherical-kmeans.js";
import type { TokenCorpus } from "./token-corpus.js";
import { svdEmbedding } from "./truncated-svd.js";

/** Settings for {@link clusterWords}. */
export interface ClusterOptions {
  readonly minCount: number;
  readonly maxWords: number;
  /** How many of the most frequent forms are distinct neighbour columns (others fall into shape buckets). */
  readonly contextWords: number;
  readonly dims: number;
  readonly fineClusters: number;
  readonly coarseClusters: number;
  /** Fine k-means is fitted on this many most frequent words, then every word is assigned. */
  readonly fitWords: number;
  readonly iterations: number;
  /** Full-vocabulary refinement passes after the fitted centroids assign every word. */
  readonly refinePasses: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 2,
  maxWords: 80_000,
  contextWords: 2_000,
  dims: 200,
  fineClusters: 1_000,
  coarseClusters: 64,
  fitWords: 25_000,
  iterations: 20,
  refinePasses: 2,
  seed: 20090604,
};

/** Every clustered word (most frequent first) with its count, fine cluster and coarse cluster. */
export interface WordClustering {
  readonly words: readonly string[];
  readonly counts: readonly number[];
  /** Rows that are lower-cased entries pooled over casings, like "canada" (see `selectVocabulary`). */
  readonly lowerCased: readonly boolean[];
  readonly fine: Int32Array;
  readonly coarse: Int32Array;
  readonly fineCount: number;
  readonly coarseCount: number;
}

/** Clusters the frequent words of `corpus`; the same corpus and options always give the same result. */
export function clusterWords(
  corpus: TokenCorpus,
  options: Partial<ClusterOptions> = {},
  onStage: (stage: string) => void = () => {},
): WordClustering {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const vocabulary = selectVocabulary(corpus, o.minCount, o.maxWords);
  const counts = countNeighbours(corpus, vocabulary, contextColumns(corpus, o.contextWords));
  onStage(`${vocabulary.words.length} words, ${counts.col.length} word-neighbour pairs`);
  const vectors = svdEmbedding(ppmi(counts), { dims: o.dims, seed: o.seed });
  onStage(`PPMI vectors reduced to ${vectors.dims} dims by truncated SVD`);
  const fine = fitFine(vectors, o);
  onStage(`${fine.k} fine clusters`);
  const fineSize = new Float64Array(fine.k);
  for (const label of fine.labels) fineSize[label] = (fineSize[label] as number) + 1;
  const coarse = sphericalKMeans(
    { rows: fine.k, dims: o.dims, data: fine.centroids },
    { k: o.coarseClusters, iterations: 50, seed: o.seed + 1, weights: fineSize },
  );
  const order = renumber(fine.k, coarse.labels, fineSize);
  return {
    words: vocabulary.words,
    counts: vocabulary.counts,
    lowerCased: vocabulary.lowerCased,
    fine: fine.labels.map((label) => order[label] ?? 0),
    coarse: fine.labels.map((label) => coarse.labels[label] ?? 0),
    fineCount: fine.k,
    coarseCount: coarse.k,
  };
}

/** k-means on the most frequent words, then assignment (and a few refinement passes) over all words. */
function fitFine(
  vectors: DenseVectors,
  o: ClusterOptions,
): { k: number; centroids: Float64Array; labels: Int32Array } {
  const fitRows = Math.min(o.fitWords, vectors.rows);
  const head = { rows: fitRows, dims: vectors.dims, data: vectors.data.subarray(0, fitRows * vectors.dims) };
  const fitted = sphericalKMeans(head, { k: o.fineClusters, iterations: o.iterations, seed: o.seed });
  let centroids = fitted.centroids;
  const labels = new Int32Array(vectors.rows).fill(-1);
  const similarity = new Float64Array(vectors.rows);
  assignNearest(vectors, centroids, fitted.k, labels, similarity);
  const ones = new Float64Array(vectors.rows).fill(1);
  for (let pass = 0; pass < o.refinePasses && fitRows < vectors.rows; pass++) {
    centroids = updateCentroids(vectors, labels, similarity, ones, fitted.k);
    if (assignNearest(vectors, centroids, fitted.k, labels, similarity) === 0) break;
  }
  return { k: fitted.k, centroids, labels };
}

/** New fine ids grouped by coarse cluster, larger clusters first, so related fine ids sit together. */
function renumber(fineCount: number, coarseOf: Int32Array, size: Float64Array): Int32Array {
  const ids = [...Array(fineCount).keys()];
  ids.sort((a, b) => (coarseOf[a] ?? 0) - (coarseOf[b] ?? 0) || (size[b] ?? 0) - (size[a] ?? 0) || a - b);
  const order = new Int32Array(fineCount);
  ids.forEach((old, position) => {
    order[old] = position;
  });
  return order;
}
