/** Finds date expressions (chrono-node) and resolves them against the report's reference day. */
import * as chrono from "chrono-node";
import type { DateMention } from "../model/document.js";
import { type Annotator, required } from "./annotator.js";
import { addDays, componentsDay, referenceInstant, weekday } from "./chrono-reference.js";

/** chrono finds these where they are not dates ("now", "the weekend", "after a week"). */
const NOT_A_DATE =
  /^(now|right now|weekend|the weekend|a week|after a week|one week|the week|week|once|sec|may|march|(a|one|two|three|\d+) (days?|weeks?|months?) (after|later|before|earlier))$/i;
const MONTH_NAME =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}|\b\d{1,2}\/\d{1,2}\b/i;
/** "will", "next", "due to": the sentence looks ahead. "was due to" looked ahead from a past day: not a cue. */
const FORWARD_CUES = /\b(will|next|coming|(?<!(was|were|had been) )(due|scheduled|expected) to|plans? to|to be held)\b[^.]{0,40}$/i;
const FALLBACK_REFERENCE = new Date(2000, 0, 1, 12);

export const dateAnnotator: Annotator<"dates"> = {
  name: "date-annotator",
  requires: ["sentences", "referenceDate"],
  assigns: ["dates"],
  annotate(draft) {
    const text = draft.report.text;
    const reference = required(draft, "referenceDate");
    const dates: DateMention[] = [];
    required(draft, "sentences").forEach((sentence, index) => {
      const chunk = text.slice(sentence.start, sentence.end);
      for (const result of chrono.parse(
        chunk,
        reference ? referenceInstant(reference) : FALLBACK_REFERENCE,
      )) {
        const words = result.text.replace(/^(on|in|at|since|by)\s+/i, "");
        if (NOT_A_DATE.test(words.trim())) continue;
        const start = sentence.start + result.index;
        const before = text.slice(Math.max(sentence.start, start - 50), start);
        let value = resolveDay(result, reference, FORWARD_CUES.test(before));
        // chrono puts "midnight" at the start of the next day; a news report means the one just past.
        if (reference && value && value > reference && /\bmidnight\b/i.test(result.text)) value = reference;
        const month = MONTH_NAME.test(result.text) ? (result.start.get("month") as number) : null;
        dates.push({
          start,
          end: start + result.text.length,
          text: result.text,
          value,
          month,
          sentence: index,
        });
      }
    });
    return { dates };
  },
};

function resolveDay(result: chrono.ParsedResult, reference: string | null, forward: boolean): string | null {
  const c = result.start;
  if (!reference) return /\b\d{4}\b/.test(result.text) && c.isCertain("day") ? componentsDay(c) : null;
  const onlyWeekday = c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month");
  if (!onlyWeekday) return componentsDay(c);
  // News convention: a bare weekday means the most recent one, unless the sentence looks ahead.
  const target = c.get("weekday") as number;
  const diff = (weekday(reference) - target + 7) % 7;
  return forward ? addDays(reference, diff === 0 ? 7 : 7 - diff) : addDays(reference, -diff);
}
