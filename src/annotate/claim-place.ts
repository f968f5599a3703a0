/** The place a figure is about: the place named nearest it in its sentence, with the side of it ("east Aleppo"). */
import type { EntityMention, Span } from "../model/document.js";

const SIDE =
  /\b(north|south|east|west|northern|southern|eastern|western|central|rebel-held|government-held|regime-held|opposition-held)\s+(?:of\s+)?$/i;

/** "eastern Aleppo" for the place nearest the figure at `at` within `sentence`, or null when none is named. */
export function placeOf(
  text: string,
  sentence: Span,
  at: number,
  entities: readonly EntityMention[],
): string | null {
  const places = entities.filter(
    (e) => e.type === "place" && e.start >= sentence.start && e.end <= sentence.end,
  );
  if (places.length === 0) return null;
  const nearest = places.reduce((a, b) => (distance(b, at) < distance(a, at) ? b : a));
  const side = SIDE.exec(text.slice(Math.max(sentence.start, nearest.start - 20), nearest.start))?.[1];
  const name = nearest.refersTo ?? nearest.text;
  return side ? `${side.toLowerCase()} ${name}` : name;
}

function distance(e: Span, at: number): number {
  return at < e.start ? e.start - at : at >= e.end ? at - e.end : 0;
}
