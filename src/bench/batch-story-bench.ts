/** The batch part of `npm run bench:stories`: a stream's first reports clustered as `analyze` does, revised or not. */
import { clusterFeatures } from "../link/story-clusterer.js";
import { storyFeatures } from "../link/story-features.js";
import { type BCubedScore, bcubed } from "./bcubed.js";
import type { BenchRecord } from "./bench-corpus.js";
import { streamCorpus } from "./stream-corpus.js";

export interface BatchMark {
  readonly reports: number;
  /** The stream's single pass over the batch (term weights from the whole batch), and the stream and revision. */
  readonly streamSeconds: number;
  readonly revisedSeconds: number;
  /** BCubed over the labelled reports (clusters cut to them), without and with the revision. */
  readonly stream: BCubedScore;
  readonly revised: BCubedScore;
  readonly rssMb: number;
}

/** Clusters the first `reports` of the bench stream as one batch, once without the revision and once with it. */
export function batchMark(groups: readonly BenchRecord[][], reports: number): BatchMark {
  const items = [...streamCorpus(groups, reports)];
  const features = items.map((item) => storyFeatures(item.text, { day: item.day }));
  const run = (revise: boolean) => {
    const started = performance.now();
    const { members } = clusterFeatures(features, undefined, { revise });
    const seconds = (performance.now() - started) / 1000;
    const storyOf: number[] = [];
    members.forEach((story, k) => {
      for (const i of story) storyOf[i] = k;
    });
    const labelled = items.filter((item) => item.labelled);
    const score = bcubed(
      labelled.map((item) => ({ predicted: String(storyOf[item.index]), gold: item.story })),
    );
    return { seconds, score };
  };
  const stream = run(false);
  const revised = run(true);
  return {
    reports,
    streamSeconds: stream.seconds,
    revisedSeconds: revised.seconds,
    stream: stream.score,
    revised: revised.score,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

export function formatBatchMarks(marks: readonly BatchMark[]): string {
  const triple = (s: BCubedScore) => `${s.precision.toFixed(3)}/${s.recall.toFixed(3)}/${s.f1.toFixed(3)}`;
  const widths = [9, 14, 15, 22, 22, 8];
  const row = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join("  ");
  return [
    "Batch (as `analyze` clusters a run's reports: the stream's pass, then the revision) on the stream's first",
    "reports; labelled reports' BCubed P/R/F1 for the stream's pass alone and with the revision.",
    row(["reports", "stream r/s", "revised r/s", "stream alone", "revised", "RSS MB"]),
    ...marks.map((m) =>
      row([
        String(m.reports),
        String(Math.round(m.reports / m.streamSeconds)),
        String(Math.round(m.reports / m.revisedSeconds)),
        triple(m.stream),
        triple(m.revised),
        String(m.rssMb),
      ]),
    ),
  ].join("\n");
}
