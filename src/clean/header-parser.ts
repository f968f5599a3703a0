/** Parses the lines above the first body paragraph: masthead (outlet), tagline, headline and dateline. */
import { parseDateline } from "./dateline-parser.js";

export interface HeaderParts {
  /** How many leading paragraphs the header takes. */
  readonly length: number;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly dateline: string | null;
  readonly removed: readonly { text: string; reason: string }[];
}

/** A paragraph that reads as running text rather than a headline. */
export function isBodyParagraph(p: string): boolean {
  const words = p.split(/\s+/).length;
  return words > 25 || (/[.!?]["”’)]?$/.test(p) && words >= 6) || /^["“]/.test(p);
}

function isMasthead(p: string): boolean {
  const words = p.split(/\s+/);
  return (
    words.length <= 4 && words.every((w) => /^[A-Z0-9&]|^(of|the|and|de|al)$/.test(w)) && !/[.!?]$/.test(p)
  );
}

export function parseHeader(paragraphs: readonly string[]): HeaderParts {
  let length = 0;
  while (length < paragraphs.length && length < 6 && !isBodyParagraph(paragraphs[length] as string)) length++;
  // With no body after it, the "header" is the whole text: nothing to parse.
  if (length === paragraphs.length)
    return { length: 0, title: null, outlet: null, dateline: null, removed: [] };
  const zone = paragraphs.slice(0, length);
  let dateline: string | null = null;
  const lines: string[] = [];
  const removed: { text: string; reason: string }[] = [];
  for (const p of zone) {
    const day = parseDateline(p);
    if (day && !dateline) {
      dateline = day;
      removed.push({ text: p, reason: "dateline" });
    } else lines.push(p);
  }
  const title = lines.length > 0 ? (lines[lines.length - 1] as string) : null;
  let outlet: string | null = null;
  for (const p of lines.slice(0, -1)) {
    if (!outlet && isMasthead(p)) {
      outlet = p;
      removed.push({ text: p, reason: "masthead" });
    } else removed.push({ text: p, reason: "tagline" });
  }
  return { length, title, outlet, dateline, removed };
}
