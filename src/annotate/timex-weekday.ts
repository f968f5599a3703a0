/** Resolves a bare weekday against the document date: the past one by default, the coming one when the sentence looks ahead. */
import { addDays, weekday } from "./timex-calendar.js";

const FORWARD_CUES =
  /\b(will|won't|next|coming|due to|due|plans? to|planning to|planned|scheduled|expected to|to be held|is to|are to|set to|going to|would)\b[^.!?]{0,60}$/i;

/** A past-tense verb right before the date ("announced Wednesday", "met on Monday") anchors it in the past. */
const PAST_VERB =
  /\b(?:\w{3,}ed|said|met|told|read|held|began|made|took|came|went|gave|saw|fell|rose|won|lost|sent|left|paid|struck|shot|spoke|was|were)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** A plan told in the past ("was due to", "were scheduled to") is over by the document date. */
const PAST_PLAN =
  /\b(?:was|were|had been)\s+(?:due|scheduled|expected|set|planned|going)\s+to\b[^.!?]{0,60}$/i;
/** Words right before the date that point ahead whatever the tense: "as early as", "until". */
const AHEAD_NOW = /\b(?:as (?:soon|early) as|until|till|by|effective|payable|starting|beginning)\s+$/i;

/** A past perfect in the sentence ("had not called", "had filed") puts an "until"/"by" day in the past. */
const PERFECT = /\bhad\b/i;
/** The verb the weekday leads into, told in the past ("for Saturday was canceled"). */
const PAST_AFTER =
  /^[^.!?,;]{0,40}?\b(?:was|were|had)\s+(?!planning|going|expected|scheduled|due|set|to\b)[a-z]+/i;
/** A sentence opening on the weekday whose verb looks ahead ("On Tuesday, the league plans to ..."). */
const FORWARD_AFTER =
  /^[^.!?;]{0,80}?\b(?:will|plans? to|intends? to|is (?:scheduled|expected|due|set) to|are (?:scheduled|expected|due|set) to|is to|are to)\b/i;
/** Past-tense words in the words after the weekday, before any look-ahead verb. */
const PAST_WORD = /\b(?:said|saying|says|told|was|were|had|did|met|held|began|came|went|took|\w{3,}ed)\b/i;

/** Whether a weekday looks ahead, from the words before it and after it (same sentence). */
export function looksAhead(before: string, after = ""): boolean {
  const sentence = before.split(/[.!?]\s/).pop() ?? before;
  const rest = after.split(/[.!?](?:\s|$)/)[0] ?? after;
  const clause = sentence.split(/[,;:]\s/).pop() ?? sentence;
  if (AHEAD_NOW.test(sentence)) return !PERFECT.test(`${clause} ${rest}`);
  if (PAST_VERB.test(sentence) || PAST_PLAN.test(sentence)) return false;
  if (FORWARD_CUES.test(sentence)) return !PAST_AFTER.test(rest);
  // Reported speech ("said in an interview broadcast on Thursday that the war will …") looks ahead from then.
  if (PAST_WORD.test(clause)) return false;
  const ahead = FORWARD_AFTER.exec(rest);
  return ahead !== null && !PAST_WORD.test(rest.slice(0, ahead.index + ahead[0].length));
}

/**
 * Whether the sentence around a date tells of the past: a past-tense verb right before it ("set on", "ended")
 * or, for a date that opens the sentence, in the words after it ("In January, the board named ...").
 */
export function looksBack(before: string, after = ""): boolean {
  const sentence = before.split(/[.!?]\s/).pop() ?? before;
  if (PAST_VERB.test(sentence) || PAST_PLAN.test(sentence)) return true;
  if (FORWARD_CUES.test(sentence)) return false;
  const rest = after.split(/[.!?](?:\s|$)/)[0] ?? after;
  return /^\W*(?:in|on|during|since|by|late|early)?\s*$/i.test(sentence) && PAST_WORD.test(rest.slice(0, 60));
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
