/** `triangulate eval stories FILE`: BCubed of our story clustering against gold labels, beside a tuned TF-IDF baseline. */

import { type BCubedScore, bcubed } from "../bench/bcubed.js";
import { readInputs } from "../ingest/input-reader.js";
import { DEFAULT_MAX_BYTES, jsonlLineOf } from "../ingest/report-reader.js";
import { featuresOf } from "../link/story-clusterer.js";
import type { StoryFeatures } from "../link/story-features.js";
import type { AnnotatedReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { Pipeline } from "../pipeline.js";
import { readEvalRecords } from "./eval-lines.js";
import { type OrderSpread, scoreOrders } from "./story-orders.js";
import { singlePass, tfidfVectors } from "./tfidf-baseline.js";

export interface ClusteringScores extends BCubedScore {
  readonly clusters: number;
}

export interface StoryEvaluation {
  readonly reports: number;
  /** Gold stories. */
  readonly gold: number;
  readonly ours: ClusteringScores;
  /** The baseline at the threshold that scores best on this same data (so it is tuned on what it is scored on). */
  readonly baseline: ClusteringScores & { readonly threshold: number };
  readonly reportsPerSecond: number;
  /** Reports that became problems (no article text, say): each is scored as a story of its own. */
  readonly unanalysed: number;
  /** The best BCubed any clustering of the analysed reports could score, the unanalysed ones standing alone. */
  readonly ceiling: ClusteringScores;
  /** With `orders`: ours and the baseline over that many input orders, the file's first. */
  readonly orders?: OrderSpread;
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + 0.05 * i) * 100) / 100);

/**
 * Analyses the file as `analyze` would and scores its stories. With `orders` (1 or more), the same reports are also
 * clustered in that many orders (the file's and seeded shuffles), since one order's score moves with its luck.
 */
export async function evaluateStories(
  file: string,
  { orders = 0 }: { orders?: number } = {},
): Promise<StoryEvaluation> {
  const gold = await readGold(file);
  const started = performance.now();
  const { result, docs } = await analyzeKeepingDocs(file);
  const seconds = (performance.now() - started) / 1000;
  // Keyed by file line: a blank line in the file is not a record, so record i is not always line i + 1.
  const indexOfLine = new Map(gold.map((g, i) => [g.line - 1, i]));
  const indexOf = (input: string) => indexOfLine.get((jsonlLineOf(input) ?? 0) - 1);
  const predicted = new Map<number, string>();
  const lineOf = new Map(result.reports.map((r) => [r.id, r.input]));
  for (const story of result.stories) {
    for (const id of story.reports) {
      const index = indexOf(lineOf.get(id) ?? "");
      if (index !== undefined) predicted.set(index, story.id);
    }
  }
  const ours = score(gold.map((g, i) => [predicted.get(i) ?? `unclustered#${i}`, g.story]));
  const ceiling = score(gold.map((g, i) => [predicted.has(i) ? g.story : `unclustered#${i}`, g.story]));
  const vectors = tfidfVectors(gold.map((g) => g.text));
  const tried = THRESHOLDS.map((threshold) => {
    const assigned = singlePass(vectors, threshold);
    return { threshold, ...score(gold.map((g, i) => [String(assigned[i]), g.story])) };
  });
  const baseline = tried.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const features = new Map<number, StoryFeatures>();
  for (const doc of docs) {
    const index = indexOf(doc.report.input);
    if (index !== undefined) features.set(index, featuresOf(doc));
  }
  const spread =
    orders >= 1
      ? scoreOrders(
          { gold: gold.map((g) => g.story), features, vectors, threshold: baseline.threshold },
          orders,
        )
      : undefined;
  return {
    reports: gold.length,
    gold: new Set(gold.map((g) => g.story)).size,
    ours,
    baseline,
    reportsPerSecond: seconds === 0 ? 0 : gold.length / seconds,
    unanalysed: gold.filter((_, i) => !predicted.has(i)).length,
    ceiling,
    ...(spread ? { orders: spread } : {}),
  };
}

/** `analyze([file])`, keeping each report's annotations as they were before linking (what the stream reads). */
async function analyzeKeepingDocs(
  file: string,
): Promise<{ result: TriangulateReport; docs: AnnotatedReport[] }> {
  const pipeline = new Pipeline();
  const docs: AnnotatedReport[] = [];
  const inputs = { maxBytes: DEFAULT_MAX_BYTES, feeds: [], fetch: { allowPrivateNetwork: false } };
  await readInputs([file], inputs, (read) => {
    if ("problem" in read) pipeline.addProblem(read.problem);
    else {
      const doc = pipeline.add(read.report);
      if (doc) docs.push(doc);
    }
  });
  return { result: pipeline.finish(), docs };
}

function score(pairs: readonly (readonly [string, string])[]): ClusteringScores {
  const b = bcubed(pairs.map(([predicted, gold]) => ({ predicted, gold })));
  return { ...b, clusters: new Set(pairs.map(([p]) => p)).size };
}

/** The gold `story` of each line, in file order; a line without one is an error naming it (nothing to score). */
async function readGold(file: string): Promise<{ text: string; story: string; line: number }[]> {
  return (await readEvalRecords(file, "reports")).map(({ record, number }) => {
    if (
      typeof record.text !== "string" ||
      (typeof record.story !== "string" && typeof record.story !== "number")
    ) {
      throw new TriangulateError(
        ErrorCode.Usage,
        `expected "text" and "story" on line ${number} of ${file}, found ${Object.keys(record).join(", ")}`,
        file,
      );
    }
    return { text: record.text, story: String(record.story), line: number };
  });
}
