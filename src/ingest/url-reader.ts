/** Fetches one article URL and extracts it into a raw report. */
import type { RawReport } from "../model/document.js";
import { articleReport } from "./article-report.js";
import { extractArticle } from "./html-extractor.js";
import { mapInOrder } from "./ordered-pool.js";
import { type ReadResult, toProblem } from "./report-reader.js";
import { expectContentType, type FetchOptions, fetchUrl } from "./url-fetcher.js";
import { urlId } from "./url-id.js";

/** Pages fetched at once across hosts; the fetcher's host limiter still caps each host. */
export const DEFAULT_WEB_CONCURRENCY = 6;

const HTML_TYPES = ["text/html", "application/xhtml+xml"] as const;

/** What a feed item says of its page: used only where the page's own metadata says nothing. */
export interface PageFallback {
  readonly title?: string | null;
  readonly published?: string | null;
  readonly publishedBasis?: string;
  /** How the report is named in problems and in its `input` field (default: the URL). */
  readonly input?: string;
}

export async function readUrl(
  url: string,
  options: FetchOptions,
  fallback: PageFallback = {},
): Promise<RawReport> {
  const page = await fetchUrl(url, options);
  // A server that names no type gets the benefit of the doubt; one that names another type does not.
  if (page.contentType !== null) expectContentType(page, HTML_TYPES);
  const article = extractArticle(page.body, fallback.input ?? url, page.url);
  const useFeedDate = !article.published && Boolean(fallback.published);
  return articleReport(article, {
    id: urlId(page.url),
    input: fallback.input ?? url,
    format: "html",
    url: article.url ?? page.url,
    title: article.title ?? fallback.title ?? null,
    outlet: article.outlet ?? hostName(page.url),
    published: useFeedDate ? fallback.published : null,
    publishedBasis: useFeedDate ? (fallback.publishedBasis ?? "feed item date") : null,
  });
}

export function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** Article pages named directly, fetched a few at a time, returned in the order given. */
export async function readUrls(
  urls: readonly string[],
  options: FetchOptions,
  concurrency = DEFAULT_WEB_CONCURRENCY,
): Promise<ReadResult[]> {
  return mapInOrder(urls, concurrency, async (url): Promise<ReadResult> => {
    try {
      return { report: await readUrl(url, options) };
    } catch (error) {
      return { problem: toProblem(error, url) };
    }
  });
}
