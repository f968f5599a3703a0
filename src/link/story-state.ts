/** What the story stream holds for one story, and how a story absorbed into another is followed to it. */
import type { DecayedSum } from "./decayed-sum.js";

export interface StoryState {
  readonly id: number;
  /** Reports' vectors, older ones decayed per join: recent reports count most. */
  readonly sum: DecayedSum;
  firstDay: number | null;
  lastDay: number | null;
  lastSeq: number;
  open: boolean;
  /** The story that absorbed this one, for the index lists that still name it. */
  absorbedInto: StoryState | null;
  /** Closed long ago and let go: index lists drop it when they meet it. */
  forgotten: boolean;
}

/**
 * The story that holds `story`'s reports now: itself, or the story that absorbed it (or that one's absorber).
 * The chain walked is pointed straight at the end, so chains of merges never grow with the stream.
 */
export function absorber(story: StoryState): StoryState {
  let end = story;
  while (end.absorbedInto) end = end.absorbedInto;
  for (let at = story; at.absorbedInto && at.absorbedInto !== end; ) {
    const next: StoryState = at.absorbedInto;
    at.absorbedInto = end;
    at = next;
  }
  return end;
}
