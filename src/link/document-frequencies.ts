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
   * Forgets the terms seen in one report only. Most of a stream's vocabulary is such terms (names, figures,
   * typos); a term forgotten and met again counts from 1, which changes its weight very little.
   */
  forgetRare(): void {
    for (const [term, count] of this.df) if (count === 1) this.df.delete(term);
  }

  /** Distinct terms counted: grows with the vocabulary, not with the number of reports. */
  get size(): number {
    return this.df.size;
  }
}
