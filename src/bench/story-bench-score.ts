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
  /** The singleton baseline on the labelled reports: every report a story of its own. */
  readonly labelledSingletons: Scores;
  readonly copies: CopyScores;
  /** The lead-hash baseline: reports whose first 200 characters (spaces squeezed, lower-cased) are the same. */
  readonly leadHash: CopyScores;
  readonly held: {
    readonly open: number;
    readonly closed: number;
    readonly terms: number;
    readonly copyWindow: number;
  };
}

interface CopyScores {
  readonly made: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
}

/** Pairs found against pairs made, for one copy detector. */
class CopyTally {
  made = 0;
  found = 0;
  right = 0;
  madeFound = 0;

  add(item: StreamItem, partners: ReadonlySet<number>, root: readonly number[]): void {
    this.found += partners.size;
    for (const p of partners) if (root[p] === root[item.index]) this.right++;
    if (item.copyOf !== null) {
      this.made++;
      if (partners.has(item.copyOf)) this.madeFound++;
    }
  }

  scores(): CopyScores {
    return {
      made: this.made,
      found: this.found,
      precision: round(this.found === 0 ? 0 : this.right / this.found),
      recall: round(this.made === 0 ? 0 : this.madeFound / this.made),
    };
  }
}

interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly clusters: number;
}

const RECENT = 10_000;
/** Reports the lead-hash baseline remembers, as the copy index does, so neither grows with the stream. */
const LEAD_WINDOW = 10_000;

export class StoryBenchScorer {
  private readonly predicted: number[] = [];
  private readonly gold: string[] = [];
  private readonly labelled: boolean[] = [];
  private readonly root: number[] = [];
  private readonly times: number[] = [];
  private seconds = 0;
  private readonly ours = new CopyTally();
  private readonly lead = new CopyTally();
  /** The lead-hash baseline's memory: the first 200 characters of the last LEAD_WINDOW reports. */
  private readonly leads = new Map<string, number[]>();
  private readonly leadOrder: string[] = [];

  /** Absorbed story → the story that took its reports (the stream merges stories; see StoryStream.absorb). */
  private readonly into = new Map<number, number>();

  record(
    item: StreamItem,
    placed: { readonly story: number; readonly merged: readonly number[] },
    copies: readonly Copy[],
    seconds: number,
  ): void {
    this.predicted.push(placed.story);
    for (const absorbed of placed.merged) this.into.set(absorbed, placed.story);
    this.gold.push(item.story);
    this.labelled.push(item.labelled);
    this.root.push(item.copyOf === null ? item.index : (this.root[item.copyOf] as number));
    this.seconds += seconds;
    this.times.push(this.seconds);
    const partners = new Set(
      copies.map((c) => Number(c.reports[0] === String(item.index) ? c.reports[1] : c.reports[0])),
    );
    this.ours.add(item, partners, this.root);
    const lead = item.text.replace(/\s+/g, " ").trim().slice(0, 200).toLowerCase();
    const same = this.leads.get(lead);
    this.lead.add(item, new Set(same), this.root);
    this.leadOrder.push(lead);
    if (this.leadOrder.length > LEAD_WINDOW) this.forgetLead(this.leadOrder.shift() as string);
    if (!same) this.leads.set(lead, [item.index]);
    else if (same.push(item.index) > 20) same.shift();
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
      labelledSingletons: this.singletons(all.filter((i) => this.labelled[i])),
      copies: this.ours.scores(),
      leadHash: this.lead.scores(),
      held: { ...held, copyWindow },
    };
  }

  private forgetLead(lead: string): void {
    const list = this.leads.get(lead);
    list?.shift();
    if (list && list.length === 0) this.leads.delete(lead);
  }

  private singletons(items: readonly number[]): Scores {
    const b = bcubed(items.map((i) => ({ predicted: String(i), gold: this.gold[i] as string })));
    return {
      precision: round(b.precision),
      recall: round(b.recall),
      f1: round(b.f1),
      clusters: items.length,
    };
  }

  /** The story report `i` is in now, after the merges since it was placed. */
  private storyOf(i: number): number {
    let story = this.predicted[i] as number;
    for (let next = this.into.get(story); next !== undefined; next = this.into.get(story)) story = next;
    return story;
  }

  private score(items: readonly number[]): Scores {
    const b = bcubed(
      items.map((i) => ({ predicted: String(this.storyOf(i)), gold: this.gold[i] as string })),
    );
    const clusters = new Set(items.map((i) => this.storyOf(i))).size;
    return { precision: round(b.precision), recall: round(b.recall), f1: round(b.f1), clusters };
  }
}

export function formatStoryBench(groups: number, checkpoints: readonly Checkpoint[]): string {
  const row = (cells: readonly string[], widths: readonly number[]) =>
    cells.map((c, i) => c.padStart(widths[i] as number)).join("  ");
  const speed = [9, 8, 10, 11, 12, 13, 6];
  const quality = [9, 22, 22, 22, 16, 16];
  const lines = [
    `Story stream bench: ${groups} source stories, mixed and perturbed (duplicates, near-copies, rewrites); one core`,
    "",
    row(["reports", "seconds", "reports/s", "last-10k/s", "peak RSS MB", "heap used MB", "open"], speed),
    ...checkpoints.map((c) =>
      row(
        [
          String(c.reports),
          c.seconds.toFixed(1),
          String(c.reportsPerSecond),
          String(c.recentReportsPerSecond),
          String(c.peakRssMb),
          String(c.heapUsedMb),
          String(c.held.open),
        ],
        speed,
      ),
    ),
    "",
    "Stories, BCubed P/R/F1: all reports (each unlabelled text its own story), the labelled reports only, and",
    "the singleton baseline on the labelled reports. Copies, pairs P/R: ours and the lead-hash baseline.",
    row(["reports", "all", "labelled", "labelled singletons", "copies", "lead hash"], quality),
    ...checkpoints.map((c) =>
      row(
        [
          String(c.reports),
          triple(c.stories),
          triple(c.labelled),
          triple(c.labelledSingletons),
          pair(c.copies),
          pair(c.leadHash),
        ],
        quality,
      ),
    ),
    "",
    "Time is clustering plus copy detection only (the stream is built and scored outside the clock).",
  ];
  return lines.join("\n");
}

function pair(c: CopyScores): string {
  return `${c.precision.toFixed(3)}/${c.recall.toFixed(3)}`;
}

function triple(s: Scores): string {
  return `${s.precision.toFixed(3)}/${s.recall.toFixed(3)}/${s.f1.toFixed(3)}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
