/** Runs Triangulate's article extraction on one page and times it. */
import { extractArticle } from "../ingest/html-extractor.js";
import { TriangulateError } from "../model/errors.js";

/** Triangulate's extraction, timed; a page it finds no article on scores as an empty text. */
export function timedExtraction(html: string, id: string): { text: string; ms: number } {
  const start = performance.now();
  let text = "";
  try {
    text = extractArticle(html, id).text;
  } catch (error) {
    if (!(error instanceof TriangulateError)) throw error;
  }
  return { text, ms: performance.now() - start };
}
