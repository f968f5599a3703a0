/** Whether a page is a placeholder (an archive notice, a script wall, an error page) rather than an article. */
import type { Removed } from "../model/report-schema.js";
import { BOILERPLATE_RULES } from "./boilerplate-rules.js";

const PLACEHOLDER_REASONS = new Set(BOILERPLATE_RULES.filter((r) => r.placeholder).map((r) => r.reason));

/**
 * Beside a placeholder notice, this much text or less is the page's own furniture ("Learn more", a stray
 * heading), not an article. An article of a few lines with an embedded tweet's notice is longer than this.
 */
export const PLACEHOLDER_REST_WORDS = 40;

/** The first placeholder notice removed from a page, or null when there is none. */
export function placeholderReason(removed: readonly Removed[]): string | null {
  return removed.find((r) => PLACEHOLDER_REASONS.has(r.reason))?.reason ?? null;
}

/** The notice that makes a page a placeholder: one was removed and what is kept is too short to be an article. */
export function placeholderNotice(removed: readonly Removed[], kept: readonly string[]): string | null {
  const reason = placeholderReason(removed);
  if (reason === null) return null;
  let words = 0;
  for (const p of kept) words += p.split(/\s+/).filter(Boolean).length;
  return words <= PLACEHOLDER_REST_WORDS ? reason : null;
}

/** What a page that kept no article text showed instead, for the problem recorded against it. */
export function emptyPageMessage(removed: readonly Removed[]): string {
  const reason = placeholderReason(removed);
  return `expected article text, found ${reason ? `a ${reason} in place of the article` : "only boilerplate"}`;
}
