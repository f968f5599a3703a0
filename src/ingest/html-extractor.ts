/** Extracts the article text, title, outlet, date and captions from one HTML page (Readability over linkedom). */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { noticePhrase, placeholderReason } from "../clean/placeholder-page.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { type FilteredArticle, filterBlocks } from "./extraction-filter.js";
import { type DomNode, type TextBlock, textBlocks } from "./html-blocks.js";
import { htmlMetadata, type PageMetadata } from "./html-metadata.js";
import { scanPage } from "./page-scan.js";

export interface ExtractedArticle extends PageMetadata {
  /** Paragraphs joined by blank lines. */
  readonly text: string;
  readonly captions: readonly string[];
  /** Blocks Readability kept that are not the article (share lines, related links, datelines), with why. */
  readonly dropped: readonly { readonly text: string; readonly reason: string }[];
  /** "readability", or "fallback" when Readability found no article and all substantial paragraphs were kept. */
  readonly extractor: "readability" | "fallback";
}

/**
 * Page furniture that is never the article, removed before Readability runs: this both speeds it up and
 * keeps navigation and side panels out of its candidates (measured: see docs/benchmarks.md).
 */
const NEVER_ARTICLE: ReadonlySet<string> = new Set(
  "SCRIPT STYLE NOSCRIPT SVG svg IFRAME TEMPLATE NAV FOOTER ASIDE SELECT BUTTON INPUT TEXTAREA LINK META".split(
    " ",
  ),
);
/** Fewer words than this is not an article. */
const MIN_WORDS = 25;
/** In the fall-back, a paragraph shorter than this is more likely a menu item or a label than article text. */
const FALLBACK_MIN_WORDS = 12;

/** Throws `no_article` when the page holds no article body. */
export function extractArticle(html: string, input: string, pageUrl: string | null = null): ExtractedArticle {
  const { document } = parseHTML(html);
  // Metadata lives in the parts removed here, and Readability mutates the DOM: one walk reads it first.
  const metadata = htmlMetadata(scanPage(document as unknown as DomNode, NEVER_ARTICLE), pageUrl);
  // Readability's default charThreshold (500) is kept: lower, it settles for short boxes on some pages.
  const article = new Readability<DomNode>(document as never, {
    // We read JSON-LD and need no class names: skipping both saves Readability work.
    disableJSONLD: true,
    keepClasses: true,
    // Keep the content as a DOM node: no serialising and re-parsing.
    serializer: (el) => el as unknown as DomNode,
  }).parse();
  const blocks = article?.content ? textBlocks(article.content) : fallbackBlocks(html);
  const filtered = filterBlocks(blocks);
  const text = filtered.paragraphs.join("\n\n");
  if (text.split(/\s+/).length < MIN_WORDS) {
    const found = foundInstead(text, filtered.dropped);
    throw new TriangulateError(
      ErrorCode.NoArticle,
      `expected an article in the HTML page, found ${found}`,
      input,
    );
  }
  return {
    ...metadata,
    title: metadata.title ?? article?.title ?? null,
    outlet: metadata.outlet ?? article?.siteName ?? null,
    text,
    captions: filtered.captions,
    dropped: filtered.dropped,
    extractor: article?.content ? "readability" : "fallback",
  };
}

/** What a page without an article showed: the notice it showed in its place, or the little text it had. */
function foundInstead(text: string, dropped: FilteredArticle["dropped"]): string {
  const notice = placeholderReason(dropped);
  if (notice) return `${noticePhrase(notice)} in place of it`;
  return text ? `only ${JSON.stringify(text.slice(0, 60))}` : "none";
}

/** When Readability gives up: every substantial paragraph of the page body, in order. */
function fallbackBlocks(html: string): TextBlock[] {
  const { document } = parseHTML(html);
  scanPage(document as unknown as DomNode, NEVER_ARTICLE);
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (!body) return [];
  return textBlocks(body).filter(
    (b) => b.kind === "caption" || b.text.split(/\s+/).length >= FALLBACK_MIN_WORDS,
  );
}
