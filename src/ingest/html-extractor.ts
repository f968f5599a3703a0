/** Extracts the article text, title, outlet, date and captions from one HTML page (Readability over linkedom). */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { htmlMetadata, type PageMetadata } from "./html-metadata.js";

export interface ExtractedArticle extends PageMetadata {
  /** Paragraphs joined by blank lines. */
  readonly text: string;
  readonly captions: readonly string[];
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";

/** Throws `no_article` when the page holds no article body. */
export function extractArticle(html: string, input: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const metadata = htmlMetadata(document);
  // Readability mutates the DOM it is given, so metadata is read first.
  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  if (!article?.content) {
    throw new TriangulateError(
      ErrorCode.NoArticle,
      "expected an article in the HTML page, found none",
      input,
    );
  }
  const { paragraphs, captions } = blockTexts(article.content);
  const text = paragraphs.join("\n\n");
  if (text.split(/\s+/).length < 25) {
    throw new TriangulateError(
      ErrorCode.NoArticle,
      `expected an article in the HTML page, found only ${JSON.stringify(text.slice(0, 60))}`,
      input,
    );
  }
  return {
    ...metadata,
    title: metadata.title ?? article.title ?? null,
    outlet: metadata.outlet ?? article.siteName ?? null,
    text,
    captions,
  };
}

function blockTexts(content: string): { paragraphs: string[]; captions: string[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const paragraphs: string[] = [];
  const captions: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // A block nested in another block is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    if (el.tagName.toLowerCase() === "figcaption") captions.push(text);
    else paragraphs.push(text);
  }
  return { paragraphs, captions };
}
