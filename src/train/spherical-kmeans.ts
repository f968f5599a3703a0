/** Seeded spherical k-means (cosine similarity on unit vectors) with k-means++ seeding and point weights. */
import { type DenseVectors, normaliseRows } from "./dense-linear.js";
import { type SeededRandom, seededRandom } from "./seeded-random.js";

/** Settings for {@link sphericalKMeans}; `k` is clamped to the number of points. */
export interface KMeansOptions {
  readonly k: number;
  readonly iterations: number;
  readonly seed: number;
  /** Per-point weights (default 1) for seeding and centroid means. */
  readonly weights?: Float64Array;
}

/** Unit-length centroids (`k x dims`, row-major) and each point's cluster. */
export interface KMeansResult {
  readonly k: number;
  readonly centroids: Float64Array;
  readonly labels: Int32Array;
  readonly iterations: number;
}

/** Lloyd iterations of spherical k-means until no point moves or `iterations` is reached. */
export function sphericalKMeans(points: DenseVectors, options: KMeansOptions): KMeansResult {
  const k = Math.max(1, Math.min(options.k, points.rows));
  const weights = options.weights ?? new Float64Array(points.rows).fill(1);
  let centroids = seedCentroids(points, k, weights, seededRandom(options.seed));
  const labels = new Int32Array(points.rows).fill(-1);
  const similarity = new Float64Array(points.rows);
  let done = 0;
  while (done < options.iterations) {
    done++;
    const moved = assignNearest(points, centroids, k, labels, similarity);
    if (moved === 0) break;
    centroids = updateCentroids(points, labels, similarity, weights, k);
  }
  return { k, centroids, labels, iterations: done };
}

/** Labels every point with its most similar centroid (lowest index on ties); returns how many changed. */
export function assignNearest(
  points: DenseVectors,
  centroids: Float64Array,
  k: number,
  labels: Int32Array,
  similarity: Float64Array,
): number {
  const best = new Int32Array(4);
  const bestSimilarity = new Float64Array(4);
  let moved = 0;
  for (let p = 0; p < points.rows; p += 4) {
    nearestOfFour(points, p, centroids, k, best, bestSimilarity);
    for (let i = 0; i < 4 && p + i < points.rows; i++) {
      if (labels[p + i] !== best[i]) moved++;
      labels[p + i] = best[i] as number;
      similarity[p + i] = bestSimilarity[i] as number;
    }
  }
  return moved;
}

/** Best centroid for points p..p+3 (repeating the last point past the end), two centroids at a time. */
function nearestOfFour(
  points: DenseVectors,
  p: number,
  centroids: Float64Array,
  k: number,
  best: Int32Array,
  bestSimilarity: Float64Array,
): void {
  const { dims, data, rows } = points;
  const b0 = p * dims;
  const b1 = Math.min(p + 1, rows - 1) * dims;
  const b2 = Math.min(p + 2, rows - 1) * dims;
  const b3 = Math.min(p + 3, rows - 1) * dims;
  best.fill(0);
  bestSimilarity.fill(Number.NEGATIVE_INFINITY);
  for (let c = 0; c < k; c += 2) {
    const next = c + 1 < k ? c + 1 : c;
    const f0 = c * dims;
    const f1 = next * dims;
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0;
    for (let j = 0; j < dims; j++) {
      const y0 = centroids[f0 + j] as number;
      const y1 = centroids[f1 + j] as number;
      const x0 = data[b0 + j] as number;
      const x1 = data[b1 + j] as number;
      const x2 = data[b2 + j] as number;
      const x3 = data[b3 + j] as number;
      a0 += x0 * y0;
      a1 += x1 * y0;
      a2 += x2 * y0;
      a3 += x3 * y0;
      e0 += x0 * y1;
      e1 += x1 * y1;
      e2 += x2 * y1;
      e3 += x3 * y1;
    }
    keepBest(best, bestSimilarity, c, a0, a1, a2, a3);
    keepBest(best, bestSimilarity, next, e0, e1, e2, e3);
  }
}

