/** Prints casualty scores as a table (ours beside the baseline) or as one JSON object for scripts. */
import type { CasualtyEvaluation, TollScores } from "./casualty-eval.js";

export function formatCasualties(result: CasualtyEvaluation, options: { json: boolean }): string {
  if (options.json) return JSON.stringify(result);
  const row = (name: string, key: keyof TollScores) =>
    `${name.padEnd(18)}${result.ours[key].toFixed(3).padStart(12)}${result.baseline[key].toFixed(3).padStart(12)}`;
  return [
    `events: ${result.events}   skipped: ${result.skipped}   ${result.eventsPerSecond.toFixed(0)} events/s`,
    `metric            ${"Triangulate".padStart(12)}${"baseline".padStart(12)}`,
    row("exact", "exact"),
    row("within 1", "within1"),
    row("mean abs. error", "mae"),
    "Toll = the most conservative death figure a text states for its event (ACLED's rule), 1 for a single death",
    "told without a figure, 0 when none; baseline = the first number before a death word, in its sentence.",
  ].join("\n");
}
