/** Runs `analyze` over a bench corpus with stage timing, and repeats it on growing shares for the scaling check. */
import { performance } from "node:perf_hooks";
import { analyze } from "../analyze.js";
import type { TriangulateReport } from "../model/report-schema.js";
import type { Stage } from "../pipeline.js";
import { type BenchRecord, firstShare, writeCorpus } from "./bench-corpus.js";
import { createStageTimer, STAGES } from "./stage-timer.js";

export interface RunFigures {
  /** Records in the corpus file. */
  readonly reports: number;
  /** Reports that came through analysis (the rest became problems). */
  readonly analysed: number;
  readonly problems: number;
  /** Problems by error code. */
  readonly problemCodes: Readonly<Record<string, number>>;
  readonly stories: number;
  readonly totalMs: number;
  readonly reportsPerSecond: number;
  /** Time inside each stage, plus `ingest`: total wall time minus the four stages. */
  readonly stageMs: Readonly<Record<Stage | "ingest", number>>;
  /** Each entry of `stageMs` as a percentage of `totalMs`. */
  readonly stagePercent: Readonly<Record<Stage | "ingest", number>>;
}

export interface MeasuredRun {
  readonly figures: RunFigures;
  readonly result: TriangulateReport;
}

export interface ScalingRow {
  readonly share: number;
  readonly reports: number;
  readonly totalMs: number;
  readonly reportsPerSecond: number;
  /** Time relative to the first (smallest) share. */
  readonly timeVsFirst: number;
  /** n log n relative to the first share: the most `timeVsFirst` should be for n log n growth. */
  readonly nLogNVsFirst: number;
}

/** Analyses `file` (holding `count` records) once, timing each stage with a fresh StageRunner. */
export async function measureAnalysis(file: string, count: number): Promise<MeasuredRun> {
  const timer = createStageTimer();
  const start = performance.now();
  const result = await analyze([file], { runStage: timer.runStage });
  const totalMs = performance.now() - start;
  const { ms } = timer.times();
  const inStages = STAGES.reduce((sum, stage) => sum + ms[stage], 0);
  const stageMs = { ingest: Math.max(0, totalMs - inStages), ...ms };
  const stagePercent = { ...stageMs };
  for (const key of Object.keys(stagePercent) as (Stage | "ingest")[]) {
    stagePercent[key] = (100 * stageMs[key]) / totalMs;
  }
  const figures: RunFigures = {
    reports: count,
    analysed: result.reports.length,
    problems: result.problems.length,
    problemCodes: countCodes(result),
    stories: result.stories.length,
    totalMs,
    reportsPerSecond: count / (totalMs / 1000),
    stageMs,
    stagePercent,
  };
  return { figures, result };
}

/** Analyses the first `share` of each source for every share, each from its own temporary corpus file. */
export async function measureScaling(
  records: readonly BenchRecord[],
  shares: readonly number[],
): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const share of shares) {
    const corpus = await writeCorpus(firstShare(records, share));
    try {
      const { figures } = await measureAnalysis(corpus.file, corpus.records.length);
      const first = rows[0] ?? { reports: figures.reports, totalMs: figures.totalMs };
      rows.push({
        share,
        reports: figures.reports,
        totalMs: figures.totalMs,
        reportsPerSecond: figures.reportsPerSecond,
        timeVsFirst: figures.totalMs / first.totalMs,
        nLogNVsFirst: nLogN(figures.reports) / nLogN(first.reports),
      });
    } finally {
      await corpus.dispose();
    }
  }
  return rows;
}

function countCodes(result: TriangulateReport): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const problem of result.problems) codes[problem.code] = (codes[problem.code] ?? 0) + 1;
  return codes;
}

/** n log n, kept positive for n = 1 so ratios stay finite. */
function nLogN(n: number): number {
  return n * Math.log(Math.max(2, n));
}
