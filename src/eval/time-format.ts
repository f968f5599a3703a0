/** Prints timex scores as a table (ours beside raw chrono-node) for people, or as one JSON object for scripts. */
import type { TimeEvaluation } from "./time-eval.js";
import type { TimexScores } from "./timex-scorer.js";

export function formatTime(result: TimeEvaluation, options: { json: boolean; oursName: string }): string {
  if (options.json) return JSON.stringify({ ...result, oursName: options.oursName });
  return timeTable(result, options.oursName);
}

const ROWS: readonly [string, keyof TimexScores][] = [
  ["span P strict", "precisionStrict"],
  ["span R strict", "recallStrict"],
  ["span F1 strict", "spanF1Strict"],
  ["span P relaxed", "precisionRelaxed"],
  ["span R relaxed", "recallRelaxed"],
  ["span F1 relaxed", "spanF1Relaxed"],
  ["type accuracy", "typeAccuracy"],
  ["value P", "valuePrecision"],
  ["value R", "valueRecall"],
  ["value F1", "valueF1"],
  ["predicted", "predicted"],
];

function timeTable(result: TimeEvaluation, oursName: string): string {
  const cell = (s: TimexScores, key: keyof TimexScores) => {
    const x = s[key];
    return (Number.isInteger(x) && key === "predicted" ? String(x) : x.toFixed(3)).padStart(12);
  };
  const lines = [
    `files: ${result.files}   skipped: ${result.skipped}   gold timexes: ${result.timexes}`,
    `metric            ${"Triangulate".padStart(12)}  ${"chrono".padStart(12)}`,
  ];
  for (const [name, key] of ROWS) {
    lines.push(`${name.padEnd(16)}  ${cell(result.ours, key)}  ${cell(result.chrono, key)}`);
  }
  lines.push(
    `Triangulate column: ${oursName}.`,
    "strict = exact offsets; relaxed = overlap (one-to-one); type accuracy over relaxed matches;",
    "value P/R = relaxed matches with the exact gold value over predicted / over gold (TempEval-3 value F1).",
  );
  return lines.join("\n");
}
