/** The library entry point: reads files and folders from disk and runs the pipeline over them. */
import { collectInputs } from "./ingest/input-collector.js";
import { DEFAULT_MAX_BYTES, readReports } from "./ingest/report-reader.js";
import { describeValue, ErrorCode, TriangulateError } from "./model/errors.js";
import type { TriangulateReport } from "./model/report-schema.js";
import { Pipeline, type PipelineOptions } from "./pipeline.js";

export interface AnalyzeOptions extends PipelineOptions {
  /** Largest single-report file read, in bytes (default 10 MiB); larger ones become problems. */
  readonly maxBytes?: number;
  /** Called after each input file, with the number of files done and in all. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Analyses `.txt`, `.md`, `.html`/`.htm` and `.jsonl` files, and folders of them (recursively).
 * Inputs that cannot be read become entries in `problems`; the rest are analysed.
 */
export async function analyze(
  paths: string | readonly string[],
  options: AnalyzeOptions = {},
): Promise<TriangulateReport> {
  const list = typeof paths === "string" ? [paths] : paths;
  if (!Array.isArray(list) || list.some((p) => typeof p !== "string")) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected a path or an array of paths, found ${describeValue(paths)}`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected maxBytes to be a positive integer, found ${describeValue(maxBytes)}`,
    );
  }
  const { files, problems } = await collectInputs(list);
  const pipeline = new Pipeline(options);
  for (const problem of problems) pipeline.addProblem(problem);
  let done = 0;
  for (const file of files) {
    for await (const result of readReports(file, { maxBytes })) {
      if ("report" in result) pipeline.add(result.report);
      else pipeline.addProblem(result.problem);
    }
    options.onProgress?.(++done, files.length, file);
  }
  return pipeline.finish();
}
