/** Locality-sensitive hashing over MinHash signatures: finds earlier reports likely to be near-copies. */
import { estimatedJaccard, SIGNATURE_SIZE } from "./minhash.js";

export interface NearDuplicateOptions {
  /** Rows per band: 2 rows in 32 bands flag a pair at Jaccard 0.3 with probability 0.95, at 0.1 with 0.27. */
  readonly rows: number;
  /** Estimated Jaccard a candidate must reach to be returned. */
  readonly minSimilarity: number;
  /**
   * Reports remembered at least (at most twice as many); older ones are forgotten, so memory stays bounded on
   * a stream of any length.
   */
  readonly window: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: NearDuplicateOptions = {
  rows: 2,
  minSimilarity: 0.3,
  window: 5_000,
};

export interface NearDuplicate {
  readonly key: number;
  readonly similarity: number;
}

/** One generation of remembered reports: their band buckets and signatures. */
interface Generation {
  readonly buckets: Map<number, number[]>;
  readonly signatures: Map<number, Uint32Array>;
}

const generation = (): Generation => ({ buckets: new Map(), signatures: new Map() });

/**
 * Reports are remembered in two generations of `window` reports each: when the current one is full, the
 * previous one is dropped whole and the current one becomes previous. Forgetting is then free (no bucket is
 * edited), and between `window` and twice `window` of the latest reports are always remembered.
 */
export class NearDuplicateIndex {
  private current = generation();
  private previous = generation();

  constructor(private readonly options: NearDuplicateOptions = DEFAULT_NEAR_DUPLICATE_OPTIONS) {}

  /** Earlier reports (by key) whose signature agrees in a whole band and whose estimate reaches minSimilarity. */
  query(signature: Uint32Array): NearDuplicate[] {
    const seen = new Set<number>();
    const found: NearDuplicate[] = [];
    const bands = this.bands(signature);
    for (const g of [this.current, this.previous]) {
      for (const band of bands) {
        for (const key of g.buckets.get(band) ?? []) {
          if (seen.has(key)) continue;
          seen.add(key);
          const similarity = estimatedJaccard(signature, g.signatures.get(key) as Uint32Array);
          if (similarity >= this.options.minSimilarity) found.push({ key, similarity });
        }
      }
    }
    return found.sort((a, b) => b.similarity - a.similarity || a.key - b.key);
  }

  /** Remembers a report's signature under `key` (a number unique in the stream). */
  add(key: number, signature: Uint32Array): void {
    if (this.current.signatures.size >= this.options.window) {
      this.previous = this.current;
      this.current = generation();
    }
    for (const band of this.bands(signature)) {
      const list = this.current.buckets.get(band);
      if (list) list.push(key);
      else this.current.buckets.set(band, [key]);
    }
    this.current.signatures.set(key, signature);
  }

  /** Whether `key` is still remembered. */
  has(key: number): boolean {
    return this.current.signatures.has(key) || this.previous.signatures.has(key);
  }

  get size(): number {
    return this.current.signatures.size + this.previous.signatures.size;
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
