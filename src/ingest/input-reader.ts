/** Reads every input of a run (files, folders, URLs, feeds) and hands each report or problem on as it comes. */
import { readFeed } from "./feed-reader.js";
import { collectInputs } from "./input-collector.js";
import { type ReadResult, readReports } from "./report-reader.js";
import type { FetchOptions } from "./url-fetcher.js";
import { DEFAULT_WEB_CONCURRENCY, readUrls } from "./url-reader.js";

export interface InputOptions {
  readonly maxBytes: number;
  readonly feeds: readonly string[];
  readonly fetch: FetchOptions;
  readonly onProgress?: (done: number, total: number, input: string) => void;
}

const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

/** Files and folders first (in order), then URLs, then feeds; a problem never stops the rest. */
export async function readInputs(
  list: readonly string[],
  options: InputOptions,
  onResult: (result: ReadResult) => void,
): Promise<void> {
  const urls = list.filter((p) => URL_LIKE.test(p));
  const { files, problems } = await collectInputs(list.filter((p) => !URL_LIKE.test(p)));
  for (const problem of problems) onResult({ problem });
  const total = files.length + urls.length + options.feeds.length;
  let done = 0;
  for (const file of files) {
    for await (const result of readReports(file, { maxBytes: options.maxBytes })) onResult(result);
    options.onProgress?.(++done, total, file);
  }
  for (const result of await readUrls(urls, options.fetch, DEFAULT_WEB_CONCURRENCY)) onResult(result);
  done += urls.length;
  if (urls.length > 0) options.onProgress?.(done, total, urls[urls.length - 1] as string);
  for (const feed of options.feeds) {
    for (const result of await readFeed(feed, options.fetch)) onResult(result);
    options.onProgress?.(++done, total, feed);
  }
}
