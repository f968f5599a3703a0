/** Online story clustering: each arriving report joins an open story or starts one; quiet stories close. */

import { DecayedSum } from "./decayed-sum.js";
import { DocumentFrequencies } from "./document-frequencies.js";
import type { StoryFeatures } from "./story-features.js";
import { StoryPostings } from "./story-postings.js";
import type { StoryState } from "./story-state.js";
import { inTime, overlap } from "./story-time.js";
import { type TermVector, topTerms } from "./term-vector.js";

export interface StreamOptions {
  /** Mean cosine to a story's recent reports needed to join it (0.12: see docs/benchmarks.md). */
  readonly threshold: number;
  /**
   * A dated report more than this many days from a story's dated reports cannot join it (45: ECB+ stories run
   * for weeks, 30 cost it 0.004 F1; the seeds' December phase is 53 days on and stays a phase).
   */
  readonly maxDaysApart: number;
  /** A story closes once the newest report seen is this many days past its last one. */
  readonly quietDays: number;
  /** A story closes once this many reports have arrived since it last grew (for undated streams). */
  readonly quietReports: number;
  /** Share of the score lost when none of the report's three main names is in a story of two or more reports. */
  readonly namePenalty: number;
  /**
   * Mean cosine between the reports of two open stories at which they are one: after a report is placed, its
   * story absorbs each candidate story that close (0.2, chosen on halves of ECB+ and Multi-News dev).
   */
  readonly mergeThreshold: number;
}

export const DEFAULT_STREAM_OPTIONS: StreamOptions = {
  threshold: 0.12,
  maxDaysApart: 45,
  quietDays: 60,
  quietReports: 5000,
  namePenalty: 0.3,
  mergeThreshold: 0.2,
};

/** Where a report went: its story, whether it started it, and the closed or earlier story it continues. */
export interface Placement {
  readonly story: number;
  readonly started: boolean;
  /** For a report that starts a story: the story it would have joined but for time (a later phase), or null. */
  readonly phaseOf: number | null;
  /** Stories absorbed into `story` once this report was placed: their reports belong to it from now on. */
  readonly merged: readonly number[];
}

/** Terms of a report used to look up candidate stories; bounds the work per report. */
const LOOKUP_TERMS = 16;
/** Candidate stories scored in full, the ones that share the most lookup weight. */
const CANDIDATES = 8;
/** About how many recent reports of a story a new report is compared against (weighted mean cosine). */
const MEMORY = 8;
/** Terms kept in a story's decayed sum; bounds memory per story. */
const STORY_TERMS = 400;
/** Reports between sweeps of a stream's term counts (halved, faint ones forgotten) and index (forgotten stories). */
const SWEEP_EVERY = 20_000;
/** Closed stories remembered for phase links before they are forgotten. */
const CLOSED_KEPT = 1000;

export class StoryStream {
  private readonly df = new DocumentFrequencies();
  /** Open stories, least recently grown first (a Map keeps insertion order; a join re-inserts). */
  private readonly open = new Map<number, StoryState>();
  private readonly closed = new Map<number, StoryState>();
  private readonly postings = new StoryPostings();
  private seq = 0;
  private newestDay: number | null = null;
  private nextId = 0;

  constructor(private readonly options: StreamOptions = DEFAULT_STREAM_OPTIONS) {}

  /** Counts a report's terms for IDF. `add` does it itself unless told the batch was observed first. */
  observe(features: StoryFeatures): void {
    this.df.observe(features.terms.keys());
  }

  add(features: StoryFeatures, observed = false): Placement {
    if (!observed) this.observe(features);
    this.seq++;
    if (!observed && this.seq % SWEEP_EVERY === 0) this.sweep();
    if (features.day !== null) this.newestDay = Math.max(this.newestDay ?? features.day, features.day);
    this.closeQuiet();
    // Only a term some other report has can lead to a story. In a batch every report was counted first, so
    // that is known now; in a stream a term seen once may come again, so the story is posted under it too.
    const { vector, keys } = this.weigh(features);
    const { join, phase, candidates } = this.best(vector, features, keys);
    const story = join ?? this.start();
    this.grow(story, vector, features.day, observed ? keys : topTerms(vector, LOOKUP_TERMS));
    const merged = this.absorb(story, candidates, features);
    return { story: story.id, started: !join, phaseOf: join ? null : (phase?.id ?? null), merged };
  }

  /**
   * A report's unit vector under the terms counted so far, and the terms it is looked up by (its heaviest ones
   * that some other report has too): what the stream compares; a batch revision compares the same.
   */
  weigh(features: StoryFeatures): { vector: TermVector; keys: string[] } {
    const vector = this.df.vector(features.terms);
    return { vector, keys: topTerms(vector, LOOKUP_TERMS, (term) => this.df.count(term) > 1) };
  }

  /** Stories still open, and terms counted: what the stream holds in memory grows with these. */
  get size(): { open: number; closed: number; terms: number } {
    return { open: this.open.size, closed: this.closed.size, terms: this.df.size };
  }

