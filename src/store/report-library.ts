/** Ingest into and export from a store: new reports are kept once, and the stored reports are analysed again. */

import { readInputs } from "../ingest/input-reader.js";
import { DEFAULT_MAX_BYTES } from "../ingest/report-reader.js";
import type { FetchOptions } from "../ingest/url-fetcher.js";
import type { AnnotatedReport, RawReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { Problem, Story, TriangulateReport } from "../model/report-schema.js";
import { analyzeReports, Pipeline, type PipelineOptions } from "../pipeline.js";
import { renderHtml } from "../report/html-renderer.js";
import { renderMarkdown } from "../report/markdown-renderer.js";
import { ANNOTATION_VERSION } from "./code-version.js";
import { ReportBatch, storeCleanable } from "./report-batch.js";
import type { Store } from "./store.js";
import { keepStoryIds } from "./story-id-keeper.js";
import { successorsOf } from "./story-successors.js";

export interface IngestOptions extends PipelineOptions {
  readonly maxBytes?: number;
  readonly feeds?: readonly string[];
  readonly fetch?: FetchOptions;
}

export interface IngestResult {
  readonly added: readonly string[];
  readonly duplicates: readonly string[];
  /** Inputs that could not be read (nothing of them was stored). */
  readonly problems: readonly Problem[];
  /** The analysis of every stored report after this ingest. */
  readonly analysis: TriangulateReport | null;
}

/**
 * Reads the inputs, stores the reports not seen before (one transaction), and, when any was new, analyses
 * every stored report in the order first stored: the stories are those a batch run over the same reports gives.
 */
export async function ingest(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const batch = new ReportBatch(store);
  const inputs = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    feeds: options.feeds ?? [],
    fetch: options.fetch ?? { allowPrivateNetwork: false },
  };
  await readInputs(paths, inputs, (result) => {
    if ("problem" in result) batch.problems.push(result.problem);
    else batch.add(result.report);
  });
  batch.flush();
  const { added, duplicates, problems } = batch;
  return { added, duplicates, problems, analysis: analyzeIfBehind(store, added.length > 0, options) };
}

/** Analyses every stored report again when some were added or the stored analysis is behind (a killed run, an upgrade). */
export function analyzeIfBehind(
  store: Store,
  added: boolean,
  options: PipelineOptions,
): TriangulateReport | null {
  if (added || !store.analysisIsCurrent()) {
    const reports = store.reports();
    const fresh = analyzeStored(store, reports, options);
    const before = store.analysis();
    const kept = keepStoryIds(before, fresh, store.nextStoryNumber());
    store.saveAnalysis(kept, reports.length, successorsOf(before, kept));
  }
  return store.analysis();
}

/**
 * Analyses the stored reports as one batch, reusing each report's stored annotations when the same code and
 * models made them (only new reports are annotated) and storing the annotations it makes.
 */
function analyzeStored(
  store: Store,
  reports: readonly RawReport[],
  options: PipelineOptions,
): TriangulateReport {
  // Annotators passed in (tests, experiments) are not what the stored annotations were made with.
  if (options.annotators) return analyzeReports(reports, options);
  const version = ANNOTATION_VERSION;
  const stored = store.annotations(version);
  const pipeline = new Pipeline(options);
  const made: AnnotatedReport[] = [];
  for (const raw of reports) {
    const doc = stored.get(raw.id);
    if (doc) pipeline.addAnnotated(doc);
    else {
      const fresh = pipeline.add(raw);
      if (fresh) made.push(fresh);
    }
  }
  store.saveAnnotations(version, made);
  // Stories of the last analysis are reused only when they were made the way this one is made.
  const same = options.cluster === undefined && options.summary === undefined;
  return pipeline.finish(same ? store.analysisOfThisRelease() : null);
}

/** Stores the reports not seen before and, when any was new (or the analysis is behind), analyses them all again. */
export function addReports(
  store: Store,
  raws: readonly RawReport[],
  options: PipelineOptions = {},
): {
  added: readonly string[];
  duplicates: readonly string[];
  problems: readonly Problem[];
  analysis: TriangulateReport | null;
} {
  const { added, duplicates, problems } = storeCleanable(store, raws);
  // Reports and their analysis are written in two steps; a run killed between them is mended by the next.
  return { added, duplicates, problems, analysis: analyzeIfBehind(store, added.length > 0, options) };
}

export type ExportFormat = "json" | "md" | "html";

/**
 * The story `id` names in the latest analysis. An id the library no longer shows (its story merged into
 * another) names the story its reports went into, whose own id the result carries; null for an unknown id.
 */
export function findStory(store: Store, id: string): { analysis: TriangulateReport; story: Story } | null {
  const analysis = store.analysis();
  if (!analysis) return null;
  const to = analysis.stories.some((s) => s.id === id) ? id : store.storyMovedTo(id);
  const story = analysis.stories.find((s) => s.id === to);
  return story ? { analysis, story } : null;
}

/** One story of the latest analysis, with only its reports, as JSON, Markdown or HTML. */
export function exportStory(store: Store, storyId: string, format: ExportFormat): string {
  const found = findStory(store, storyId);
  const { analysis, story } = found ?? { analysis: store.analysis(), story: null };
  if (!analysis || !story) {
    const known = analysis?.stories.map((s) => s.id).join(", ") || "none";
    throw new TriangulateError(ErrorCode.Usage, `expected a story id (${known}), found ${storyId}`);
  }
  const reports = new Set(story.reports);
  const one: TriangulateReport = {
    ...analysis,
    reports: analysis.reports.filter((r) => reports.has(r.id)),
    stories: [story],
    problems: [],
  };
  if (format === "json") return `${JSON.stringify(one, null, 2)}\n`;
  return format === "md" ? renderMarkdown(one) : renderHtml(one);
}
