/** `triangulate eval casualties FILE`: the death toll each event text reports, against ACLED's coded fatalities. */
import { annotateUncleaned } from "../annotate/annotate-text.js";
import { eventDeathToll } from "../link/event-toll.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { firstNumberBeforeDeath } from "./casualty-baseline.js";
import { readEvalLines } from "./eval-lines.js";

export interface TollScores {
  /** Share of events whose toll is exactly the coded one. */
  readonly exact: number;
  /** Share within one death of it. */
  readonly within1: number;
  /** Mean absolute error in deaths. */
  readonly mae: number;
}

export interface CasualtyEvaluation {
  readonly events: number;
  /** Lines that did not parse or lack text or fatalities (each named on stderr). */
  readonly skipped: number;
  readonly ours: TollScores;
  readonly baseline: TollScores;
  readonly eventsPerSecond: number;
}

interface Event {
  readonly text: string;
  readonly fatalities: number;
}

/** Triangulate's toll for one event text: its claims of deaths, by ACLED's most-conservative rule. */
export function ourToll(text: string): number {
  return eventDeathToll(annotateUncleaned(text));
}

export async function evaluateCasualties(
  file: string,
  ours: (text: string) => number = ourToll,
): Promise<CasualtyEvaluation> {
  const { events, skipped } = await readEvents(file);
  const started = performance.now();
  const predicted = events.map((e) => ours(e.text));
  const seconds = (performance.now() - started) / 1000;
  return {
    events: events.length,
    skipped,
    ours: scores(events, predicted),
    baseline: scores(
      events,
      events.map((e) => firstNumberBeforeDeath(e.text)),
    ),
    eventsPerSecond: seconds === 0 ? 0 : events.length / seconds,
  };
}

function scores(events: readonly Event[], predicted: readonly number[]): TollScores {
  let exact = 0;
  let within1 = 0;
  let error = 0;
  events.forEach((e, i) => {
    const diff = Math.abs((predicted[i] as number) - e.fatalities);
    if (diff === 0) exact++;
    if (diff <= 1) within1++;
    error += diff;
  });
  const n = events.length || 1;
  return { exact: exact / n, within1: within1 / n, mae: error / n };
}

async function readEvents(file: string): Promise<{ events: Event[]; skipped: number }> {
  const lines = await readEvalLines(file);
  const events: Event[] = [];
  let skipped = 0;
  for (const { line, number } of lines) {
    try {
      const record = JSON.parse(line) as { text?: unknown; fatalities?: unknown };
      if (typeof record.text !== "string" || typeof record.fatalities !== "number") {
        throw new Error('expected "text" (a string) and "fatalities" (a number)');
      }
      events.push({ text: record.text, fatalities: record.fatalities });
    } catch (error) {
      skipped++;
      process.stderr.write(`triangulate: skipping ${file}:${number}: ${(error as Error).message}\n`);
    }
  }
  if (events.length === 0) {
    throw new TriangulateError(ErrorCode.EmptyInput, `expected events in ${file}, found none`, file);
  }
  return { events, skipped };
}
