/** A story's reports as one decayed sum of their term vectors: the mean cosine to them is one dot product. */
import { cosine, type TermVector, topTerms } from "./term-vector.js";

/** Below this the stored terms are rescaled, long before doubles lose their range. */
const RESCALE_BELOW = 1e-100;

/**
 * Reports' unit vectors summed, older ones decayed by `keep` per report added, and the summed weights. Decay is
 * kept as one factor (`scale`) applied on reading, so adding a report costs its own terms, not the story's.
 */
export class DecayedSum {
  private terms = new Map<string, number>();
  private scale = 1;
  /** The summed (decayed) weights of the reports: the divisor of the mean. */
  weight = 0;

  /** Decays what is held by `keep`, then adds `vector` with weight 1. */
  add(vector: TermVector, keep: number): void {
    this.scale *= keep;
    this.weight = this.weight * keep + 1;
    if (this.scale < RESCALE_BELOW) this.rescale();
    for (const [term, w] of vector) this.terms.set(term, (this.terms.get(term) ?? 0) + w / this.scale);
  }

  /** Adds another story's sum to this one, as it stands (its reports keep their decayed weights). */
  absorb(other: DecayedSum): void {
    const factor = other.scale / this.scale;
    for (const [term, w] of other.terms) this.terms.set(term, (this.terms.get(term) ?? 0) + w * factor);
    this.weight += other.weight;
  }

  /** The weighted mean cosine of `vector` to the reports summed. */
  meanCosine(vector: TermVector): number {
    return this.weight === 0 ? 0 : (cosine(vector, this.terms) * this.scale) / this.weight;
  }

  /** The weighted mean cosine between the reports of two sums. */
  meanCosineTo(other: DecayedSum): number {
    if (this.weight === 0 || other.weight === 0) return 0;
    return (cosine(this.terms, other.terms) * this.scale * other.scale) / (this.weight * other.weight);
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  get size(): number {
    return this.terms.size;
  }

  /** Keeps only the `k` heaviest terms (memory per story stays bounded). */
  prune(k: number): void {
    const kept = topTerms(this.terms, k);
    this.terms = new Map(kept.map((t) => [t, this.terms.get(t) as number]));
  }

  /** Lets go of the terms (a story forgotten or absorbed is still named in capped index lists). */
  clear(): void {
    this.terms = new Map();
    this.weight = 0;
  }

  private rescale(): void {
    for (const [term, w] of this.terms) this.terms.set(term, w * this.scale);
    this.scale = 1;
  }
}