function keepBest(best: Int32Array, bestSimilarity: Float64Array, c: number, ...sims: number[]): void {
  for (let i = 0; i < 4; i++) {
    if ((sims[i] as number) > (bestSimilarity[i] as number)) {
      bestSimilarity[i] = sims[i] as number;
      best[i] = c;
    }
  }
}

/** Normalised weighted means; an emptied cluster takes the worst-fitting point not yet used as a seed. */
export function updateCentroids(
  points: DenseVectors,
  labels: Int32Array,
  similarity: Float64Array,
  weights: Float64Array,
  k: number,
): Float64Array {
  const { dims, data } = points;
  const centroids = new Float64Array(k * dims);
  const size = new Float64Array(k);
  for (let p = 0; p < points.rows; p++) {
    const c = labels[p] ?? 0;
    const w = weights[p] ?? 1;
    size[c] = (size[c] as number) + w;
    for (let j = 0; j < dims; j++) {
      centroids[c * dims + j] = (centroids[c * dims + j] as number) + w * (data[p * dims + j] as number);
    }
  }
  const worstFirst = [...similarity.keys()].sort(
    (a, b) => (similarity[a] ?? 0) - (similarity[b] ?? 0) || a - b,
  );
  let next = 0;
  for (let c = 0; c < k; c++) {
    if ((size[c] ?? 0) > 0) continue;
    const p = worstFirst[next++] ?? 0;
    centroids.set(data.subarray(p * dims, (p + 1) * dims), c * dims);
  }
  normaliseRows(centroids, dims);
  return centroids;
}

/** k-means++ seeding: each new centre is drawn with probability ∝ weight × (1 − best cosine so far). */
function seedCentroids(
  points: DenseVectors,
  k: number,
  weights: Float64Array,
  random: SeededRandom,
): Float64Array {
  const { dims, data, rows } = points;
  const centroids = new Float64Array(k * dims);
  const nearest = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  let chosen = Math.floor(random.next() * rows);
  for (let c = 0; c < k; c++) {
    centroids.set(data.subarray(chosen * dims, (chosen + 1) * dims), c * dims);
    raiseNearest(points, chosen * dims, nearest);
    let total = 0;
    for (let p = 0; p < rows; p++) total += (weights[p] ?? 1) * gap(nearest[p] as number);
    chosen = drawPoint(nearest, weights, total, random);
  }
  return centroids;
}

/** Raises each point's best similarity so far to its cosine with the row at `centre`, four points at a time. */
function raiseNearest(points: DenseVectors, centre: number, nearest: Float64Array): void {
  const { dims, data, rows } = points;
  for (let p = 0; p < rows; p += 4) {
    const b0 = p * dims;
    const b1 = Math.min(p + 1, rows - 1) * dims;
    const b2 = Math.min(p + 2, rows - 1) * dims;
    const b3 = Math.min(p + 3, rows - 1) * dims;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < dims; j++) {
      const y = data[centre + j] as number;
      s0 += (data[b0 + j] as number) * y;
      s1 += (data[b1 + j] as number) * y;
      s2 += (data[b2 + j] as number) * y;
      s3 += (data[b3 + j] as number) * y;
    }
    const sims = [s0, s1, s2, s3];
    for (let i = 0; i < 4 && p + i < rows; i++) {
      if ((sims[i] as number) > (nearest[p + i] as number)) nearest[p + i] = sims[i] as number;
    }
  }
}

function drawPoint(
  nearest: Float64Array,
  weights: Float64Array,
  total: number,
  random: SeededRandom,
): number {
  if (total <= 0) return Math.floor(random.next() * nearest.length);
  let target = random.next() * total;
  let last = 0;
  for (let p = 0; p < nearest.length; p++) {
    const mass = (weights[p] ?? 1) * gap(nearest[p] as number);
    if (mass <= 0) continue;
    last = p;
    target -= mass;
    if (target < 0) return p;
  }
  return last;
}

/** Squared-distance proxy 1 − cosine, with rounding noise on (near-)identical vectors treated as 0. */
function gap(similarity: number): number {
  return similarity > 1 - 1e-9 ? 0 : 1 - similarity;
}
