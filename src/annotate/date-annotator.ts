/** Finds temporal expressions and gives each its TimeML value and, where it names one, its calendar day. */
import * as chrono from "chrono-node";
import type { DateMention, Sentence } from "../model/document.js";
import { type Annotator, required } from "./annotator.js";
import { componentsDay } from "./chrono-reference.js";
import { annotateTimexes } from "./timex-normalizer.js";

const MONTH_NAME =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}|\b\d{1,2}\/\d{1,2}\b/i;
// Only expressions that state their own year are kept without a reference, so this day never shows.
const ANY_REFERENCE = new Date(2000, 0, 1, 12);

export const dateAnnotator: Annotator<"dates"> = {
  name: "date-annotator",
  requires: ["sentences", "referenceDate"],
  assigns: ["dates"],
  annotate(draft) {
    const text = draft.report.text;
    const reference = required(draft, "referenceDate");
    const sentences = required(draft, "sentences");
    return { dates: reference ? timexDates(text, sentences, reference) : absoluteDates(text, sentences) };
  },
};

/** With a reference day, every expression gets its TimeML value (see timex-normalizer), and a day where it names one. */
function timexDates(text: string, sentences: readonly Sentence[], reference: string): DateMention[] {
  const dates: DateMention[] = [];
  sentences.forEach((sentence, index) => {
    for (const t of annotateTimexes(text.slice(sentence.start, sentence.end), reference)) {
      const day = /^(\d{4}-\d{2}-\d{2})/.exec(t.value)?.[1] ?? null;
      const month = /^\d{4}-(\d{2})/.exec(t.value)?.[1];
      dates.push({
        start: sentence.start + t.start,
        end: sentence.start + t.end,
        text: t.text,
        value: t.type === "DATE" || t.type === "TIME" ? day : null,
        month: month ? Number(month) : null,
        timex: { type: t.type, value: t.value },
        sentence: index,
      });
    }
  });
  return dates;
}

/**
 * Without a reference day only dates that state their year have a value; the others are kept, unvalued, with
 * the month they name (story clustering compares months).
 */
function absoluteDates(text: string, sentences: readonly Sentence[]): DateMention[] {
  const dates: DateMention[] = [];
  sentences.forEach((sentence, index) => {
    for (const result of chrono.parse(text.slice(sentence.start, sentence.end), ANY_REFERENCE)) {
      const c = result.start;
      const dated = /\b\d{4}\b/.test(result.text) && c.isCertain("day");
      const start = sentence.start + result.index;
      dates.push({
        start,
        end: start + result.text.length,
        text: result.text,
        value: dated ? componentsDay(c) : null,
        month: MONTH_NAME.test(result.text) ? (c.get("month") as number) : null,
        timex: null,
        sentence: index,
      });
    }
  });
  return dates;
}
