/** The library entry point: reads files, folders, URLs and feeds, and runs the pipeline over them. */
import { readFeed } from "./ingest/feed-reader.js";
import { collectInputs } from "./ingest/input-collector.js";
import { DEFAULT_MAX_BYTES, type ReadResult, readReports } from "./ingest/report-reader.js";
import type { FetchOptions } from "./ingest/url-fetcher.js";
import { DEFAULT_WEB_CONCURRENCY, readUrls } from "./ingest/url-reader.js";
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

const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

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
  const urls = list.filter((p) => URL_LIKE.test(p));
  const { files, problems } = await collectInputs(list.filter((p) => !URL_LIKE.test(p)));
  const pipeline = new Pipeline(options);
  for (const problem of problems) pipeline.addProblem(problem);
  const add = (result: ReadResult) =>
    "report" in result ? pipeline.add(result.report) : pipeline.addProblem(result.problem);
  const total = files.length + urls.length + feeds.length;
  let done = 0;
  for (const file of files) {
    for await (const result of readReports(file, { maxBytes })) add(result);
    options.onProgress?.(++done, total, file);
  }
  const fetch: FetchOptions = { ...options.fetch, allowPrivateNetwork: options.allowPrivateNetwork === true };
  for (const result of await readUrls(urls, fetch, DEFAULT_WEB_CONCURRENCY)) add(result);
  done += urls.length;
  if (urls.length > 0) options.onProgress?.(done, total, urls[urls.length - 1] as string);
  for (const feed of feeds) {
    for (const result of await readFeed(feed, fetch)) add(result);
    options.onProgress?.(++done, total, feed);
  }
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
