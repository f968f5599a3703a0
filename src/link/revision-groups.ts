/** The stories under revision: members, summed vectors, day spans and an inverted index of their reports' terms. */
import type { StoryFeatures } from "./story-features.js";
import type { RevisionItem } from "./story-revision.js";
import type { DaySpan } from "./story-time.js";
import type { TermVector } from "./term-vector.js";

export interface StoryGroup {
  /** Its place among the stories given (merges keep the larger story's). */
  readonly id: number;
  readonly members: Set<number>;
  /** The sum of its reports' unit vectors: a dot product with it over the members is their mean cosine × size. */
  readonly sum: Map<string, number>;
  /** Its reports' lookup terms, and how many of them have each. */
  readonly keys: Map<string, number>;
  /** Bumped on every change, so queued pairs computed before it can be told stale. */
  version: number;
  /** The revision's clock at its last change. */
  changedAt: number;
  alive: boolean;
  span: DaySpan | null;
}

/** Stories that share lookup terms with a report or a story, the ones sharing the most weight first. */
const CANDIDATES = 16;
/** A term that this many stories share says little about which one a report belongs to; it is not looked up. */
const COMMON_TERM = 200;
/** Summed weights this small are what is left after a report's vector is taken out again: zero. */
const RESIDUE = 1e-9;

export class RevisionGroups {
  private readonly groupOf: StoryGroup[] = [];
  private readonly postings = new Map<string, Map<StoryGroup, number>>();
  private readonly live = new Set<StoryGroup>();
  /** Term → the clock when a story was last posted under it anew. */
  private readonly postedAt = new Map<string, number>();
  /** Counts changes: what a report was compared against can be told unchanged since. */
  clock = 0;

  constructor(
    private readonly items: readonly RevisionItem[],
    stories: readonly (readonly number[])[],
  ) {
    stories.forEach((members, id) => {
      const group: StoryGroup = {
        id,
        members: new Set(),
        sum: new Map(),
        keys: new Map(),
        version: 0,
        changedAt: 0,
        alive: true,
        span: null,
      };
      this.live.add(group);
      for (const i of members) this.join(i, group);
    });
  }

  of(i: number): StoryGroup {
    return this.groupOf[i] as StoryGroup;
  }

  /** Σ vector·(each member's vector). */
  dot(vector: TermVector, group: StoryGroup): number {
    let dot = 0;
    for (const [term, w] of vector) dot += w * (group.sum.get(term) ?? 0);
    return dot;
  }

  features(i: number): StoryFeatures {
    return (this.items[i] as RevisionItem).features;
  }

  /** The first and last day of a story's dated reports. */
  span(group: StoryGroup): DaySpan {
    group.span ??= this.spanOf(group.members);
    return group.span;
  }

  /** The first and last day of the dated reports among `reports`. */
  spanOf(reports: Iterable<number>): DaySpan {
    let firstDay: number | null = null;
    let lastDay: number | null = null;
    for (const i of reports) {
      const day = this.features(i).day;
      if (day === null) continue;
      firstDay = Math.min(firstDay ?? day, day);
      lastDay = Math.max(lastDay ?? day, day);
    }
    return { firstDay, lastDay };
  }

  /** Stories other than `except` posted under `keys`, the ones sharing the most of `vector`'s weight first. */
  candidates(keys: Iterable<string>, vector: TermVector, except: StoryGroup): StoryGroup[] {
    const shared = new Map<StoryGroup, number>();
    for (const term of keys) {
      const posted = this.postings.get(term);
      if (!posted || posted.size > COMMON_TERM) continue;
      const weight = vector.get(term) ?? 0;
      for (const group of posted.keys()) {
        if (group !== except) shared.set(group, (shared.get(group) ?? 0) + weight);
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, CANDIDATES)
      .map(([group]) => group);
  }

  move(i: number, to: StoryGroup): void {
    this.leave(i);
    this.join(i, to);
  }

  /** Moves the smaller story's reports into the larger (the earlier on a tie); returns the one kept. */
  merge(a: StoryGroup, b: StoryGroup): StoryGroup {
    const [kept, gone] =
      b.members.size > a.members.size || (b.members.size === a.members.size && b.id < a.id) ? [b, a] : [a, b];
    for (const i of [...gone.members]) this.move(i, kept);
    return kept;
  }

  /** Mean cosine between the reports of two stories. */
  closeness(a: StoryGroup, b: StoryGroup): number {
    const [small, large] = a.sum.size <= b.sum.size ? [a.sum, b.sum] : [b.sum, a.sum];
    let dot = 0;
    for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
    return dot / (a.members.size * b.members.size);
  }

  /** The live stories. */
  groups(): Iterable<StoryGroup> {
    return this.live;
  }

  /** Each live story's members in input order, stories ordered by their first report. */
  lists(): number[][] {
    return inReportOrder([...this.live].map((g) => g.members));
  }

  private join(i: number, group: StoryGroup): void {
    const item = this.items[i] as RevisionItem;
    this.groupOf[i] = group;
    group.members.add(i);
    for (const [term, w] of item.vector) group.sum.set(term, (group.sum.get(term) ?? 0) + w);
    for (const term of item.keys) {
      group.keys.set(term, (group.keys.get(term) ?? 0) + 1);
      const posted = this.postings.get(term) ?? new Map<StoryGroup, number>();
      if (!posted.has(group)) this.postedAt.set(term, this.clock + 1);
      posted.set(group, (posted.get(group) ?? 0) + 1);
      this.postings.set(term, posted);
    }
    this.changed(group);
  }

  private leave(i: number): void {
    const item = this.items[i] as RevisionItem;
    const group = this.of(i);
    group.members.delete(i);
    for (const [term, w] of item.vector) {
      const left = (group.sum.get(term) ?? 0) - w;
      if (Math.abs(left) < RESIDUE) group.sum.delete(term);
      else group.sum.set(term, left);
    }
    for (const term of item.keys) {
      decrement(group.keys, term);
      const posted = this.postings.get(term) as Map<StoryGroup, number>;
      decrement(posted, group);
      // A term shared by too many stories to be looked up becomes one again: its stories are new candidates.
      if (posted.size === COMMON_TERM) this.postedAt.set(term, this.clock + 1);
      if (posted.size === 0) this.postings.delete(term);
    }
    this.changed(group);
    if (group.members.size === 0) {
      group.alive = false;
      this.live.delete(group);
    }
  }

  /** Whether a story was posted anew under any of `keys` after the clock read `since`. */
  postedSince(since: number, keys: readonly string[]): boolean {
    for (const term of keys) if ((this.postedAt.get(term) ?? 0) > since) return true;
    return false;
  }

  private changed(group: StoryGroup): void {
    group.changedAt = ++this.clock;
    group.version++;
    group.span = null;
  }
}

/** Stories as sorted lists of report indexes, ordered by their first report. */
export function inReportOrder(stories: readonly Iterable<number>[]): number[][] {
  return stories
    .map((members) => [...members].sort((x, y) => x - y))
    .sort((x, y) => (x[0] as number) - (y[0] as number));
}

function decrement<K>(counts: Map<K, number>, key: K): void {
  const left = (counts.get(key) ?? 0) - 1;
  if (left <= 0) counts.delete(key);
  else counts.set(key, left);
}
