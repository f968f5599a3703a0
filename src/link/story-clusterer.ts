/** Batch story clustering: a run's reports fed through the story stream and revised, in a few visiting orders. */
import type { AnnotatedReport } from "../model/document.js";
import { partitionCohesion } from "./partition-cohesion.js";
import { inReportOrder } from "./revision-groups.js";
import { shuffled } from "./seeded-shuffle.js";
import { type MonthDay, type StoryFeatures, storyFeatures } from "./story-features.js";
import { type RevisionItem, reviseStories } from "./story-revision.js";
import { DEFAULT_STREAM_OPTIONS, StoryStream, type StreamOptions } from "./story-stream.js";

export type ClusterOptions = StreamOptions;
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = DEFAULT_STREAM_OPTIONS;

export interface StoryGroups {
  /** Each story's reports as indexes into the input, in input order; stories in the order of their first report. */
  readonly members: number[][];
  /** For each story, the story it is a later phase of (an index into `members`), or null. */
  readonly phaseOf: (number | null)[];
}

/**
 * Reports are visited in order, as a stream would see them; then, with the whole batch in hand, the
 * stories are revised (`reviseStories`: reports move to closer stories, close stories merge) under the
 * stream's own bars; this runs in VISITING_ORDERS orders and the best-holding partition is kept. A batch knows
 * all its reports before it starts, so term weights come from the whole batch.
 * (Visiting dated reports first was tried: 0.04 BCubed F1 lower on ECB+ dev, docs/benchmarks.md.)
 */
