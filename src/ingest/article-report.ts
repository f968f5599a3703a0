/** Builds a raw report from an extracted web article; what the input itself declares wins over the page's metadata. */
import type { RawReport } from "../model/document.js";
import type { ExtractedArticle } from "./html-extractor.js";

export interface Declared {
  readonly id: string;
  readonly input: string;
  readonly format: RawReport["format"];
  readonly url?: string | null;
  readonly title?: string | null;
  readonly outlet?: string | null;
  /** YYYY-MM-DD, with its basis, from the input (a .jsonl field, a feed item). */
  readonly published?: string | null;
  readonly publishedBasis?: string | null;
}

export function articleReport(article: ExtractedArticle, declared: Declared): RawReport {
  const published = declared.published ?? article.published;
  return {
    id: declared.id,
    input: declared.input,
    format: declared.format,
    text: article.text,
    title: declared.title ?? article.title,
    outlet: declared.outlet ?? article.outlet,
    url: declared.url ?? article.url,
    published,
    publishedBasis: declared.published ? (declared.publishedBasis ?? "declared") : article.publishedBasis,
    captions: article.captions,
    removed: article.dropped,
    metadata: article.metadata,
  };
}
