/** Dates each report: the date it declares (metadata, dateline), or a lower bound from the text's own full dates. */
import * as chrono from "chrono-node";
import type { Published } from "../model/report-schema.js";
import type { Annotator } from "./annotator.js";
import { componentsDay } from "./chrono-reference.js";
import { boundedPublication } from "./elapsed-bound.js";

// Only expressions that state their own year are used here, so the reference cannot leak into the result.
const ANY_REFERENCE = new Date(2000, 0, 1, 12);

export const publicationDater: Annotator<"published" | "referenceDate"> = {
  name: "publication-dater",
  requires: [],
  assigns: ["published", "referenceDate"],
  annotate({ report }) {
    if (report.declaredDate) {
      const published = {
        date: report.declaredDate,
        after: null,
        before: null,
        basis: report.declaredDateBasis ?? "declared",
      };
      return { published, referenceDate: report.declaredDate };
    }
    const published = boundsFromText(report.text);
    // A lower bound is no reference ("Monday" could be any Monday after it); a story's date is the best there is.
    const context = report.contextDate;
    if (!context) return { published, referenceDate: null };
    return {
      published: {
        ...published,
        basis: `${published.basis}; relative dates read against ${context.day}, ${context.basis}`,
      },
      referenceDate: context.day,
    };
  },
};

/** An undated report's bounds from its own text: on or after its latest full date, before an elapsed bound. */
function boundsFromText(text: string): Published {
  const latest = latestFullDate(text);
  if (!latest)
    return { date: null, after: null, before: null, basis: "none: no date in the input or the text" };
  return boundedPublication(text, latest.index, latest.day, "on or after the latest full date in the text");
}

/** The latest day written out with its year ("September 9, 2016") and where it is, or null. */
export function latestFullDate(text: string): { day: string; index: number } | null {
  let latest: { day: string; index: number } | null = null;
  for (const result of chrono.parse(text, ANY_REFERENCE)) {
    const c = result.start;
    // chrono marks the year of "last week" certain too; only a written year counts here.
    if (!/\b\d{4}\b/.test(result.text) || !c.isCertain("month") || !c.isCertain("day")) continue;
    const day = componentsDay(c);
    if (!latest || day > latest.day) latest = { day, index: result.index };
  }
  return latest;
}
