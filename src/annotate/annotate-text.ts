/** Convenience for tests and scripts: clean and annotate one text given in memory. */
import { cleanReport } from "../clean/report-cleaner.js";
import type { AnnotatedReport, RawReport } from "../model/document.js";
import { buildPipeline } from "./annotation-pipeline.js";

const pipeline = buildPipeline();

export interface TextReportOptions {
  readonly id?: string;
  /** Publication day, YYYY-MM-DD: the reference for relative dates. */
  readonly published?: string | null;
  readonly title?: string | null;
  readonly outlet?: string | null;
}

export function annotateText(text: string, options: TextReportOptions = {}): AnnotatedReport {
  const raw: RawReport = {
    id: options.id ?? "r1",
    input: options.id ?? "r1",
    format: "text",
    text,
    title: options.title ?? null,
    outlet: options.outlet ?? null,
    url: null,
    published: options.published ?? null,
    publishedBasis: options.published ? "given" : null,
    captions: [],
  };
  return pipeline.annotate(cleanReport(raw));
}

/**
 * Annotates a text exactly as given, without the clean stage, so that offsets point into it unchanged: for
 * evaluation data whose gold offsets are into the raw text.
 */
export function annotateUncleaned(text: string, options: TextReportOptions = {}): AnnotatedReport {
  const id = options.id ?? "r1";
  return pipeline.annotate({
    id,
    input: id,
    url: null,
    text,
    title: options.title ?? null,
    outlet: options.outlet ?? null,
    outletBasis: "given",
    credits: [],
    captions: [],
    removed: [],
    metadata: [],
    declaredDate: options.published ?? null,
    declaredDateBasis: options.published ? "given" : null,
  });
}
