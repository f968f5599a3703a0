/** Runs the whole bench: the timed full-corpus analysis, memory figures, clustering scores and the scaling check. */
import { availableParallelism } from "node:os";
import { type BenchRecord, sourcesOf, writeCorpus } from "./bench-corpus.js";
import { measureAnalysis, measureScaling, type RunFigures, type ScalingRow } from "./bench-run.js";
import { type ClusteringScore, scoreClustering } from "./bench-score.js";

export const SCALING_SHARES: readonly number[] = [0.25, 0.5, 1];

export interface Outcome {
  readonly dataDir: string;
  readonly environment: { readonly node: string; readonly platform: string; readonly cpus: number };
  /** Records per source file, in the order they were written to the corpus. */
  readonly sources: Readonly<Record<string, number>>;
  readonly run: RunFigures;
  readonly memory: {
    /** Peak resident set size of the process up to the end of the full run (`resourceUsage().maxRSS`). */
    readonly peakRssMb: number;
    /** V8 heap in use right after the full run, with its result still referenced. */
    readonly heapUsedMb: number;
  };
  readonly clustering: ClusteringScore;
  readonly scaling: readonly ScalingRow[];
}

const MB = 1024 * 1024;

/** Runs the full corpus once (timed, scored), then the scaling shares, each from its own temporary file. */
export async function runBench(records: readonly BenchRecord[], dataDir: string): Promise<Outcome> {
  const sources: Record<string, number> = {};
  for (const source of sourcesOf(records))
    sources[source] = records.filter((r) => r.source === source).length;
  const corpus = await writeCorpus(records);
  let full: Omit<Outcome, "scaling">;
  try {
    const { figures, result } = await measureAnalysis(corpus.file, records.length);
    const memory = {
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
      heapUsedMb: process.memoryUsage().heapUsed / MB,
    };
    const environment = {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: availableParallelism(),
    };
    full = {
      dataDir,
      environment,
      sources,
      run: figures,
      memory,
      clustering: scoreClustering(result, records),
    };
  } finally {
    await corpus.dispose();
  }
  return { ...full, scaling: await measureScaling(records, SCALING_SHARES) };
}
