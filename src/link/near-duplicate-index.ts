/** Locality-sensitive hashing over MinHash signatures: finds earlier reports likely to be near-copies. */
import { estimatedJaccard, SIGNATURE_SIZE } from "./minhash.js";

export interface NearDuplicateOptions {
  /** Rows per band: 2 rows in 32 bands flag a pair at Jaccard 0.3 with probability 0.95, at 0.1 with 0.27. */
  readonly rows: number;
  /** Estimated Jaccard a candidate must reach to be returned. */
  readonly minSimilarity: number;
  /** Reports remembered; older ones are forgotten, so memory stays bounded on a stream of any length. */
  readonly window: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: NearDuplicateOptions = {
  rows: 2,
  minSimilarity: 0.3,
  window: 10_000,
};

export interface NearDuplicate {
  readonly key: number;
  readonly similarity: number;
}

export class NearDuplicateIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly signatures = new Map<number, Uint32Array>();
  private readonly order: number[] = [];
  private head = 0;

  constructor(private readonly options: NearDuplicateOptions = DEFAULT_NEAR_DUPLICATE_OPTIONS) {}

  /** Earlier reports (by key) whose signature agrees in a whole band and whose estimate reaches minSimilarity. */
  query(signature: Uint32Array): NearDuplicate[] {
    const seen = new Set<number>();
    const found: NearDuplicate[] = [];
    for (const band of this.bands(signature)) {
      for (const key of this.buckets.get(band) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        const other = this.signatures.get(key);
        const similarity = other ? estimatedJaccard(signature, other) : 0;
        if (similarity >= this.options.minSimilarity) found.push({ key, similarity });
      }
    }
    return found.sort((a, b) => b.similarity - a.similarity || a.key - b.key);
  }

  /** Remembers a report's signature under `key` (a number unique in the stream). */
  add(key: number, signature: Uint32Array): void {
    for (const band of this.bands(signature)) {
      const list = this.buckets.get(band);
      if (list) list.push(key);
      else this.buckets.set(band, [key]);
    }
    this.signatures.set(key, signature);
    this.order.push(key);
    while (this.order.length - this.head > this.options.window)
      this.forget(this.order[this.head++] as number);
    if (this.head > this.options.window) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
  }

  get size(): number {
    return this.signatures.size;
  }

  private forget(key: number): void {
    const signature = this.signatures.get(key);
    if (!signature) return;
    this.signatures.delete(key);
    // Keys are forgotten oldest first, so the key is at the head of each of its buckets.
    for (const band of this.bands(signature)) {
      const list = this.buckets.get(band);
      if (!list) continue;
      const at = list[0] === key ? 0 : list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.buckets.delete(band);
    }
  }

  /** One number per band: the band's index and a 32-bit mix of its rows (a collision only adds a candidate). */
  private bands(signature: Uint32Array): number[] {
    const { rows } = this.options;
    const out: number[] = [];
    for (let b = 0; b + rows <= SIGNATURE_SIZE; b += rows) {
      let h = 0x811c9dc5;
      for (let r = b; r < b + rows; r++) h = Math.imul(h ^ (signature[r] as number), 0x01000193);
      out.push(b * 0x100000000 + (h >>> 0));
    }
    return out;
  }
}
