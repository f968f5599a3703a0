/** Prints story-clustering scores as a table (ours beside the tuned baseline) or as one JSON object. */
import type { ClusteringScores, StoryEvaluation } from "./story-eval.js";
import type { OrderScores, OrderSpread } from "./story-orders.js";

export function formatStories(result: StoryEvaluation, options: { json: boolean }): string {
  if (options.json) return JSON.stringify(result);
  const row = (name: string, s: ClusteringScores) =>
    `${name.padEnd(30)}${[s.precision, s.recall, s.f1].map((x) => x.toFixed(3).padStart(10)).join("")}${String(s.clusters).padStart(10)}`;
  return [
    `reports: ${result.reports}   gold stories: ${result.gold}   ${result.reportsPerSecond.toFixed(1)} reports/s (whole analysis)`,
    `${"".padEnd(30)}${"P".padStart(10)}${"R".padStart(10)}${"F1".padStart(10)}${"clusters".padStart(10)}`,
    row("Triangulate", result.ours),
    row(`TF-IDF single pass @${result.baseline.threshold.toFixed(2)}`, result.baseline),
    "BCubed precision, recall and F1 over reports. The baseline's threshold is the best of 0.05-0.95 on this same",
    "data, so it is tuned on what it is scored on.",
    ...(result.unanalysed > 0
      ? [
          `${result.unanalysed} report${result.unanalysed === 1 ? "" : "s"} had no article text to analyse (see the problems of \`analyze\`), scored as`,
          `stories of their own; with them alone, the best any clustering could score is F1 ${result.ceiling.f1.toFixed(3)}.`,
        ]
      : []),
    ...(result.orders ? orderLines(result.orders) : []),
  ].join("\n");
}

/** The spread over input orders, one row each for ours and the baseline. */
function orderLines(orders: OrderSpread): string[] {
  const row = (name: string, s: OrderScores) =>
    `${name.padEnd(30)}${[s.precision, s.recall, s.f1.mean, s.f1.min, s.f1.max].map((x) => x.toFixed(3).padStart(10)).join("")}`;
  return [
    "",
    `Over ${orders.count} input orders (the file's, then seeded shuffles): mean P, R and F1, lowest and highest F1`,
    `${"".padEnd(30)}${["P", "R", "F1", "min F1", "max F1"].map((h) => h.padStart(10)).join("")}`,
    row("Triangulate", orders.ours),
    row("TF-IDF single pass (same bar)", orders.baseline),
  ];
}
