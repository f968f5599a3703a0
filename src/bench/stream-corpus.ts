/** Builds a long report stream from real texts, mixed and lightly perturbed, with known stories and copies. */
import type { BenchRecord } from "./bench-corpus.js";

export type StreamKind = "original" | "duplicate" | "near-copy" | "rewrite";

export interface StreamItem {
  readonly index: number;
  readonly text: string;
  /** The true story: the source's gold story, or the text itself for an unlabelled one; a re-run is a new story. */
  readonly story: string;
  /** Publication day: the stream runs REPORTS_PER_DAY reports a day. */
  readonly day: string;
  /** Whether the story comes from gold labels (the story data) rather than from an unlabelled text taken alone. */
  readonly labelled: boolean;
  /** For a copy, the index of the report it was made from. */
  readonly copyOf: number | null;
  readonly kind: StreamKind;
}

const REPORTS_PER_DAY = 2000;
/** A story's reports arrive within this many reports of each other; copies within COPY_SPREAD of their source. */
const STORY_SPREAD = 200;
const COPY_SPREAD = 300;
/** Word swaps of the rewrites: the kind a spinner makes ("Russia" → "Russian Federation"). */
const SYNONYMS: Record<string, string> = {
  said: "stated",
  says: "states",
  killed: "slain",
  people: "persons",
  government: "administration",
  Russia: "Russian Federation",
  coalition: "organization",
  attack: "assault",
  police: "authorities",
  official: "functionary",
  big: "large",
  began: "started",
  help: "assistance",
  city: "town",
  country: "nation",
  company: "firm",
  week: "sennight",
  announced: "declared",
  group: "organisation",
  president: "head of state",
};

/** Mulberry32: a small seeded generator, so the same stream comes out on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pending {
  readonly due: number;
  readonly text: string;
  readonly story: string;
  readonly labelled: boolean;
  readonly copyOf: number | null;
  readonly kind: StreamKind;
}

/**
 * `total` reports: stories taken in a shuffled order, each story's reports spread over the next STORY_SPREAD
 * reports, and three in four reports followed by a copy (a duplicate with another credit line, a near-copy
 * with words dropped, or a rewrite with swapped words and misspellings). When the texts run out they are
 * used again, shuffled anew, as new stories.
 */
export function* streamCorpus(
  groups: readonly BenchRecord[][],
  total: number,
  seed = 1,
): Generator<StreamItem> {
  const rand = random(seed);
  const pending: Pending[] = [];
  let cycle = 0;
  let order: number[] = [];
  let next = 0;
  for (let index = 0; index < total; ) {
    if (pending.length > 0 && (pending[0] as Pending).due <= index) {
      const item = pending.shift() as Pending;
      yield { ...item, index, day: dayOf(index) };
      if (item.kind === "original" && rand() < 0.75) schedule(pending, copyOf(item, index, rand));
      index++;
      continue;
    }
    if (next >= order.length) {
      order = shuffled(groups.length, rand);
      next = 0;
      cycle++;
    }
    const group = groups[order[next++] as number] as BenchRecord[];
    for (const record of group) {
      const due = index + Math.floor(rand() * STORY_SPREAD);
      const story = `${record.source}/${record.story}#${cycle}`;
      const labelled = !record.source.startsWith("unlabeled/");
      schedule(pending, { due, text: record.text, story, labelled, copyOf: null, kind: "original" });
    }
  }
}

function copyOf(original: Pending, index: number, rand: () => number): Pending {
  const due = index + 1 + Math.floor(rand() * COPY_SPREAD);
  const { text } = original;
  const roll = rand();
  const [kind, copied]: [StreamKind, string] =
    roll < 1 / 3
      ? ["duplicate", `${text}\n\nDistributed by Wire Service ${index % 7}.`]
      : roll < 2 / 3
        ? ["near-copy", dropWords(text, rand)]
        : ["rewrite", spin(text, rand)];
  return { ...original, due, text: copied, copyOf: index, kind };
}

function dropWords(text: string, rand: () => number): string {
  return text.replace(/\S+\s*/g, (word) => (rand() < 0.03 ? "" : word));
}

function spin(text: string, rand: () => number): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const swap = SYNONYMS[word];
    if (swap) return swap;
    if (word.length >= 6 && rand() < 0.05) return `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
    return word;
  });
}

function schedule(pending: Pending[], item: Pending): void {
  let at = pending.length;
  while (at > 0 && (pending[at - 1] as Pending).due > item.due) at--;
  pending.splice(at, 0, item);
}

function shuffled(n: number, rand: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

function dayOf(index: number): string {
  return new Date(Date.UTC(2026, 0, 1) + Math.floor(index / REPORTS_PER_DAY) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
