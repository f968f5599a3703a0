/** Prints attribution scores as a table (ours beside the cue-word baseline) or as one JSON object for scripts. */
import type { AttributionScores, Prf } from "./attribution-scorer.js";
import type { QuoteEvaluation, QuoteScores } from "./quote-eval.js";

export function formatQuotes(result: QuoteEvaluation, options: { json: boolean }): string {
  if (!options.json) return quoteTable(result);
  const brief = (s: QuoteScores) => ({ all: details(s.all), direct: details(s.direct) });
  return JSON.stringify({
    articles: result.articles,
    skipped: result.skipped,
    attributions: result.attributions,
    ...brief(result.ours),
    baseline: brief(result.baseline),
    articlesPerSecond: result.articlesPerSecond,
  });
}

function details(s: AttributionScores) {
  return {
    contentExactF1: s.contentExactF1,
    contentOverlapF1: s.contentOverlapF1,
    sourceF1: s.sourceF1,
    contentExact: s.contentExact,
    contentOverlap: s.contentOverlap,
    source: s.source,
    gold: s.gold,
    predicted: s.predicted,
  };
}

const ROWS: readonly [string, "contentExact" | "contentOverlap" | "source"][] = [
  ["content exact", "contentExact"],
  ["content overlap", "contentOverlap"],
  ["source", "source"],
];

function quoteTable(result: QuoteEvaluation): string {
  const prf = (p: Prf) => [p.precision, p.recall, p.f1].map((x) => x.toFixed(3).padStart(6)).join(" ");
  const lines = [
    `articles: ${result.articles}   skipped: ${result.skipped}   gold attributions: ${result.attributions}   ` +
      `${result.articlesPerSecond.toFixed(1)} articles/s`,
    `${"".padEnd(24)}${"Triangulate".padEnd(22)}baseline`,
    `${"".padEnd(24)}${"P      R      F1".padEnd(22)}P      R      F1`,
  ];
  for (const [subset, name] of [
    ["all", "all attributions"],
    ["direct", "direct quotes"],
  ] as const) {
    lines.push(
      `${name} (gold ${result.ours[subset].gold}, ours ${result.ours[subset].predicted}, baseline ${result.baseline[subset].predicted})`,
    );
    for (const [label, key] of ROWS) {
      lines.push(
        `  ${label.padEnd(22)}${prf(result.ours[subset][key])}   ${prf(result.baseline[subset][key])}`,
      );
    }
  }
  lines.push(
    "content exact = same extent (white space trimmed); overlap = sharing a character, one to one;",
    "source = an overlap pair whose sources overlap too (P over attributions naming a source, R over gold ones).",
    "direct = gold content opening with a quote mark / our direct quotes. Baseline: quoted spans and said/says/told/according to.",
  );
  return lines.join("\n");
}
