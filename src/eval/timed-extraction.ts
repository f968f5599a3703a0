/** Runs Triangulate's article extraction on one page and times it, as the median of a few runs. */
import { extractArticle } from "../ingest/html-extractor.js";
import { TriangulateError } from "../model/errors.js";
import { median } from "./eval-stats.js";

/** Runs per page: the median of three damps a garbage collection that lands inside one of them. */
export const TIMED_RUNS = 3;

/** Triangulate's extraction, timed; a page it finds no article on scores as an empty text. */
export function timedExtraction(html: string, id: string, runs = TIMED_RUNS): { text: string; ms: number } {
  let text = "";
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    try {
      text = extractArticle(html, id).text;
    } catch (error) {
      if (!(error instanceof TriangulateError)) throw error;
    }
    times.push(performance.now() - start);
  }
  return { text, ms: median(times) };
}

/** Pages extracted untimed before timing starts, so the figures are of warm, JIT-compiled code. */
export const WARM_UP_PAGES = 10;

export function warmUp(pages: readonly string[]): void {
  for (const html of pages.slice(0, WARM_UP_PAGES)) timedExtraction(html, "warm-up", 1);
}
