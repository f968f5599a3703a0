/** The baseline attribution finder: quoted spans, and "said"/"says"/"told"/"according to" with the rest of the sentence. */
import type { PredictedAttribution } from "./quote-eval.js";

const SENTENCE = /[^.!?\n]+[.!?]*["”]?/g;
const CUE = /\b(?:said|says|told|according to)\b/g;
const QUOTE = /["“]([^"“”\n]+)["”]/g;

/**
 * Direct: text between quote marks, four words or more, source the word before the sentence's "said".
 * Reported: each cue word outside the quotes; the content is the rest of the sentence after it, or the sentence
 * before it when less than three words follow; the source is the word before the cue (after "according to").
 */
export function cueBaseline(text: string): PredictedAttribution[] {
  const out: PredictedAttribution[] = [];
  const quoted: [number, number][] = [];
  for (const m of text.matchAll(QUOTE)) {
    if ((m[1] as string).trim().split(/\s+/).length < 4) continue;
    quoted.push([m.index, m.index + m[0].length]);
    const source = sourceNear(text, m.index);
    out.push({ content: [[m.index, m.index + m[0].length]], source: source ? [source] : null, direct: true });
  }
  for (const s of text.matchAll(SENTENCE)) {
    const start = s.index;
    const end = start + s[0].replace(/[.!?"”\s]+$/, "").length;
    for (const c of s[0].matchAll(CUE)) {
      const at = start + c.index;
      if (quoted.some(([a, b]) => a <= at && at < b)) continue;
      const after = text.slice(at + c[0].length, end);
      const content: [number, number] =
        after.trim().split(/\s+/).length >= 3
          ? [at + c[0].length + 1, end]
          : [start, Math.max(start, at - 1)];
      const word = c[0].startsWith("according")
        ? /^\s*(\S+)/.exec(after)
        : /(\S+)\s*$/.exec(text.slice(start, at));
      const source: [number, number] | null = word
        ? c[0].startsWith("according")
          ? [
              at + c[0].length + (word.index ?? 0) + word[0].length - (word[1] as string).length,
              at + c[0].length + word[0].length,
            ]
          : [start + (word.index as number), start + (word.index as number) + (word[1] as string).length]
        : null;
      if (content[1] > content[0])
        out.push({ content: [content], source: source ? [source] : null, direct: false });
    }
  }
  return out;
}

function sourceNear(text: string, at: number): [number, number] | null {
  const rest = text.slice(at, at + 300);
  const m = /[”"]\s*,?\s*(\S+)\s+said\b|[”"]\s*,?\s*said\s+(\S+)/.exec(rest);
  if (!m) return null;
  const word = (m[1] ?? m[2]) as string;
  const offset = at + m.index + m[0].indexOf(word);
  return [offset, offset + word.length];
}
