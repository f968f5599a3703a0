/** Scores extraction on the trafilatura layout: snippets that must be kept ("with") and dropped ("without"). */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeWebText } from "../ingest/html-charset.js";
import { median, pagesPerSecond } from "./eval-stats.js";
import { plainReadability } from "./readability-baseline.js";
import { timedExtraction, WARM_UP_PAGES, warmUp } from "./timed-extraction.js";

export interface SnippetScores {
  readonly layout: "trafilatura";
  readonly pages: number;
  readonly ours: SnippetCounts;
  readonly readability: SnippetCounts;
  readonly pagesPerSecond: number;
  readonly medianMs: number;
}

export interface SnippetCounts {
  readonly withKept: number;
  readonly withTotal: number;
  readonly withoutDropped: number;
  readonly withoutTotal: number;
}

interface Entry {
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

/** Whitespace differs between the page and the snippet lists, so both sides are compared with it collapsed. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

export async function evaluateSnippets(dir: string): Promise<SnippetScores> {
  const data = JSON.parse(await readFile(join(dir, "evaldata.json"), "utf8")) as Record<string, Entry>;
  const ours: SnippetCounts[] = [];
  const baseline: SnippetCounts[] = [];
  const times: number[] = [];
  const load = async (entry: Entry) =>
    decodeWebText(gunzipSync(await readFile(join(dir, "html", `${entry.file}.gz`))));
  const entries = Object.entries(data);
  warmUp(await Promise.all(entries.slice(0, WARM_UP_PAGES).map(([, entry]) => load(entry))));
  for (const [url, entry] of entries) {
    const html = await load(entry);
    const extracted = timedExtraction(html, url);
    times.push(extracted.ms);
    ours.push(count(entry, squash(extracted.text)));
    baseline.push(count(entry, squash(plainReadability(html))));
  }
  return {
    layout: "trafilatura",
    pages: times.length,
    ours: sum(ours),
    readability: sum(baseline),
    pagesPerSecond: pagesPerSecond(times),
    medianMs: median(times),
  };
}

function count(entry: Entry, text: string): SnippetCounts {
  return {
    withKept: entry.with.filter((s) => text.includes(squash(s))).length,
    withTotal: entry.with.length,
    withoutDropped: entry.without.filter((s) => !text.includes(squash(s))).length,
    withoutTotal: entry.without.length,
  };
}

function sum(counts: readonly SnippetCounts[]): SnippetCounts {
  const add = (key: keyof SnippetCounts) => counts.reduce((s, c) => s + c[key], 0);
  return {
    withKept: add("withKept"),
    withTotal: add("withTotal"),
    withoutDropped: add("withoutDropped"),
    withoutTotal: add("withoutTotal"),
  };
}
