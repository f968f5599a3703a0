/** `triangulate eval quotes DIR`: scores attributions on PolNeAR, all of them and direct quotes only, beside a cue-word baseline. */
import { annotateUncleaned } from "../annotate/annotate-text.js";
import {
  type AttributionCounts,
  type AttributionScores,
  attributionScores,
  countAttributions,
  emptyAttributionCounts,
  type ScoredAttribution,
} from "./attribution-scorer.js";
import { cueBaseline } from "./cue-baseline.js";
import { type PolnearArticle, readPolnearDir } from "./polnear-reader.js";

/** What an extractor gives for scoring: content pieces, the source's span, and whether it is a direct quote. */
export type PredictedAttribution = ScoredAttribution & { readonly direct: boolean };
export type AttributionExtractor = (text: string) => readonly PredictedAttribution[];

export interface QuoteScores {
  readonly all: AttributionScores;
  readonly direct: AttributionScores;
}

export interface QuoteEvaluation {
  readonly articles: number;
  readonly skipped: number;
  readonly attributions: number;
  readonly ours: QuoteScores;
  readonly baseline: QuoteScores;
  readonly articlesPerSecond: number;
}

/** Triangulate's attributions of a raw text, in scoring form. */
export function ourAttributions(text: string): PredictedAttribution[] {
  return annotateUncleaned(text).attributions.map((a) => ({
    content: a.content.map((c) => [c.start, c.end] as const),
    source: a.source ? [[a.source.start, a.source.end] as const] : null,
    direct: a.kind === "direct",
  }));
}

export async function evaluateQuotes(
  dir: string,
  ours: AttributionExtractor = ourAttributions,
): Promise<QuoteEvaluation> {
  const { articles, skipped } = await readPolnearDir(dir);
  const started = performance.now();
  const mine = scoreAll(articles, ours);
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: articles.length,
    skipped,
    attributions: mine.all.gold,
    ours: mine,
    baseline: scoreAll(articles, cueBaseline),
    articlesPerSecond: seconds === 0 ? 0 : articles.length / seconds,
  };
}

function scoreAll(articles: readonly PolnearArticle[], extract: AttributionExtractor): QuoteScores {
  const all: AttributionCounts = emptyAttributionCounts();
  const direct: AttributionCounts = emptyAttributionCounts();
  for (const article of articles) {
    const predicted = extract(article.text);
    countAttributions(article.text, article.attributions, predicted, all);
    countAttributions(
      article.text,
      article.attributions.filter((a) => a.direct),
      predicted.filter((p) => p.direct),
      direct,
    );
  }
  return { all: attributionScores(all), direct: attributionScores(direct) };
}
