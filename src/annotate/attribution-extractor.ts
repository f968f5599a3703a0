/** Finds attributions (direct quotes and reported speech) with their cue, content, source and resolved speaker. */
import type { AttributionMention, EntityMention, Sentence, Span, WordsSpan } from "../model/document.js";
import { type Annotator, required } from "./annotator.js";
import { CHANNELS, channelIn } from "./attribution-cues.js";
import { type DecodedAttribution, decodeAttributions, roleSpans } from "./attribution-decoder.js";
import { sentenceViews, tagSentence } from "./attribution-tagger.js";
import { joinQuotes } from "./quote-joiner.js";
import { isDirectQuote, isTitle, mergeQuotes } from "./quote-merger.js";
import { quoteSourceAround } from "./quote-source-finder.js";
import { resolveSpeaker } from "./speaker-resolver.js";

export const attributionExtractor: Annotator<"attributions"> = {
  name: "attribution-extractor",
  requires: ["sentences", "tokens", "entities", "quotes"],
  assigns: ["attributions"],
  annotate(draft) {
    const text = draft.report.text;
    const sentences = required(draft, "sentences");
    const entities = required(draft, "entities");
    const quotes = required(draft, "quotes");
    const views = sentenceViews(text, sentences, required(draft, "tokens"), entities);
    const spans = views.flatMap((s, i) => roleSpans(tagSentence(s), s.tokens, i));
    const sources = spans.filter((s) => s.role === "SRC");
    const paragraph = (i: number) => sentences[i]?.paragraph ?? -1;
    const sameParagraph = (a: number, b: number) => paragraph(a) === paragraph(b);
    const decoded = mergeQuotes(decodeAttributions(spans, sameParagraph), quotes, sources, text, entities);
    // A content of marks or punctuation alone says nothing anyone said.
    const worded = decoded.filter((d) =>
      d.content.some((c) => /[\p{L}\p{N}]/u.test(text.slice(c.start, c.end))),
    );
    const attributions = worded.map((d) => mention(d, text, sentences, entities));
    const joined = joinQuotes(
      attributions.sort((a, b) => a.start - b.start),
      text,
    );
    return { attributions: joined.map((a) => withSourceAround(a, text, entities)) };
  },
};

function mention(
  d: DecodedAttribution,
  text: string,
  sentences: readonly Sentence[],
  entities: readonly EntityMention[],
): AttributionMention {
  const start = d.content[0]?.start ?? 0;
  const end = d.content[d.content.length - 1]?.end ?? start;
  const words = (s: Span | null): WordsSpan | null => (s ? { ...s, text: text.slice(s.start, s.end) } : null);
  const sentence = sentences[d.sentence] as Sentence | undefined;
  const around = sentence ? text.slice(sentence.start, sentence.end) : "";
  const via = channelIn(around);
  const trimmed = d.source ? trimSpan(d.source, text) : d.cue ? subjectOf(d.cue, entities, text) : null;
  const source = words(
    trimmed && CHANNELS.test(text.slice(trimmed.start, trimmed.end)) && via ? null : trimmed,
  );
  const { speaker, note } = resolveSpeaker(source, entities, text);
  return {
    kind: isDirect(text.slice(start, end)) ? "direct" : "indirect",
    start,
    end,
    content: d.content.map((c) => ({ start: c.start, end: c.end })),
    text: d.content.map((c) => text.slice(c.start, c.end)).join(" … "),
    cue: words(d.cue),
    source,
    speaker,
    speakerNote: note,
    via: via === speaker ? null : via,
    sentence: d.sentence,
  };
}

/** A direct quote still without a source takes one by the shapes news writes it in (see quote-source-finder). */
function withSourceAround(
  a: AttributionMention,
  text: string,
  entities: readonly EntityMention[],
): AttributionMention {
  if (a.kind !== "direct" || a.source) return a;
  const last = a.content[a.content.length - 1] ?? a;
  const found = quoteSourceAround({ start: a.start, end: last.end }, text, entities);
  if (!found) return a;
  const source = { ...found, text: text.slice(found.start, found.end) };
  const { speaker, note } = resolveSpeaker(source, entities, text);
  return { ...a, source, speaker, speakerNote: note };
}

/** Words that may stand between a subject and its verb: "(SOHR)", "also", "has", "reportedly". */
const BEFORE_VERB =
  /^\s*(?:\([^)]{1,30}\))?\s*(?:(?:also|has|have|had|was|were|reportedly|later|earlier|then)\s+)*$/i;

/** The person or organisation named right before a cue that the tagger gave no source: "SOHR (…) claimed". */
function subjectOf(cue: Span, entities: readonly EntityMention[], text: string): Span | null {
  const subject = entities.find(
    (e) =>
      (e.type === "person" || e.type === "organization") &&
      e.end <= cue.start &&
      cue.start - e.end <= 60 &&
      BEFORE_VERB.test(text.slice(e.end, cue.start)),
  );
  return subject ? { start: subject.start, end: subject.end } : null;
}

/** A span without the quote marks, commas and spaces at its ends; null when nothing else is left. */
function trimSpan(span: Span, text: string): Span | null {
  let { start, end } = span;
  while (start < end && /[\s"“”'‘’,.:;()—–-]/.test(text[start] as string)) start++;
  while (end > start && /[\s"“”'‘’,.:;()—–-]/.test(text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}

/** Content that opens with a quote mark on a capitalised sentence, not a title: a direct quote. */
function isDirect(content: string): boolean {
  return /^["“]/.test(content) && isDirectQuote(content) && !isTitle(content.replace(/^["“]/, ""));
}
