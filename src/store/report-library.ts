/** Ingest into and export from a store: new reports are kept once, and the stored reports are analysed again. */
import { readInputs } from "../ingest/input-reader.js";
import { DEFAULT_MAX_BYTES } from "../ingest/report-reader.js";
import type { FetchOptions } from "../ingest/url-fetcher.js";
import type { RawReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { Problem, TriangulateReport } from "../model/report-schema.js";
import { analyzeReports, type PipelineOptions } from "../pipeline.js";
import { renderHtml } from "../report/html-renderer.js";
import { renderMarkdown } from "../report/markdown-renderer.js";
import type { Store } from "./store.js";

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
  const raws: RawReport[] = [];
  const problems: Problem[] = [];
  const inputs = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    feeds: options.feeds ?? [],
    fetch: options.fetch ?? { allowPrivateNetwork: false },
  };
  await readInputs(paths, inputs, (result) =>
    "report" in result ? raws.push(result.report) : problems.push(result.problem),
  );
  const { added, duplicates } = store.addReports(raws);
  if (added.length > 0 || store.analysis() === null)
    store.saveAnalysis(analyzeReports(store.reports(), options));
  return { added, duplicates, problems, analysis: store.analysis() };
}

export type ExportFormat = "json" | "md" | "html";

/** One story of the latest analysis, with only its reports, as JSON, Markdown or HTML. */
export function exportStory(store: Store, storyId: string, format: ExportFormat): string {
  const analysis = store.analysis();
  const story = analysis?.stories.find((s) => s.id === storyId);
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
