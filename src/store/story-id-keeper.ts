/** Keeps each story's id from one analysis of a library to the next, so links, exports and bookmarks stay put. */
import { renameStory } from "../link/story-renamer.js";
import type { Story, TriangulateReport } from "../model/report-schema.js";

/**
 * Gives each story of `after` the id of the story of `before` it shares most reports with (each earlier id
 * goes to one story at most: the one sharing most, then the one listed first), and each story with no earlier
 * match a new id from `next` up, so an id is never given to a second story. The ids inside a story (entities
 * "s3-e1", claims, groups, disputes, quotes) and `phaseOf` follow their story's new id.
 */
export function keepStoryIds(
  before: TriangulateReport | null,
  after: TriangulateReport,
  next: number,
): TriangulateReport {
  if (!before || before.stories.length === 0) return after;
  const ids = new Map<string, string>();
  for (const [story, earlier] of matches(before.stories, after.stories)) ids.set(story, earlier);
  let fresh = Math.max(next, highestNumber(before.stories) + 1);
  for (const story of after.stories) if (!ids.has(story.id)) ids.set(story.id, `s${fresh++}`);
  return { ...after, stories: after.stories.map((s) => renameStory(s, ids)) };
}

/** The highest n of the ids "s<n>" among `stories`, 0 when none has such an id. */
export function highestNumber(stories: readonly Pick<Story, "id">[]): number {
  let high = 0;
  for (const { id } of stories) {
    const n = /^s(\d+)$/.exec(id);
    if (n) high = Math.max(high, Number(n[1]));
  }
  return high;
}

/** Pairs [new id, earlier id], taken greedily by reports shared, most first; ties go to the earlier-listed. */
function matches(before: readonly Story[], after: readonly Story[]): [string, string][] {
  const storyOf = new Map<string, number>();
  before.forEach((s, i) => {
    for (const r of s.reports) storyOf.set(r, i);
  });
  const pairs: { a: number; b: number; shared: number }[] = [];
  after.forEach((s, a) => {
    const shared = new Map<number, number>();
    for (const r of s.reports) {
      const b = storyOf.get(r);
      if (b !== undefined) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    for (const [b, n] of shared) pairs.push({ a, b, shared: n });
  });
  pairs.sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b);
  const taken = new Set<number>();
  const placed = new Set<number>();
  const out: [string, string][] = [];
  for (const { a, b } of pairs) {
    if (taken.has(b) || placed.has(a)) continue;
    taken.add(b);
    placed.add(a);
    out.push([(after[a] as Story).id, (before[b] as Story).id]);
  }
  return out;
}
