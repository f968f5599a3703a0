/** Scores extraction on the Scrapinghub benchmark layout: per-page and mean shingle P/R/F1, ours and Readability's. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeWebText } from "../ingest/html-charset.js";
import { median, pagesPerSecond } from "./eval-stats.js";
import { plainReadability } from "./readability-baseline.js";
import { meanScore, type PrfScore, shingleScore } from "./shingle-score.js";
import { timedExtraction, warmUp } from "./timed-extraction.js";

export interface PageScore {
  readonly id: string;
  readonly url: string | null;
  readonly ours: PrfScore;
  readonly readability: PrfScore;
  readonly ms: number;
}

export interface ExtractionScores {
  readonly layout: "scrapinghub";
  readonly pages: number;
  readonly ours: PrfScore;
  readonly readability: PrfScore;
  readonly pagesPerSecond: number;
  readonly medianMs: number;
  readonly perPage: readonly PageScore[];
}

export async function evaluateScrapinghub(dir: string): Promise<ExtractionScores> {
  const truth = JSON.parse(await readFile(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  const available = new Set(await readdir(join(dir, "html")));
  const pages: { id: string; entry: { articleBody: string; url?: string }; html: string }[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    if (!available.has(`${id}.html.gz`)) continue;
    pages.push({
      id,
      entry,
      html: decodeWebText(gunzipSync(await readFile(join(dir, "html", `${id}.html.gz`)))),
    });
  }
  // The baseline runs first, apart: its garbage would otherwise be collected during our timed runs.
  const baseline = pages.map((p) => shingleScore(p.entry.articleBody, plainReadability(p.html)));
  warmUp(pages.map((p) => p.html));
  const perPage: PageScore[] = pages.map(({ id, entry, html }, i) => {
    const ours = timedExtraction(html, id);
    const readability = baseline[i] as PrfScore;
    return {
      id,
      url: entry.url ?? null,
      ours: shingleScore(entry.articleBody, ours.text),
      readability,
      ms: ours.ms,
    };
  });
  const times = perPage.map((p) => p.ms);
  return {
    layout: "scrapinghub",
    pages: perPage.length,
    ours: meanScore(perPage.map((p) => p.ours)),
    readability: meanScore(perPage.map((p) => p.readability)),
    pagesPerSecond: pagesPerSecond(times),
    medianMs: median(times),
    perPage,
  };
}
