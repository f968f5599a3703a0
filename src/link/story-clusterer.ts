/** Batch story clustering: the reports of one run fed, in the order given, through the same story stream. */
import type { AnnotatedReport } from "../model/document.js";
import { type MonthDay, type StoryFeatures, storyFeatures } from "./story-features.js";
import { DEFAULT_STREAM_OPTIONS, StoryStream, type StreamOptions } from "./story-stream.js";

export type ClusterOptions = StreamOptions;
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = DEFAULT_STREAM_OPTIONS;

export interface StoryGroups {
  /** Each story's reports as indexes into the input, in the order the stories were started. */
  readonly members: number[][];
  /** For each story, the story it is a later phase of (an index into `members`), or null. */
  readonly phaseOf: (number | null)[];
}

/**
 * Reports are visited in the order given, as a stream would see them. A batch knows all its reports before
 * it starts, so term weights come from the whole batch; otherwise this is exactly what a stream does.
 * (Visiting dated reports first was tried: 0.04 BCubed F1 lower on ECB+ dev, docs/benchmarks.md.)
 */
export function clusterStories(
  docs: readonly AnnotatedReport[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryGroups {
  const features = docs.map(featuresOf);
  // A batch is not a stream in time: a late report listed first must not close the stories of the days
  // before it, so stories close only by the number of reports (the time gates still apply).
  const stream = new StoryStream({ ...options, quietDays: Number.POSITIVE_INFINITY });
  for (const f of features) stream.observe(f);
  const members: (number[] | null)[] = [];
  const phaseOf: (number | null)[] = [];
  /** Absorbed story → the story that took its reports. */
  const into: number[] = [];
  features.forEach((f, i) => {
    const placed = stream.add(f, true);
    if (placed.started) {
      members[placed.story] = [];
      phaseOf[placed.story] = placed.phaseOf;
    }
    const story = members[placed.story] as number[];
    story.push(i);
    for (const absorbed of placed.merged) {
      story.push(...(members[absorbed] ?? []));
      members[absorbed] = null;
      into[absorbed] = placed.story;
    }
    if (placed.merged.length > 0) story.sort((a, b) => a - b);
  });
  return compact(members, phaseOf, into);
}

/** Drops absorbed stories and renumbers the rest; a phase link to an absorbed story goes to its absorber. */
function compact(members: (number[] | null)[], phaseOf: (number | null)[], into: number[]): StoryGroups {
  const final = (story: number): number => {
    let s = story;
    while (into[s] !== undefined) s = into[s] as number;
    return s;
  };
  const index = new Map<number, number>();
  members.forEach((m, story) => {
    if (m) index.set(story, index.size);
  });
  const kept = [...index.keys()];
  return {
    members: kept.map((story) => members[story] as number[]),
    phaseOf: kept.map((story) => {
      const earlier = phaseOf[story];
      if (earlier === null || earlier === undefined) return null;
      const target = final(earlier);
      // A phase continues a story begun before it; after merges the story linked to may have taken in later
      // reports (even this story's own continuation), so the link stands only if that story still began first.
      const first = (s: number) => (members[s] as number[])[0] as number;
      return target !== story && first(target) < first(story) ? (index.get(target) ?? null) : null;
    }),
  };
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
