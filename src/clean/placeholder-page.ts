/** Whether a page is a placeholder (an archive notice, a script wall, an error page) rather than an article. */
import type { Removed } from "../model/report-schema.js";
import { BOILERPLATE_RULES } from "./boilerplate-rules.js";

const PLACEHOLDER_REASONS = new Set(BOILERPLATE_RULES.filter((r) => r.placeholder).map((r) => r.reason));

/**
 * Beside placeholder notices, body text this short ("Learn more", a stray heading) is the page's own furniture,
 * not an article, when the notices also outweigh it two to one: a 30-word brief under a one-line "Please enable
 * JavaScript to watch this video" keeps its text.
 */
export const PLACEHOLDER_REST_WORDS = 40;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first placeholder notice removed from a page, or null when there is none. */
export function placeholderReason(removed: readonly Removed[]): string | null {
  return removed.find((r) => PLACEHOLDER_REASONS.has(r.reason))?.reason ?? null;
}

/** The notice that makes a page a placeholder, or null when the page keeps an article (see the bar above). */
export function placeholderNotice(removed: readonly Removed[], kept: readonly string[]): string | null {
  let noticeWords = 0;
  for (const r of removed) if (PLACEHOLDER_REASONS.has(r.reason)) noticeWords += wordCount(r.text);
  if (noticeWords === 0) return null;
  let keptWords = 0;
  for (const p of kept) keptWords += wordCount(p);
  return keptWords <= PLACEHOLDER_REST_WORDS && 2 * keptWords <= noticeWords
    ? placeholderReason(removed)
    : null;
}

/** A notice's reason with its article, for messages: "a script wall", "an error page". */
export function noticePhrase(reason: string): string {
  return `${/^[aeiou]/i.test(reason) ? "an" : "a"} ${reason}`;
}

/** What a page that kept no article text showed instead, for the problem recorded against it. */
export function emptyPageMessage(removed: readonly Removed[]): string {
  const reason = placeholderReason(removed);
  return `expected article text, found ${reason ? `${noticePhrase(reason)} in place of the article` : "only boilerplate"}`;
}
