/** The library entry point: reads files, folders, URLs and feeds, and runs the pipeline over them. */
import { readInputs } from "./ingest/input-reader.js";
import { DEFAULT_MAX_BYTES } from "./ingest/report-reader.js";
import type { FetchOptions } from "./ingest/url-fetcher.js";
import { describeValue, ErrorCode, TriangulateError } from "./model/errors.js";
import type { TriangulateReport } from "./model/report-schema.js";
import { Pipeline, type PipelineOptions } from "./pipeline.js";

export interface AnalyzeOptions extends PipelineOptions {
  /** Largest single-report file read, in bytes (default 10 MiB); larger ones become problems. */
  readonly maxBytes?: number;
  /** RSS or Atom feeds whose items are fetched and analysed. */
  readonly feeds?: readonly string[];
  /** Fetch from loopback, private and link-local addresses too (default false: a feed cannot probe a local network). */
  readonly allowPrivateNetwork?: boolean;
  /** Limits for each web request: time, size, redirects, User-Agent. */
  readonly fetch?: Omit<FetchOptions, "allowPrivateNetwork">;
  /** Called after each input (a file, a URL, a feed), with the number done and in all. */
  readonly onProgress?: (done: number, total: number, input: string) => void;
}

/**
 * Analyses `.txt`, `.md`, `.html`/`.htm`, `.jsonl` and `.warc`/`.warc.gz` files, folders of them (recursively),
 * article URLs and feeds. Inputs that cannot be read become entries in `problems`; the rest are analysed.
 */
export async function analyze(
  paths: string | readonly string[],
  options: AnalyzeOptions = {},
): Promise<TriangulateReport> {
  const list = checkPaths(paths);
  const feeds = checkPaths(options.feeds ?? []);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected maxBytes to be a positive integer, found ${describeValue(maxBytes)}`,
    );
  }
  const pipeline = new Pipeline(options);
  const fetch: FetchOptions = { ...options.fetch, allowPrivateNetwork: options.allowPrivateNetwork === true };
  await readInputs(list, { maxBytes, feeds, fetch, onProgress: options.onProgress }, (result) =>
    "report" in result ? pipeline.add(result.report) : pipeline.addProblem(result.problem),
  );
  return pipeline.finish();
}

function checkPaths(paths: unknown): readonly string[] {
  const list = typeof paths === "string" ? [paths] : paths;
  if (!Array.isArray(list) || list.some((p) => typeof p !== "string")) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected a path or an array of paths, found ${describeValue(paths)}`,
    );
  }
  return list;
}
