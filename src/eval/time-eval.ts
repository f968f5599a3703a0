/** `triangulate eval time DIR`: scores a timex annotator on TempEval-3 TimeML files, beside raw chrono-node. */
import { chronoTimexes } from "./chrono-timex.js";
import { readTimemlDir, type TimemlDocument, type Timex } from "./timeml-reader.js";
import { countTimexes, emptyCounts, type TimexScores, timexScores } from "./timex-scorer.js";

/** A timex annotator: the temporal expressions of TEXT, values resolved against the DCT day (YYYY-MM-DD). */
export type TimexAnnotator = (text: string, dct: string) => readonly Timex[];

export interface TimeEvaluation {
  /** Documents scored. */
  readonly files: number;
  /** Files skipped because they did not parse. */
  readonly skipped: number;
  /** Gold temporal expressions. */
  readonly timexes: number;
  readonly ours: TimexScores;
  readonly chrono: TimexScores;
}

export async function evaluateTime(dir: string, ours: TimexAnnotator): Promise<TimeEvaluation> {
  const { documents, skipped } = await readTimemlDir(dir);
  const chrono = scoreAll(documents, chronoTimexes);
  const scores = scoreAll(documents, ours);
  return { files: documents.length, skipped, timexes: scores.gold, ours: scores, chrono };
}

function scoreAll(documents: readonly TimemlDocument[], annotate: TimexAnnotator): TimexScores {
  const counts = emptyCounts();
  for (const doc of documents) countTimexes(doc.timexes, annotate(doc.text, doc.dct), counts);
  return timexScores(counts);
}
