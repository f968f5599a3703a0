/** Finds temporal expressions and normalises them to TimeML TIMEX3 values against the document date. */
import { chronoTimexes } from "./timex-chrono.js";
import { durationTimexes } from "./timex-durations.js";
import { granularTimexes } from "./timex-granularity.js";
import { occasionTimexes } from "./timex-occasions.js";
import { referenceTimexes, setTimexes } from "./timex-references.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export type Timex = { start: number; end: number; text: string; type: TimexType; value: string };

/**
 * Temporal expressions of `text`, valued against the document date `dct` (YYYY-MM-DD). Candidates come from
 * chrono-node and from rule sets, one concern each; overlaps go to the longer span, then to the earlier source.
 */
export function annotateTimexes(text: string, dct: string): Timex[] {
  const sources = [
    setTimexes(text, dct),
    granularTimexes(text, dct),
    durationTimexes(text),
    referenceTimexes(text, dct),
    occasionTimexes(text, dct),
    chronoTimexes(text, dct),
  ];
  const ranked = sources.flatMap((found, rank) => found.map((timex) => ({ timex, rank })));
  ranked.sort((a, b) => b.timex.end - b.timex.start - (a.timex.end - a.timex.start) || a.rank - b.rank);
  const kept: Timex[] = [];
  for (const { timex } of ranked) {
    if (!kept.some((k) => k.start < timex.end && timex.start < k.end)) kept.push(timex);
  }
  return kept.sort((a, b) => a.start - b.start);
}
