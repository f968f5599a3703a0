/** A StageRunner that adds up the wall time spent in each pipeline stage. */
import { performance } from "node:perf_hooks";
import type { Stage, StageRunner } from "../pipeline.js";

export const STAGES: readonly Stage[] = ["clean", "annotate", "link", "summarize"];

export interface StageTimes {
  /** Milliseconds spent in each stage, excluding time in any stage nested inside it. */
  readonly ms: Record<Stage, number>;
  /** Number of times each stage ran. */
  readonly calls: Record<Stage, number>;
}

export interface StageTimer {
  readonly runStage: StageRunner;
  times(): StageTimes;
}

function zeros(): Record<Stage, number> {
  return { clean: 0, annotate: 0, link: 0, summarize: 0 };
}

/** Times every call with `now` (default `performance.now()`); a stage run inside another is charged to the inner one only. */
export function createStageTimer(now: () => number = () => performance.now()): StageTimer {
  const ms = zeros();
  const calls = zeros();
  // Time taken by nested stages, per open frame, so each frame can subtract it.
  const nested: number[] = [];
  const runStage: StageRunner = (stage, work) => {
    nested.push(0);
    const start = now();
    try {
      return work();
    } finally {
      const elapsed = now() - start;
      const inner = nested.pop() ?? 0;
      ms[stage] += elapsed - inner;
      calls[stage] += 1;
      if (nested.length > 0) nested[nested.length - 1] = (nested[nested.length - 1] ?? 0) + elapsed;
    }
  };
  return { runStage, times: () => ({ ms: { ...ms }, calls: { ...calls } }) };
}
