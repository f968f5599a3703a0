/** Where the stories an analysis no longer shows went: each retired story id → the story now holding its reports. */
import type { Story, TriangulateReport } from "../model/report-schema.js";

/**
 * For each story of `before` whose id `after` no longer shows (merged into another story, its reports moved),
 * the story of `after` that holds most of its reports (the one listed first on a tie). A retired story none
 * of whose reports `after` places has no successor and is left out.
 */
export function successorsOf(
  before: TriangulateReport | null,
  after: TriangulateReport,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!before) return out;
  const shown = new Set(after.stories.map((s) => s.id));
  const storyOf = new Map<string, Story>();
  for (const story of after.stories) for (const r of story.reports) storyOf.set(r, story);
  for (const retired of before.stories) {
    if (shown.has(retired.id)) continue;
    const successor = mostShared(retired.reports, storyOf, after.stories);
    if (successor) out.set(retired.id, successor.id);
  }
  return out;
}

function mostShared(
  reports: readonly string[],
  storyOf: ReadonlyMap<string, Story>,
  order: readonly Story[],
): Story | null {
  const shared = new Map<Story, number>();
  for (const r of reports) {
    const story = storyOf.get(r);
    if (story) shared.set(story, (shared.get(story) ?? 0) + 1);
  }
  let best: Story | null = null;
  for (const story of order) {
    const n = shared.get(story) ?? 0;
    if (n > 0 && (!best || n > (shared.get(best) ?? 0))) best = story;
  }
  return best;
}
