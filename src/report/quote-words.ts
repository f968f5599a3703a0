/** Words for a quote's speaker as the Markdown and HTML reports print them. */
import type { QuoteGroup } from "../model/report-schema.js";

/** "Ammar al-Selmo via Reuters", or "no speaker (no source named in or beside the sentence)". */
export function speakerWords(quote: QuoteGroup): string {
  const who = quote.speaker ?? `no speaker (${quote.speakerNote})`;
  return `${who}${quote.via ? ` via ${quote.via}` : ""}`;
}

/** "Kerry (r1, r2) · Lavrov (r3)": each speaker the carrying reports give. */
export function speakerList(quote: QuoteGroup): string {
  return quote.speakers.map((s) => `${s.name ?? "none"} (${s.reports.join(", ")})`).join(" · ");
}
