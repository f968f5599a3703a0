/** MinHash signatures of word shingles: a fixed-size sketch whose agreement estimates Jaccard similarity. */

/** Hash functions per signature; the Jaccard estimate's standard error is about 0.06 at 64. */
export const SIGNATURE_SIZE = 64;

/** Fixed odd multipliers and offsets (from a seeded generator) so that signatures are the same on every run. */
const SEEDS = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as const);
})();

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the word n-grams of a token list (a text shorter than n is one shingle). */
export function shingleHashes(tokens: readonly string[], n: number): Uint32Array {
  const count = Math.max(1, tokens.length - n + 1);
  const out = new Uint32Array(tokens.length === 0 ? 0 : count);
  for (let i = 0; i < out.length; i++) out[i] = hashString(tokens.slice(i, i + n).join(" "));
  return out;
}

/** The minimum of each of SIGNATURE_SIZE universal hash functions over the shingle hashes. */
export function minhashSignature(hashes: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const [a, b] = SEEDS[k] as readonly [number, number];
    let min = 0xffffffff;
    for (let i = 0; i < hashes.length; i++) {
      const h = (Math.imul(hashes[i] as number, a) + b) >>> 0;
      if (h < min) min = h;
    }
    signature[k] = min;
  }
  return signature;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity of their shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
