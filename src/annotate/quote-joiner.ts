/** Joins the pieces of one speaker's quote that the text splits ("“A,” she said. “B.”") into one attribution. */
import type { AttributionMention } from "../model/document.js";
import { isTitle } from "./quote-merger.js";

/** The most text between two pieces of one quote: a speaker, a verb and a few words. */
const MAX_GAP = 150;

/**
 * Two direct quotes in a row are one attribution when nothing quoted lies between them and the second names no
 * other speaker: a quote interrupted by "she said", or continued in the next paragraph (where news style
 * reopens the marks), which the second quote must then do without a source of its own.
 */
export function joinQuotes(attributions: readonly AttributionMention[], text: string): AttributionMention[] {
  const out: AttributionMention[] = [];
  for (const a of attributions) {
    const last = out[out.length - 1];
    if (last && continues(last, a, text)) {
      out[out.length - 1] = {
        ...last,
        end: a.end,
        content: [...last.content, ...a.content],
        text: `${last.text} … ${a.text}`,
        cue: last.cue ?? a.cue,
        // “…,” — “…,” she said: the source named after the second piece speaks both.
        ...(last.source === null && a.source !== null
          ? { source: a.source, speaker: a.speaker, speakerNote: a.speakerNote, via: last.via ?? a.via }
          : {}),
      };
    } else out.push(a);
  }
  return out;
}

function continues(first: AttributionMention, next: AttributionMention, text: string): boolean {
  if (first.kind !== "direct" || next.kind !== "direct") return false;
  const between = text.slice(first.end, next.start);
  // A paragraph that opens a quote without closing it goes on in the next, which reopens the marks.
  const open = !/["”“]\s*$/.test(text.slice(first.start, first.end));
  if (open && /^\s*\n\s*$/.test(between)) return true;
  // A show's title between the pieces ("he said on “Meet the Press.”") is not a quote of its own.
  const plain = between.replace(/["“]([^"“”\n]{1,60})["”]/g, (m, inner: string) => (isTitle(inner) ? "" : m));
  if (plain.length > MAX_GAP || /["“”]/.test(plain)) return false;
  const sameSpeaker = next.source === null || (next.speaker !== null && next.speaker === first.speaker);
  if (!sameSpeaker) return false;
  return !between.includes("\n") || next.source === null;
}
