/** The story stream's inverted index: term → the stories last posted under it, a bounded list each. */
import { absorber, type StoryState } from "./story-state.js";
import type { TermVector } from "./term-vector.js";

/** Stories remembered per term; older ones drop out, which bounds the work on common terms. */
const POSTINGS_CAP = 16;

export class StoryPostings {
  /** Term → the stories posted under it, oldest first (the stories themselves: no lookup per entry). */
  private readonly lists = new Map<string, StoryState[]>();

  /** Posts `story` under `terms`; a story already listed moves to the end (newest), never listed twice. */
  post(story: StoryState, terms: readonly string[]): void {
    for (const term of terms) {
      const list = this.lists.get(term) ?? [];
      const at = list.indexOf(story);
      if (at >= 0) list.splice(at, 1);
      list.push(story);
      if (list.length > POSTINGS_CAP) list.shift();
      this.lists.set(term, list);
    }
  }

  /** The `limit` stories posted under `terms` that share the most of `vector`'s weight, most first. */
  candidates(vector: TermVector, terms: readonly string[], limit: number): StoryState[] {
    const shared = new Map<StoryState, number>();
    const listed = new Set<StoryState>();
    for (const term of terms) {
      const list = this.lists.get(term);
      if (!list) continue;
      let live = 0;
      listed.clear();
      for (const posted of list) {
        const story = absorber(posted);
        if (story.forgotten || listed.has(story)) continue;
        // Forgotten stories are dropped from the list as they are met, absorbed ones replaced by their
        // absorber and repeats dropped, so lists stay short and a story counts once per term.
        listed.add(story);
        list[live++] = story;
        shared.set(story, (shared.get(story) ?? 0) + (vector.get(term) as number));
      }
      if (live === 0) this.lists.delete(term);
      else list.length = live;
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, limit)
      .map(([story]) => story);
  }

  /** Rewrites every list without forgotten stories, absorbed ones replaced by their absorber; drops empty terms. */
  sweep(): void {
    for (const [term, list] of this.lists) {
      const live = [...new Set(list.map(absorber))].filter((story) => !story.forgotten);
      if (live.length === 0) this.lists.delete(term);
      else this.lists.set(term, live);
    }
  }
}
