/** The identity of a report's content: the same text from the same place is the same report. */
import { createHash } from "node:crypto";
import type { RawReport } from "../model/document.js";

/**
 * SHA-256 of the outlet, URL, publication day, title and text, runs of white space squeezed (a re-fetch with
 * other spacing is the same report; one wire story carried by two outlets is two reports, for copy detection).
 */
export function contentHash(report: RawReport): string {
  const squeeze = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  const parts = [report.outlet, report.url, report.published, report.title, report.text].map(squeeze);
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}
