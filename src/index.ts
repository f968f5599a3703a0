/** Triangulate's public API: `analyze` for files, `analyzeReports` for reports in memory, and each stage on its own. */
export { type AnalyzeOptions, analyze } from "./analyze.js";
export { buildPipeline, DEFAULT_ANNOTATORS } from "./annotate/annotation-pipeline.js";
export type { AnnotationDraft, AnnotationKey, Annotator, AnyAnnotator } from "./annotate/annotator.js";
export { cleanReport } from "./clean/report-cleaner.js";
export { collectInputs } from "./ingest/input-collector.js";
export { readReports } from "./ingest/report-reader.js";
export { buildStory } from "./link/story-builder.js";
export { clusterStories } from "./link/story-clusterer.js";
export type * from "./model/document.js";
export { ErrorCode, TriangulateError } from "./model/errors.js";
export * from "./model/report-schema.js";
export { analyzeReports, Pipeline, type PipelineOptions, type Stage, type StageRunner } from "./pipeline.js";
export { renderHtml } from "./report/html-renderer.js";
export { renderMarkdown } from "./report/markdown-renderer.js";
export { renderTerminalSummary } from "./report/terminal-summary.js";
export { summarizeStory } from "./summarize/story-summarizer.js";