export function clusterStories(
  docs: readonly AnnotatedReport[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryGroups {
  return clusterFeatures(docs.map(featuresOf), options);
}

/**
 * Visiting orders a batch is clustered in: the order given, then seeded shuffles of it; the partition that holds
 * together best (`partitionCohesion` at the merge bar) is kept. Measured over 10 input orders
 * (`eval stories --orders 10`): ECB+ dev mean BCubed F1 0.888 → 0.893, Multi-News dev unchanged at 0.877; three
 * orders gain as much as five (docs/benchmarks.md). Each order costs one more clustering of the batch.
 */
export const VISITING_ORDERS = 3;
/**
 * Above this many reports a batch is clustered in the order given only: the revision's cost grows faster than
 * the batch (`npm run bench:stories`, batch part, one order: 1,180 reports/s revised at 10k, 596 at 30k), and annotating
 * such a batch takes long enough that two more clusterings would add a fifth or more to `analyze`.
 */
export const MAX_REORDERED_BATCH = 10_000;

/**
 * `clusterStories` on the stream's view of each report. `revise: false` stops after the stream's single pass
 * in the order given (what the revision adds is measured against that, `npm run bench:stories`).
 */
export function clusterFeatures(
  features: readonly StoryFeatures[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  { revise = true, orders = VISITING_ORDERS }: { revise?: boolean; orders?: number } = {},
): StoryGroups {
  const given = features.map((_, i) => i);
  if (!revise) return clusterInOrder(features, given, options, null);
  // Term weights come from the whole batch, so every order compares the same vectors: weighed once.
  const weights = batchStream(features, options);
  const items = features.map((f) => ({ features: f, ...weights.weigh(f) }));
  if (orders <= 1 || features.length < 3 || features.length > MAX_REORDERED_BATCH)
    return clusterInOrder(features, given, options, items);
  const vectors = items.map((item) => item.vector);
  let best: { groups: StoryGroups; cohesion: number } | null = null;
  for (let k = 0; k < orders; k++) {
    // A seed apart from the small ones `eval stories --orders` shuffles its input with.
    const order = k === 0 ? given : shuffled(given, Math.imul(k, 2654435761) >>> 0);
    const groups = clusterInOrder(features, order, options, items);
    const cohesion = partitionCohesion(groups.members, vectors, options.mergeThreshold);
    // Ties keep the earlier order, so a batch the orders agree on is clustered as given.
    if (!best || cohesion > best.cohesion + 1e-9) best = { groups, cohesion };
  }
  return (best as { groups: StoryGroups }).groups;
}

/**
 * A stream for a batch, every report counted: a batch is not a stream in time, and a late report listed first
 * must not close the stories of the days before it, so stories close only by the number of reports (the time
 * gates still apply).
 */
function batchStream(features: readonly StoryFeatures[], options: ClusterOptions): StoryStream {
  const stream = new StoryStream({ ...options, quietDays: Number.POSITIVE_INFINITY });
  for (const f of features) stream.observe(f);
  return stream;
}

/**
 * The stream's pass over the reports in `order`, then the revision of `items` (the reports weighed, by input
 * index; null: no revision); stories as input indexes, in input order, ordered by their first report.
 */
function clusterInOrder(
  features: readonly StoryFeatures[],
  order: readonly number[],
  options: ClusterOptions,
  items: readonly RevisionItem[] | null,
): StoryGroups {
  // Stream and revision both see the reports in visiting order; positions map back to input indexes after.
  const visited = order.map((i) => features[i] as StoryFeatures);
  const placed = streamed(batchStream(visited, options), visited);
  const stories = items
    ? reviseStories(
        order.map((i) => items[i] as RevisionItem),
        placed.members,
        options,
      )
    : placed.members;
  const revised = inReportOrder(stories.map((story) => story.map((p) => order[p] as number)));
  const links = placed.links.map(({ starter, earlier }) => ({
    starter: order[starter] as number,
    earlier: order[earlier] as number,
  }));
  return { members: revised, phaseOf: phaseLinks(revised, links) };
}

/** A report that started a story the stream found to be a later phase, and a report of the story it continues. */
interface PhaseLink {
  readonly starter: number;
  readonly earlier: number;
}

/** The stream's stories (absorbed ones folded into their absorbers) and its phase links, by report. */
function streamed(stream: StoryStream, features: readonly StoryFeatures[]) {
  const reports = new Map<number, number[]>();
  const starters: { starter: number; phaseOf: number }[] = [];
  /** Absorbed story → the story that took its reports. */
  const into = new Map<number, number>();
  features.forEach((f, i) => {
    const placed = stream.add(f, true);
    if (placed.started) reports.set(placed.story, []);
    if (placed.started && placed.phaseOf !== null) starters.push({ starter: i, phaseOf: placed.phaseOf });
    (reports.get(placed.story) as number[]).push(i);
    for (const absorbed of placed.merged) {
      (reports.get(placed.story) as number[]).push(...(reports.get(absorbed) ?? []));
      reports.delete(absorbed);
      into.set(absorbed, placed.story);
    }
  });
  const final = (story: number): number => {
    let s = story;
    while (into.has(s)) s = into.get(s) as number;
    return s;
  };
  const links: PhaseLink[] = starters.map(({ starter, phaseOf }) => ({
    starter,
    // Its earliest report (not spread into Math.min: a story of a large batch can outgrow the call stack).
    earlier: (reports.get(final(phaseOf)) as number[]).reduce((a, b) => Math.min(a, b)),
  }));
  return { members: [...reports.values()], links };
}

/**
 * Each story's phase link, from the first of the stream's links whose starting report it holds. A link stands
 * only to another story begun before it: after revision the story linked to may hold the phase's own reports.
 */
function phaseLinks(members: readonly number[][], links: readonly PhaseLink[]): (number | null)[] {
  const storyOf: number[] = [];
  members.forEach((reports, story) => {
    for (const i of reports) storyOf[i] = story;
  });
  const phaseOf: (number | null)[] = members.map(() => null);
  for (const { starter, earlier } of links) {
    const [story, target] = [storyOf[starter] as number, storyOf[earlier] as number];
    // Stories are ordered by their first report, so a lower index began earlier.
    if (phaseOf[story] === null && target < story) phaseOf[story] = target;
  }
  return phaseOf;
}

/** The stream's view of an annotated report: its title and text, its day or bound, the yearless days it names. */
export function featuresOf(doc: AnnotatedReport): StoryFeatures {
  const text = doc.report.title ? `${doc.report.title}\n${doc.report.text}` : doc.report.text;
  return storyFeatures(text, {
    day: doc.published.date,
    after: doc.published.after,
    named: namedDays(doc),
  });
}

function namedDays(doc: AnnotatedReport): MonthDay[] {
  const out: MonthDay[] = [];
  for (const d of doc.dates) {
    if (d.value !== null || d.month === null) continue;
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(d.text);
    if (day) out.push({ month: d.month, day: Number(day[1]) });
  }
  return out;
}