  private best(vector: TermVector, features: StoryFeatures, keys: readonly string[]) {
    let join: StoryState | null = null;
    let phase: StoryState | null = null;
    let joinScore = this.options.threshold;
    let phaseScore = this.options.threshold;
    const names = topTerms(vector, 3, (term) => term.startsWith("N:"));
    const candidates: StoryState[] = [];
    for (const story of this.postings.candidates(vector, keys, CANDIDATES)) {
      const score = this.score(vector, names, story);
      // A story the report is not as close to as a join or a merge needs is not worth comparing for a merge
      // (measured: the same stories on both dev sets, a third less time in absorb).
      if (score >= Math.min(this.options.threshold, this.options.mergeThreshold)) candidates.push(story);
      if (story.open && this.inTime(features, story)) {
        if (score >= joinScore) [join, joinScore] = [story, score];
      } else if (score >= phaseScore) [phase, phaseScore] = [story, score];
    }
    return { join, phase, candidates };
  }

  private score(vector: TermVector, names: readonly string[], story: StoryState): number {
    const mean = story.sum.meanCosine(vector);
    // One report's names say little about what its story is about; two or more reports agree on them.
    if (names.length === 0 || story.sum.weight < 1.5) return mean;
    const missing = names.filter((n) => !story.sum.has(n)).length / names.length;
    return mean * (1 - this.options.namePenalty * missing);
  }

  private inTime(f: StoryFeatures, story: StoryState): boolean {
    return inTime(f, story, this.options.maxDaysApart);
  }

  /**
   * A bounded revision: each open candidate story now as close to `story` as a report must be to join one
   * is folded into it, if the report could have joined it in time. Two stories started by reports that were
   * each too far from the other's first report can meet once each has more reports. Costs one dot product of
   * two story sums per candidate.
   */
  private absorb(story: StoryState, candidates: readonly StoryState[], features: StoryFeatures): number[] {
    const merged: number[] = [];
    for (const other of candidates) {
      if (other === story || !this.open.has(other.id)) continue;
      if (!this.inTime(features, other) || !overlap(story, other, this.options.maxDaysApart)) continue;
      if (story.sum.meanCosineTo(other.sum) < this.options.mergeThreshold) continue;
      story.sum.absorb(other.sum);
      other.sum.clear();
      if (other.firstDay !== null && other.lastDay !== null) {
        story.firstDay = Math.min(story.firstDay ?? other.firstDay, other.firstDay);
        story.lastDay = Math.max(story.lastDay ?? other.lastDay, other.lastDay);
      }
      this.open.delete(other.id);
      other.open = false;
      other.absorbedInto = story;
      merged.push(other.id);
    }
    if (story.sum.size > 2 * STORY_TERMS) story.sum.prune(STORY_TERMS);
    return merged;
  }

  private start(): StoryState {
    const story: StoryState = {
      id: this.nextId++,
      sum: new DecayedSum(),
      firstDay: null,
      lastDay: null,
      lastSeq: this.seq,
      open: true,
      absorbedInto: null,
      forgotten: false,
    };
    this.open.set(story.id, story);
    return story;
  }

  private grow(story: StoryState, vector: TermVector, day: number | null, keys: readonly string[]): void {
    story.sum.add(vector, 1 - 1 / MEMORY);
    if (story.sum.size > 2 * STORY_TERMS) story.sum.prune(STORY_TERMS);
    if (day !== null) {
      story.firstDay = Math.min(story.firstDay ?? day, day);
      story.lastDay = Math.max(story.lastDay ?? day, day);
    }
    story.lastSeq = this.seq;
    this.open.delete(story.id);
    this.open.set(story.id, story);
    this.postings.post(story, keys);
  }

  /** Decays the term counts (faint terms forgotten), and drops forgotten stories and emptied terms from the index. */
  private sweep(): void {
    this.df.decay();
    this.postings.sweep();
  }

  /**
   * Closes stories gone quiet, least recently grown first, stopping at the first that is not (so a stream far
   * out of date order closes by days late), and forgets the oldest closed ones beyond CLOSED_KEPT.
   */
  private closeQuiet(): void {
    for (const story of this.open.values()) {
      const quietDays =
        this.newestDay !== null &&
        story.lastDay !== null &&
        this.newestDay - story.lastDay > this.options.quietDays;
      if (!quietDays && this.seq - story.lastSeq <= this.options.quietReports) break;
      story.open = false;
      this.open.delete(story.id);
      this.closed.set(story.id, story);
    }
    for (const story of this.closed.values()) {
      if (this.closed.size <= CLOSED_KEPT) break;
      // Its entries in the postings are skipped when met and pushed out by newer stories (each list is
      // capped), so the postings grow with the vocabulary, not with the reports; its terms are let go now.
      this.closed.delete(story.id);
      story.forgotten = true;
      story.sum.clear();
    }
  }
}
