/** Reads an RSS or Atom feed from the web and each article it links to, one problem per item that fails. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { parseFeed } from "./feed-parser.js";
import { decodeWebText } from "./html-charset.js";
import { mapInOrder } from "./ordered-pool.js";
import { type ReadResult, toProblem } from "./report-reader.js";
import { type FetchOptions, fetchUrl } from "./url-fetcher.js";
import { DEFAULT_WEB_CONCURRENCY, readUrl } from "./url-reader.js";

/** A feed is fetched from its URL, or read from a saved file; the items' links are fetched either way. */
async function feedItems(
  feed: string,
  options: FetchOptions,
): Promise<ReturnType<typeof parseFeed>["items"]> {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(feed)) {
    const page = await fetchUrl(feed, options);
    return parseFeed(page.body, page.url).items;
  }
  const bytes = await readFile(feed).catch(() => {
    throw new TriangulateError(
      ErrorCode.InputNotFound,
      "expected a feed URL or a readable feed file, found neither",
      feed,
    );
  });
  return parseFeed(decodeWebText(bytes), pathToFileURL(resolve(feed)).href).items;
}

export async function readFeed(
  feedUrl: string,
  options: FetchOptions,
  concurrency = DEFAULT_WEB_CONCURRENCY,
): Promise<ReadResult[]> {
  let items: ReturnType<typeof parseFeed>["items"];
  try {
    items = await feedItems(feedUrl, options);
  } catch (error) {
    return [{ problem: toProblem(error, feedUrl) }];
  }
  return mapInOrder(items, concurrency, async (item, index): Promise<ReadResult> => {
    const input = `${feedUrl}#item-${index + 1}`;
    if (!item.url) {
      const error = new TriangulateError(
        ErrorCode.UnsupportedUrl,
        "expected an http(s) link in the feed item, found none",
        input,
      );
      return { problem: toProblem(error, input) };
    }
    try {
      return {
        report: await readUrl(item.url, options, {
          title: item.title,
          published: item.published,
          input: item.url,
        }),
      };
    } catch (error) {
      return { problem: toProblem(error, item.url) };
    }
  });
}
