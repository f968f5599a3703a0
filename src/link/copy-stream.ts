/** Online copy detection: each arriving report is checked against recent ones for duplicates and rewrites. */
import type { Copy } from "../model/report-schema.js";
import { type CopySource, compareCopies, copyProfile, copySignature } from "./copy-detector.js";
import {
  DEFAULT_NEAR_DUPLICATE_OPTIONS,
  NearDuplicateIndex,
  type NearDuplicateOptions,
} from "./near-duplicate-index.js";

/** Earlier reports verified per new report, the most similar by MinHash estimate. */
const MAX_CANDIDATES = 16;

/**
 * Keeps the MinHash index and the sources of the last `window` to twice `window` reports (memory bounded) and
 * returns, for each new report, its duplicate and rewrite relations to them. Shared passages between
 * otherwise different reports are left to the per-story `detectCopies`, which indexes every 5-gram.
 */
export class CopyStream {
  private readonly index: NearDuplicateIndex;
  private readonly sources = new Map<number, CopySource>();
  private seq = 0;

  constructor(private readonly options: NearDuplicateOptions = DEFAULT_NEAR_DUPLICATE_OPTIONS) {
    this.index = new NearDuplicateIndex(options);
  }

  add(source: CopySource): Copy[] {
    const signature = copySignature(source.text);
    const found: Copy[] = [];
    let profile: ReturnType<typeof copyProfile> | null = null;
    // Template texts (one company's earnings line after another's) can share buckets with thousands of reports;
    // the most similar MAX_CANDIDATES are verified, so the work per report stays bounded.
    for (const { key } of this.index.query(signature).slice(0, MAX_CANDIDATES)) {
      const earlier = this.sources.get(key);
      if (!earlier) continue;
      profile ??= copyProfile(source);
      const copy = compareCopies(copyProfile(earlier), profile);
      if (copy && copy.kind !== "shared-passage") found.push(copy);
    }
    const key = this.seq++;
    this.index.add(key, signature);
    this.sources.set(key, source);
    // The index remembers at most twice its window; a source it has forgotten is never asked for again.
    this.sources.delete(key - 2 * this.options.window);
    return found;
  }

  /** Reports remembered. */
  get size(): number {
    return this.sources.size;
  }
}
