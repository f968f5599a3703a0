/** Reads a stand-alone dateline ("September 23, 2016 at 11:45 am", "Published: 2016-09-23") as a calendar day. */
import * as chrono from "chrono-node";

// Any fixed reference works: a dateline is accepted only when it states the year itself.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** The day a dateline paragraph states, as YYYY-MM-DD, or null when the paragraph is not a dateline. */
export function parseDateline(paragraph: string): string | null {
  const p = paragraph
    .trim()
    .replace(/^(published|updated|posted|last updated|date)\s*(on)?\s*:?\s*/i, "")
    .replace(/\s*\|.*$/, "");
  if (p.length === 0 || p.length > 60) return null;
  const [result] = chrono.parse(p, REFERENCE);
  if (!result) return null;
  const start = result.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  // The date must be (nearly) the whole paragraph: a weekday name or a time zone may stand around it.
  const rest = (p.slice(0, result.index) + p.slice(result.index + result.text.length))
    .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(gmt|utc|[a-z]{2,4}t)\b|[\s,.|-]+/gi, "")
    .trim();
  if (rest.length > 0) return null;
  const y = start.get("year") as number;
  const m = start.get("month") as number;
  const d = start.get("day") as number;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
