/** The identity of a report's content: the same text from the same place is the same report. */
import { createHash } from "node:crypto";
import type { RawReport } from "../model/document.js";

/** SHA-256 of the title, URL and text with runs of white space squeezed (a re-fetch with other spacing is the same). */
export function contentHash(report: RawReport): string {
  const squeeze = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(`${squeeze(report.title)}\u0000${squeeze(report.url)}\u0000${squeeze(report.text)}`)
    .digest("hex");
}
