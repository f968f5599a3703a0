/** Prints summary ROUGE scores as a table (ours beside Lead-3, LexRank and TextRank) or as one JSON object. */
import type { RougeScores } from "./rouge-scorer.js";
import type { SummaryEvaluation } from "./summary-eval.js";

export function formatSummaries(result: SummaryEvaluation, options: { json: boolean }): string {
  if (options.json) return JSON.stringify(result);
  const row = (name: string, s: RougeScores) =>
    `${name.padEnd(14)}${[s.rouge1, s.rouge2, s.rougeL].map((x) => x.toFixed(2).padStart(9)).join("")}`;
  return [
    `clusters: ${result.clusters}   summary length: ${result.words} words   ${result.summariesPerSecond.toFixed(0)} summaries/s (summarizer alone)`,
    `${"".padEnd(14)}${"ROUGE-1".padStart(9)}${"ROUGE-2".padStart(9)}${"ROUGE-L".padStart(9)}`,
    row("Triangulate", result.ours),
    row("Lead-3", result.lead3),
    row("LexRank", result.lexrank),
    row("TextRank", result.textrank),
    "F1 × 100, averaged over clusters; text lower-cased, split on anything but a-z and 0-9, Porter-stemmed, no stop",
    "words removed; ROUGE-L is the LCS of the whole texts. LexRank and TextRank get the same word budget as ours;",
    "Lead-3 is the first three sentences of the first document.",
  ].join("\n");
}
