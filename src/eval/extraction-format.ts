/** Prints extraction scores as tables for people or as one JSON object for scripts. */
import type { ExtractionScores } from "./scrapinghub-eval.js";
import type { PrfScore } from "./shingle-score.js";
import type { SnippetCounts, SnippetScores } from "./snippet-eval.js";
import { TIMED_RUNS, WARM_UP_PAGES } from "./timed-extraction.js";

const f3 = (x: number) => x.toFixed(3);
const prf = (s: PrfScore) => `${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}`;

export function formatExtraction(
  scores: ExtractionScores | SnippetScores,
  options: { json: boolean; pages: boolean },
): string {
  if (options.json) return JSON.stringify(scores.layout === "scrapinghub" ? withoutPages(scores) : scores);
  return scores.layout === "scrapinghub" ? shingleTables(scores, options.pages) : snippetTable(scores);
}

function withoutPages(scores: ExtractionScores): Omit<ExtractionScores, "perPage"> {
  const { perPage: _, ...rest } = scores;
  return rest;
}

function shingleTables(scores: ExtractionScores, pages: boolean): string {
  const lines: string[] = [];
  if (pages) {
    lines.push("page              ours P     R      F1  | readability P  R      F1  | ms    url");
    for (const p of scores.perPage) {
      lines.push(
        `${p.id.slice(0, 16)}  ${prf(p.ours)} | ${prf(p.readability)} | ${p.ms.toFixed(1).padStart(5)} ${p.url ?? ""}`,
      );
    }
    lines.push("");
  }
  lines.push(
    `pages: ${scores.pages}   (metric: lower-cased \\w+ token 4-gram shingles, multiset overlap, averaged per page)`,
    "                 precision  recall  F1",
    `Triangulate      ${prf(scores.ours)}`,
    `Readability      ${prf(scores.readability)}   (plain @mozilla/readability over linkedom, same pages)`,
    `speed: ${scores.pagesPerSecond.toFixed(1)} pages/s, median ${scores.medianMs.toFixed(2)} ms per page (Triangulate, one core; per page the median of ${TIMED_RUNS} runs, after a ${WARM_UP_PAGES}-page warm-up)`,
  );
  return lines.join("\n");
}

function snippetTable(scores: SnippetScores): string {
  const row = (name: string, c: SnippetCounts) =>
    `${name.padEnd(12)} ${String(c.withKept).padStart(5)} / ${c.withTotal} kept (${pct(c.withKept, c.withTotal)})   ` +
    `${String(c.withoutDropped).padStart(5)} / ${c.withoutTotal} dropped (${pct(c.withoutDropped, c.withoutTotal)})`;
  return [
    `pages: ${scores.pages}   "with" snippets must be kept, "without" snippets must be dropped`,
    row("Triangulate", scores.ours),
    row("Readability", scores.readability),
    `speed: ${scores.pagesPerSecond.toFixed(1)} pages/s, median ${scores.medianMs.toFixed(2)} ms per page (Triangulate, one core; per page the median of ${TIMED_RUNS} runs, after a ${WARM_UP_PAGES}-page warm-up)`,
  ].join("\n");
}

function pct(a: number, b: number): string {
  return `${b === 0 ? "0.0" : ((100 * a) / b).toFixed(1)}%`;
}
