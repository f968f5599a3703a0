/** The story-clustering baseline: single-pass TF-IDF cosine over the words, at the best threshold for the data. */

const STOP = new Set(
  "the a an and or of to in on at for with by from as is was were are be been has have had it its that this these those he she they his her their not but said says will would".split(
    " ",
  ),
);

/** Lower-cased words of three letters or more, stop words out. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{2,}/gu) ?? []).filter((w) => !STOP.has(w));
}

type Vector = Map<string, number>;

function unit(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  return new Map([...v].map(([k, x]) => [k, x * scale]));
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, x] of small) sum += x * (large.get(k) ?? 0);
  return sum;
}

/** TF-IDF unit vectors of the texts (IDF over the texts themselves). */
export function tfidfVectors(texts: readonly string[]): Vector[] {
  const counts = texts.map((t) => {
    const c = new Map<string, number>();
    for (const w of words(t)) c.set(w, (c.get(w) ?? 0) + 1);
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c) =>
    unit(new Map([...c].map(([w, tf]) => [w, tf * (Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1)]))),
  );
}

/**
 * One pass in the given order: each text joins the story whose centroid is most similar (cosine), if at least
 * `threshold`, else starts one. Returns each text's story number. Centroid norms are kept up to date as members
 * join, so each comparison is one sparse dot product.
 */
export function singlePass(vectors: readonly Vector[], threshold: number): number[] {
  const centroids: Vector[] = [];
  const norms: number[] = [];
  return vectors.map((v) => {
    let best = -1;
    let bestScore = threshold;
    centroids.forEach((c, k) => {
      const norm = norms[k] as number;
      const s = norm === 0 ? 0 : dot(v, c) / Math.sqrt(norm);
      if (s >= bestScore) [best, bestScore] = [k, s];
    });
    if (best < 0) {
      centroids.push(new Map(v));
      norms.push(dot(v, v));
      return centroids.length - 1;
    }
    const c = centroids[best] as Vector;
    let norm = norms[best] as number;
    for (const [k, x] of v) {
      const old = c.get(k) ?? 0;
      norm += (old + x) ** 2 - old ** 2;
      c.set(k, old + x);
    }
    norms[best] = norm;
    return best;
  });
}
