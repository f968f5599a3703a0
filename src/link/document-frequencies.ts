/** Counts in how many reports each term occurs, as reports arrive, and turns that into IDF weights. */
import { type TermVector, weigh } from "./term-vector.js";

export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private reports = 0;

  /** Counts one report's terms (each once). */
  observe(terms: Iterable<string>): void {
    this.reports++;
    for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  /** Reports that have this term so far. */
  count(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Smoothed IDF: ln((n + 1) / (df + 1)) + 1. */
  idf(term: string): number {
    return Math.log((this.reports + 1) / (this.count(term) + 1)) + 1;
  }

  /** Sub-linear TF times IDF, unit length. */
  vector(counts: ReadonlyMap<string, number>): TermVector {
    return weigh(counts, (term) => this.idf(term));
  }

  /**
   * Halves every count and the number of reports, and forgets terms left below one report: counts fade, so
   * the terms held are those of the last few sweeps' reports and memory stays bounded on an endless stream;
   * weights of terms in steady use do not change (their share of the reports stays the same).
   */
  decay(): void {
    this.reports /= 2;
    for (const [term, count] of this.df) {
      if (count < 2) this.df.delete(term);
      else this.df.set(term, count / 2);
    }
  }

  /** Distinct terms counted: bounded by the terms of the reports since the last few decays. */
  get size(): number {
    return this.df.size;
  }
}
