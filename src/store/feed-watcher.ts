/** Polls a feed for a store: a conditional request (ETag, Last-Modified), then only the items not stored yet. */
import { parseFeed } from "../ingest/feed-parser.js";
import { toProblem } from "../ingest/report-reader.js";
import { type FetchOptions, fetchUrl } from "../ingest/url-fetcher.js";
import { readUrl } from "../ingest/url-reader.js";
import type { Problem } from "../model/report-schema.js";
import { ReportBatch } from "./report-batch.js";
import { analyzeIfBehind } from "./report-library.js";
import type { Store } from "./store.js";

export interface PollResult {
  readonly feed: string;
  /** True when the server answered 304: nothing was read. */
  readonly notModified: boolean;
  readonly added: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * One poll of one feed. Items are stored in small transactions as they are read, and the feed's validators are
 * saved only after all of them are stored and analysed, so a run killed at any point polls the feed again and
 * skips the items it finds stored by URL: nothing committed is lost or stored twice, and no work is redone twice.
 */
export async function pollFeed(store: Store, feed: string, options: FetchOptions): Promise<PollResult> {
  const state = store.feedState(feed);
  const headers: Record<string, string> = {};
  if (state.etag) headers["if-none-match"] = state.etag;
  if (state.lastModified) headers["if-modified-since"] = state.lastModified;
  let page: Awaited<ReturnType<typeof fetchUrl>>;
  let items: ReturnType<typeof parseFeed>["items"];
  try {
    page = await fetchUrl(feed, { ...options, headers });
    if (page.status === 304) return { feed, notModified: true, added: [], problems: [] };
    items = parseFeed(page.body, page.url).items;
  } catch (error) {
    return { feed, notModified: false, added: [], problems: [toProblem(error, feed)] };
  }
  const batch = new ReportBatch(store);
  for (const item of items) {
    if (!item.url || store.hasUrl(item.url)) continue;
    try {
      const meta = { title: item.title, published: item.published, input: item.url };
      batch.add(await readUrl(item.url, options, meta));
    } catch (error) {
      batch.problems.push(toProblem(error, item.url));
    }
  }
  batch.flush();
  analyzeIfBehind(store, batch.added.length > 0, {});
  store.saveFeedState(feed, {
    etag: page.headers.etag ?? null,
    lastModified: page.headers["last-modified"] ?? null,
  });
  return { feed, notModified: false, added: batch.added, problems: batch.problems };
}
