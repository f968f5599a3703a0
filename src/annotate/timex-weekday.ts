/** Resolves a bare weekday against the document date: the past one by default, the coming one when the sentence looks ahead. */
import { addDays, weekday } from "./timex-calendar.js";

const FORWARD_CUES =
  /\b(will|won't|next|coming|due to|due|plans? to|planned|scheduled|expected to|to be held|is to|are to|set to|going to|would)\b[^.!?]{0,60}$/i;

/** A past-tense verb right before the date ("announced Wednesday", "met on Monday") anchors it in the past. */
const PAST_VERB =
  /\b(?:\w{3,}ed|said|met|told|read|held|began|made|took|came|went|gave|saw|fell|rose|won|lost|sent|left|paid|struck|shot|spoke|was|were)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** A plan told in the past ("was due to", "were scheduled to") is over by the document date. */
const PAST_PLAN =
  /\b(?:was|were|had been)\s+(?:due|scheduled|expected|set|planned|going)\s+to\b[^.!?]{0,60}$/i;
/** Words right before the date that point ahead whatever the tense: "as early as", "until". */
const AHEAD_NOW = /\b(?:as (?:soon|early) as|until|till|by|effective|payable|starting|beginning)\s+$/i;

/** Whether the words before a weekday (same sentence) look ahead. */
export function looksAhead(before: string): boolean {
  const sentence = before.split(/[.!?]\s/).pop() ?? before;
  if (AHEAD_NOW.test(sentence)) return true;
  if (PAST_VERB.test(sentence) || PAST_PLAN.test(sentence)) return false;
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
