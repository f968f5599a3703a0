/** The naive baseline: raw chrono-node results as temporal expressions, DATE or TIME with a calendar value. */
import * as chrono from "chrono-node";
import { componentsDay, referenceInstant } from "../annotate/chrono-reference.js";
import type { Timex } from "./timeml-reader.js";

/** Every chrono.parse result in TEXT, read against local noon of the DCT day (YYYY-MM-DD). */
export function chronoTimexes(text: string, dct: string): Timex[] {
  return chrono.parse(text, referenceInstant(dct)).map((result) => {
    const start = result.start;
    const timed = start.isCertain("hour");
    const hh = String(start.get("hour") ?? 0).padStart(2, "0");
    const mm = String(start.get("minute") ?? 0).padStart(2, "0");
    return {
      start: result.index,
      end: result.index + result.text.length,
      text: result.text,
      type: timed ? "TIME" : "DATE",
      value: timed ? `${componentsDay(start)}T${hh}:${mm}` : componentsDay(start),
    };
  });
}
