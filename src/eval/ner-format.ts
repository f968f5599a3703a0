/** Prints NER scores as a table for people or as one JSON object (ours at the top level) for scripts. */
import { type ChunkScore, CONLL_TYPES } from "./conlleval.js";
import { NER_WARM_UP_SENTENCES, type NerEvaluation } from "./ner-eval.js";

const f3 = (x: number) => x.toFixed(3);
const cells = (s: ChunkScore) =>
  `${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${String(s.predicted).padStart(6)}`;

export function formatNer(result: NerEvaluation, options: { json: boolean }): string {
  if (options.json) return JSON.stringify(nerJson(result));
  return nerTable(result);
}

/** The --json object: our scores at the top level, as the issue asks, with compromise's beside them. */
export function nerJson(result: NerEvaluation): Record<string, unknown> {
  const { ours } = result;
  return {
    f1: ours.f1,
    precision: ours.precision,
    recall: ours.recall,
    tp: ours.tp,
    predicted: ours.predicted,
    gold: ours.gold,
    perType: ours.perType,
    tokensPerSecond: result.tokensPerSecond,
    sentences: result.sentences,
    tokens: result.tokens,
    compromise: result.compromise,
  };
}

function nerTable(result: NerEvaluation): string {
  const { ours, compromise } = result;
  const types = Object.keys(ours.perType);
  for (const t of Object.keys(compromise.perType)) if (!types.includes(t)) types.push(t);
  const row = (name: string, gold: number, a: ChunkScore, b: ChunkScore) =>
    `${name.padEnd(8)} ${String(gold).padStart(6)}   ${cells(a)}   ${cells(b)}`;
  const none = { precision: 0, recall: 0, f1: 0, tp: 0, predicted: 0, gold: 0 };
  const lines = [
    `sentences: ${result.sentences}   tokens: ${result.tokens}   (metric: conlleval, exact entity start, end and type)`,
    "                  Triangulate                       compromise",
    "type       gold   P      R      F1     pred     P      R      F1     pred",
  ];
  for (const type of types) {
    const a = ours.perType[type] ?? none;
    const b = compromise.perType[type] ?? none;
    lines.push(row(type, Math.max(a.gold, b.gold), a, b));
  }
  lines.push(
    row("overall", ours.gold, ours, compromise),
    `speed: ${result.tokensPerSecond.toFixed(0)} tokens/s (Triangulate's tagger, one core, the whole file after a ${NER_WARM_UP_SENTENCES}-sentence warm-up)`,
    `compromise has no ${CONLL_TYPES[3]} type: its overall figures count every gold MISC entity as missed.`,
  );
  return lines.join("\n");
}
