/** Words for a quote's speaker as the Markdown and HTML reports print them. */
import type { QuoteGroup } from "../model/report-schema.js";

/**
 * "Ammar al-Selmo via Reuters", "Staffan de Mistura; given as a UN mediator in 000", or "no speaker (no source
 * named in or beside the sentence)".
 */
export function speakerWords(quote: QuoteGroup): string {
  const who = quote.speaker ?? `no speaker (${quote.speakerNote})`;
  const others = quote.speakers.filter((s) => s.name !== quote.speaker);
  const also =
    others.length > 0 && !quote.speakerConflict
      ? `; given as ${others.map((s) => `${s.name ?? "no one"} in ${s.reports.join(", ")}`).join(", ")}`
      : "";
  return `${who}${quote.via ? ` via ${quote.via}` : ""}${also}`;
}

/** "Kerry (r1, r2) · Lavrov (r3)": each speaker the carrying reports give. */
export function speakerList(quote: QuoteGroup): string {
  return quote.speakers.map((s) => `${s.name ?? "none"} (${s.reports.join(", ")})`).join(" · ");
}
