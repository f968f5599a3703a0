/** Groups reports into stories in one pass: each report joins the most similar open story or starts one. */
import type { AnnotatedReport } from "../model/document.js";
import { cosine, type TermVector, termCounts, topTerms, weigh } from "./term-vector.js";

export interface ClusterOptions {
  /** Cosine similarity to a story's centroid needed to join it (0.2: best BCubed F1 on Multi-News dev). */
  readonly threshold: number;
  /** A report more than this many days from a story's dated reports cannot join it. */
  readonly maxDaysApart: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.2, maxDaysApart: 10 };

/** Terms of a report used to look up candidate stories; bounds the work per report. */
const LOOKUP_TERMS = 24;
/** Stories remembered per lookup term; older ones drop out, which bounds the work on common terms. */
const POSTINGS_CAP = 64;
/** Terms kept in a story centroid; bounds memory per story. */
const CENTROID_TERMS = 400;

interface OpenStory {
  readonly index: number;
  readonly members: number[];
  centroid: Map<string, number>;
  firstDay: number | null;
  lastDay: number | null;
  /** Months (1-12) of the story's dated reports. */
  readonly months: Set<number>;
}

/**
 * Returns stories as lists of indexes into `docs`, in the order they were started. Reports are visited
 * oldest first (undated last, in the order given); the result is deterministic for a given input. Work per report is bounded by
 * LOOKUP_TERMS x POSTINGS_CAP candidate stories, so the whole pass is linear in the number of reports.
 */
export function clusterStories(
  docs: readonly AnnotatedReport[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): number[][] {
  const counts = docs.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const idf = (term: string) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  const stories: OpenStory[] = [];
  const postings = new Map<string, number[]>();
  for (const i of visitOrder(docs)) {
    const doc = docs[i] as AnnotatedReport;
    const vector = weigh(counts[i] as Map<string, number>, idf);
    const dated = doc.published.date ?? doc.published.after;
    const when: When = {
      day: dayNumber(doc.published.date),
      after: dayNumber(doc.published.after),
      months: dated ? new Set<number>() : mentionedMonths(doc),
    };
    // A term no other report has cannot lead to a story, so lookup keys are the heaviest shared terms.
    const keys = topTerms(vector, LOOKUP_TERMS, (term) => (df.get(term) ?? 0) > 1);
    const best = bestStory(vector, when, keys, postings, stories, options);
    const story = best ?? {
      index: stories.length,
      members: [],
      centroid: new Map(),
      firstDay: null,
      lastDay: null,
      months: new Set<number>(),
    };
    if (!best) stories.push(story);
    join(story, i, vector, when.day);
    if (doc.published.date) story.months.add(Number(doc.published.date.slice(5, 7)));
    for (const term of keys) {
      const list = postings.get(term) ?? [];
      if (list[list.length - 1] !== story.index) list.push(story.index);
      if (list.length > POSTINGS_CAP) list.shift();
      postings.set(term, list);
    }
  }
  return stories.map((s) => s.members);
}

/** Dated reports first, oldest first, so undated ones meet stories that already know their time. */
function visitOrder(docs: readonly AnnotatedReport[]): number[] {
  const day = (d: AnnotatedReport) => d.published.date ?? d.published.after ?? "9999-99-99";
  return docs
    .map((_, i) => i)
    .sort((a, b) => {
      const x = day(docs[a] as AnnotatedReport);
      const y = day(docs[b] as AnnotatedReport);
      return x < y ? -1 : x > y ? 1 : a - b;
    });
}

interface When {
  readonly day: number | null;
  /** A lower bound on the report's day, when only that is known. */
  readonly after: number | null;
  /** For an undated report, the months its own date expressions name. */
  readonly months: ReadonlySet<number>;
}

function bestStory(
  vector: TermVector,
  when: When,
  keys: readonly string[],
  postings: ReadonlyMap<string, number[]>,
  stories: readonly OpenStory[],
  options: ClusterOptions,
): OpenStory | null {
  const candidates = new Set<number>();
  for (const term of keys) for (const s of postings.get(term) ?? []) candidates.add(s);
  let best: OpenStory | null = null;
  let bestScore = options.threshold;
  for (const index of [...candidates].sort((a, b) => a - b)) {
    const story = stories[index] as OpenStory;
    if (!compatibleInTime(when, story, options.maxDaysApart)) continue;
    const score = cosine(vector, story.centroid);
    if (score >= bestScore) {
      best = story;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A dated report must fall near the story's dated reports. An undated report that names months must name
 * one within a month of the story's: a report about "November 15" is not part of a September story.
 */
function compatibleInTime(when: When, story: OpenStory, maxDaysApart: number): boolean {
  if (story.firstDay !== null && story.lastDay !== null) {
    if (when.day !== null)
      return when.day >= story.firstDay - maxDaysApart && when.day <= story.lastDay + maxDaysApart;
    if (when.after !== null) return when.after <= story.lastDay + maxDaysApart;
  }
  if (when.months.size === 0 || story.months.size === 0) return true;
  for (const m of when.months)
    for (const s of story.months) if (Math.min((m - s + 12) % 12, (s - m + 12) % 12) <= 1) return true;
  return false;
}

function mentionedMonths(doc: AnnotatedReport): Set<number> {
  return new Set(doc.dates.map((d) => d.month).filter((m): m is number => m !== null));
}

function join(story: OpenStory, member: number, vector: TermVector, day: number | null): void {
  story.members.push(member);
  const k = story.members.length;
  const merged = new Map<string, number>();
  for (const [term, w] of story.centroid) merged.set(term, (w * (k - 1)) / k);
  for (const [term, w] of vector) merged.set(term, (merged.get(term) ?? 0) + w / k);
  const kept = topTerms(merged, CENTROID_TERMS);
  let norm = 0;
  for (const term of kept) norm += (merged.get(term) as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  story.centroid = new Map(kept.map((term) => [term, (merged.get(term) as number) / norm]));
  if (day !== null) {
    story.firstDay = story.firstDay === null ? day : Math.min(story.firstDay, day);
    story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
  }
}

function dayNumber(day: string | null): number | null {
  if (!day) return null;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
