/** Scores the story stream bench as it runs: time, memory, BCubed of the stories, and copies found. */
import type { Copy } from "../model/report-schema.js";
import { bcubed } from "./bcubed.js";
import type { StreamItem } from "./stream-corpus.js";

export interface Checkpoint {
  readonly reports: number;
  /** Seconds spent in clustering and copy detection (stream generation and scoring excluded). */
  readonly seconds: number;
  readonly reportsPerSecond: number;
  /** Throughput over the last 10,000 reports only. */
  readonly recentReportsPerSecond: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
  /** BCubed over all reports, each unlabelled text taken as a story of its own. */
  readonly stories: Scores;
  /** BCubed over the reports from the labelled story data only (clusters cut to them). */
  readonly labelled: Scores;
  readonly copies: {
    readonly made: number;
    readonly found: number;
    readonly precision: number;
    readonly recall: number;
  };
  readonly held: {
    readonly open: number;
    readonly closed: number;
    readonly terms: number;
    readonly copyWindow: number;
  };
}

interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly clusters: number;
}

const RECENT = 10_000;

export class StoryBenchScorer {
  private readonly predicted: number[] = [];
  private readonly gold: string[] = [];
  private readonly labelled: boolean[] = [];
  private readonly root: number[] = [];
  private readonly times: number[] = [];
  private seconds = 0;
  private made = 0;
  private found = 0;
  private foundRight = 0;
  private madeFound = 0;

  record(item: StreamItem, story: number, copies: readonly Copy[], seconds: number): void {
    this.predicted.push(story);
    this.gold.push(item.story);
    this.labelled.push(item.labelled);
    this.root.push(item.copyOf === null ? item.index : (this.root[item.copyOf] as number));
    this.seconds += seconds;
    this.times.push(this.seconds);
    const partners = new Set(
      copies.map((c) => Number(c.reports[0] === String(item.index) ? c.reports[1] : c.reports[0])),
    );
    this.found += partners.size;
    for (const p of partners) if (this.root[p] === this.root[item.index]) this.foundRight++;
    if (item.copyOf !== null) {
      this.made++;
      if (partners.has(item.copyOf)) this.madeFound++;
    }
  }

  checkpoint(held: { open: number; closed: number; terms: number }, copyWindow: number): Checkpoint {
    const n = this.predicted.length;
    const all = this.predicted.map((_, i) => i);
    const b = this.score(all);
    const since = n > RECENT ? (this.times[n - RECENT - 1] as number) : 0;
    const memory = process.memoryUsage();
    return {
      reports: n,
      seconds: round(this.seconds),
      reportsPerSecond: Math.round(n / this.seconds),
      recentReportsPerSecond: Math.round(Math.min(n, RECENT) / (this.seconds - since)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapUsedMb: Math.round(memory.heapUsed / 1048576),
      stories: b,
      labelled: this.score(all.filter((i) => this.labelled[i])),
      copies: {
        made: this.made,
        found: this.found,
        precision: round(this.found === 0 ? 0 : this.foundRight / this.found),
        recall: round(this.made === 0 ? 0 : this.madeFound / this.made),
      },
      held: { ...held, copyWindow },
    };
  }

  private score(items: readonly number[]): Scores {
    const b = bcubed(
      items.map((i) => ({ predicted: String(this.predicted[i]), gold: this.gold[i] as string })),
    );
    const clusters = new Set(items.map((i) => this.predicted[i])).size;
    return { precision: round(b.precision), recall: round(b.recall), f1: round(b.f1), clusters };
  }
}

export function formatStoryBench(groups: number, checkpoints: readonly Checkpoint[]): string {
  const lines = [
    `Story stream bench: ${groups} source stories, mixed and perturbed (duplicates, near-copies, rewrites); one core`,
    "reports  seconds  reports/s  last-10k/s  peak RSS MB  all: P/R/F1 (clusters)         labelled: P/R/F1 (clusters)    copies P/R (made)       open",
  ];
  for (const c of checkpoints) {
    const s = c.stories;
    lines.push(
      [
        String(c.reports).padStart(7),
        c.seconds.toFixed(1).padStart(8),
        String(c.reportsPerSecond).padStart(10),
        String(c.recentReportsPerSecond).padStart(11),
        String(c.peakRssMb).padStart(12),
        `  ${triple(s)} (${s.clusters})`.padEnd(31),
        `${triple(c.labelled)} (${c.labelled.clusters})`.padEnd(30),
        `${c.copies.precision.toFixed(3)}/${c.copies.recall.toFixed(3)} (${c.copies.made})`.padEnd(23),
        String(c.held.open).padStart(6),
      ].join(" "),
    );
  }
  lines.push(
    "Time is clustering plus copy detection only (the stream is built and scored outside the clock).",
  );
  return lines.join("\n");
}

function triple(s: Scores): string {
  return `${s.precision.toFixed(3)}/${s.recall.toFixed(3)}/${s.f1.toFixed(3)}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
