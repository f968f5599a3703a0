/** Resolves a bare weekday against the document date: the past one by default, the coming one when the sentence looks ahead. */
import { addDays, weekday } from "./timex-calendar.js";

const FORWARD_CUES =
  /\b(will|won't|next|coming|due to|due|plans? to|planned|scheduled|expected to|to be held|is to|are to|set to|going to|would)\b[^.!?]{0,60}$/i;

/** Whether the words before a weekday (same sentence) look ahead. */
export function looksAhead(before: string): boolean {
  const sentence = before.split(/[.!?]\s/).pop() ?? before;
  return FORWARD_CUES.test(sentence);
}

/**
 * The day of `target` (0 = Sunday) relative to the document date. "last"/"next" force the direction; otherwise
 * past by default and future when `forward`. The document date's own weekday means that day.
 */
export function resolveWeekday(
  dct: string,
  target: number,
  modifier: string | null,
  forward: boolean,
): string {
  const back = (weekday(dct) - target + 7) % 7;
  const ahead = (target - weekday(dct) + 7) % 7;
  const m = modifier?.toLowerCase() ?? "";
  if (m === "last" || m === "past") return addDays(dct, -(back === 0 ? 7 : back));
  if (m === "next" || m === "coming") return addDays(dct, ahead === 0 ? 7 : ahead);
  if (m === "this") return forward || ahead < back ? addDays(dct, ahead) : addDays(dct, -back);
  if (back === 0) return dct;
  return forward ? addDays(dct, ahead) : addDays(dct, -back);
}
