/** Finds direct quotes (straight or curly marks, mismatched closers) and the speaker named around them. */
import type { EntityMention, QuoteMention, Sentence } from "../model/document.js";
import { type Annotator, required } from "./annotator.js";
import { channelIn, SPEECH_VERB } from "./attribution-cues.js";

/** Fewer words than this between quote marks is a scare quote or a title, not a quotation. */
const MIN_WORDS = 2;
const OPEN = /[“"]/g;
const PRONOUN_AFTER = new RegExp(`^[,.]?\\s*["”“]?\\s*,?\\s*(he|she)\\s+(?:${SPEECH_VERB})\\b`, "i");

export const quoteExtractor: Annotator<"quotes"> = {
  name: "quote-extractor",
  requires: ["paragraphs", "sentences", "entities"],
  assigns: ["quotes"],
  annotate(draft) {
    const text = draft.report.text;
    const sentences = required(draft, "sentences");
    const entities = required(draft, "entities");
    const quotes: QuoteMention[] = [];
    for (const para of required(draft, "paragraphs")) {
      for (const span of quoteSpans(text, para.start, para.end)) {
        const words = text.slice(span.start, span.end).trim().split(/\s+/).length;
        if (words < MIN_WORDS) continue;
        const sentence = Math.max(
          0,
          sentences.findIndex((s) => s.end > span.start),
        );
        let speaker = speakerOf(text, span, sentences, sentence, entities);
        const previous = quotes[quotes.length - 1];
        // A second quote in the paragraph with no speaker of its own continues the previous speaker's words.
        if (!speaker.speaker && previous?.speaker && previous.end >= para.start) {
          speaker = {
            ...speaker,
            speaker: previous.speaker,
            speakerSpan: previous.speakerSpan,
            via: previous.via,
          };
        }
        quotes.push({ ...span, text: text.slice(span.start, span.end), ...speaker, sentence });
      }
    }
    return { quotes };
  },
};

/** Spans of quoted words; a quote not closed in its paragraph runs to the paragraph's end. */
function quoteSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const para = text.slice(start, end);
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(para); m; m = OPEN.exec(para)) {
    const open = m.index;
    if (open > 0 && /\w/.test(para[open - 1] as string)) continue; // an inch mark or a stray closer
    const close = findCloser(para, open + 1);
    spans.push({ start: start + open + 1, end: start + (close ?? para.length) });
    OPEN.lastIndex = (close ?? para.length) + 1;
  }
  return spans;
}

/** The closing mark: ” or " or a mistyped “ after a word or punctuation, followed by a break. */
function findCloser(para: string, from: number): number | null {
  for (let i = from; i < para.length; i++) {
    const c = para[i] as string;
    if (c !== "”" && c !== '"' && c !== "“") continue;
    const prev = para[i - 1] ?? " ";
    const next = para[i + 1] ?? " ";
    // A curly closer may follow a stray space ("advice, ” he said"); a straight one must touch its word.
    const touches = /\S/.test(prev) || (c === "”" && /[,.!?]/.test(para[i - 2] ?? ""));
    if (touches && /[\s,.;:!?)\u2014-]|$/.test(next)) return i;
  }
  return null;
}

interface SpeakerInfo {
  readonly speaker: string | null;
  readonly speakerSpan: { start: number; end: number } | null;
  /** The source as written beside the quote: the name, or the pronoun that stands for it. */
  readonly sourceSpan: { start: number; end: number } | null;
  readonly via: string | null;
}

function speakerOf(
  text: string,
  span: { start: number; end: number },
  sentences: readonly Sentence[],
  index: number,
  entities: readonly EntityMention[],
): SpeakerInfo {
  const sentence = sentences[index] as Sentence;
  const last = sentences.find((s) => s.end >= span.end) ?? sentence;
  const after = text.slice(span.end, Math.max(span.end, last.end));
  const before = text.slice(sentence.start, Math.max(sentence.start, span.start - 1));
  const via = channelIn(after) ?? channelIn(before);
  const people = entities.filter((e) => e.type === "person" || e.type === "organization");
  const afterWho = people.find(
    (e) =>
      e.start >= span.end &&
      e.end <= last.end &&
      isSpeechAround(text.slice(span.end, e.start), text.slice(e.end, last.end)),
  );
  const beforeWho = [...people]
    .reverse()
    .find(
      (e) =>
        e.start >= sentence.start &&
        e.end < span.start &&
        new RegExp(`\\b(${SPEECH_VERB})\\b`, "i").test(text.slice(e.end, span.start)),
    );
  const named = afterWho ?? beforeWho;
  if (named)
    return {
      speaker: named.text,
      speakerSpan: { start: named.start, end: named.end },
      sourceSpan: { start: named.start, end: named.end },
      via: via === named.text ? null : via,
    };
  const pronoun = pronounSpan(after, span.end) ?? pronounSpan(before, sentence.start, true);
  if (pronoun) {
    const antecedent = [...entities].reverse().find((e) => e.type === "person" && e.end <= span.start);
    if (antecedent) {
      const speakerSpan = { start: antecedent.start, end: antecedent.end };
      return { speaker: antecedent.text, speakerSpan, sourceSpan: pronoun, via };
    }
  }
  return { speaker: null, speakerSpan: null, sourceSpan: null, via };
}

/** The "he"/"she" that says the quote, after it (", he said") or before it ("he told Reuters: ..."). */
function pronounSpan(words: string, offset: number, before = false): { start: number; end: number } | null {
  const m = before
    ? /\b(he|she)\s+(?:said|says|told|added)\b[^"“”]*$/i.exec(words)
    : PRONOUN_AFTER.exec(words);
  if (!m) return null;
  const start = offset + m.index + m[0].toLowerCase().indexOf((m[1] as string).toLowerCase());
  return { start, end: start + (m[1] as string).length };
}

/** `gap` is the text between the quote and the name, `tail` what follows the name. */
function isSpeechAround(gap: string, tail: string): boolean {
  const words = gap.replace(/[\s,.”"“’]+/g, " ").trim();
  if (new RegExp(`^(?:${SPEECH_VERB})$`, "i").test(words)) return true;
  // Otherwise the gap may hold a description ("the UN Syria envoy") but no verb of its own.
  if (
    words.split(" ").length > 6 ||
    /[.!?;]/.test(gap.slice(2)) ||
    new RegExp(`\\b(?:${SPEECH_VERB})\\b`, "i").test(words)
  )
    return false;
  return (
    new RegExp(`^\\s*(?:${SPEECH_VERB})\\b`, "i").test(tail) ||
    /^,[^.]{0,120}?\b(?:told|said|says)\b/i.test(tail)
  );
}
