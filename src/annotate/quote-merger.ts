/** Puts the quote extractor's quotes into the tagged attributions: which are direct, their marks, their sources. */
import type { EntityMention, QuoteMention, Span } from "../model/document.js";
import type { DecodedAttribution } from "./attribution-decoder.js";
import { quoteKindScore } from "./quote-kind.js";
import { quoteSourceAround } from "./quote-source-finder.js";

type Draft = { content: Span[]; cue: Span | null; source: Span | null; sentence: number };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const SMALL = /^(?:a|an|the|of|and|or|to|in|on|for|at|with|by|from|as|is)$/i;
/** A quote's span with its marks, when the marks are there. */
export function marked(quote: Span, text: string): Span {
  const start = /["“]/.test(text[quote.start - 1] ?? "") ? quote.start - 1 : quote.start;
  const end = /["”“]/.test(text[quote.end] ?? "") ? quote.end + 1 : quote.end;
  return { start, end };
}

/** A capitalised sentence in marks, as opposed to a partial quote ("called it “a very big threat”"). */
export function isDirectQuote(words: string): boolean {
  const quoted = words.replace(/^["“\s]+/, "").trim();
  return quoted.split(/\s+/).filter(Boolean).length >= 2 && /^[\p{Lu}\d]/u.test(quoted);
}

/**
 * Whether the quote at `span` (marks included) is a direct quote of its own rather than words inside reported
 * speech ("called it “a very big threat”"): the trained quote-kind model where it is shipped, else a
 * capitalised sentence that is no title.
 */
export function isOwnQuote(span: Span, text: string): boolean {
  const score = quoteKindScore(span, text);
  if (score !== null) return score > 0;
  const words = text.slice(span.start, span.end);
  return isDirectQuote(words) && !isTitle(words.replace(/^["“]/, ""));
}

/** "Meet the Press", "How the Grinch Stole Christmas": every word but the small ones capitalised. */
export function isTitle(words: string): boolean {
  if (/[!?]["”]?\s*$/.test(words.trim())) return false;
  const list = words
    .replace(/[^\p{L}\p{N}'’\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  return list.length <= 8 && list.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL.test(w)));
}

/**
 * A direct quote (the quote-kind model's call) becomes one attribution with the marks in its content and the
 * cue of the tagged content it overlaps; its source is, in order, a tagged source beside it, the quote
 * extractor's, one found by the shapes news writes ("“…,” said X", "X declared: “…”"), the overlapping
 * content's. What the tagger had outside the marks stays when three words or more are left. Partial quotes stay
 * inside the tagged content; one the tagger missed is added with the source named before it.
 */
export function mergeQuotes(
  decoded: readonly DecodedAttribution[],
  quotes: readonly QuoteMention[],
  sources: readonly Span[],
  text: string,
  entities: readonly EntityMention[] = [],
): DecodedAttribution[] {
  const drafts: Draft[] = decoded.map((d) => ({ ...d, content: [...d.content] }));
  const quoted: Draft[] = [];
  for (const quote of quotes) {
    const words = text.slice(quote.start, quote.end);
    const span = marked(quote, text);
    const hits = drafts.filter((d) => d.content.some((c) => overlaps(c, span)));
    if (!isOwnQuote(span, text)) {
      if (hits.length === 0 && !isTitle(words)) {
        // A partial quote the tagger missed ("SOHR claimed that “the most intense strikes in months” …") is the
        // words of the source named before it in its sentence.
        const source = quote.sourceSpan ?? sourceBefore(span, sources, text);
        quoted.push({ content: [span], cue: null, source, sentence: quote.sentence });
      }
      continue;
    }
    const source =
      besideQuote(span, sources, text) ??
      quote.sourceSpan ??
      quoteSourceAround(span, text, entities) ??
      hits.find((h) => h.source)?.source ??
      null;
    quoted.push({
      content: [span],
      cue: hits.find((h) => h.cue)?.cue ?? null,
      source,
      sentence: quote.sentence,
    });
    for (const h of hits) h.content = h.content.flatMap((c) => outside(c, span, text));
  }
  return [...drafts.filter((d) => d.content.length > 0), ...quoted];
}

/** The most text between a quote and its source: ", said the former governor of Ohio, who". */
const SOURCE_GAP = 80;

/**
 * The tagged source right after the quote in its paragraph (“…,” said X), else right before it (X said: “…”),
 * with nothing quoted between them.
 */
function besideQuote(span: Span, sources: readonly Span[], text: string): Span | null {
  const clear = (from: number, to: number) =>
    to >= from && to - from <= SOURCE_GAP && !/["“”\n]/.test(text.slice(from, to));
  const after = sources.filter(
    (s) => s.start >= span.end && clear(span.end, s.start) && !/[.!?]\s/.test(text.slice(span.end, s.start)),
  );
  const before = sources.filter((s) => s.end <= span.start && clear(s.end, span.start));
  const first = after.length > 0 ? after.reduce((x, y) => (x.start <= y.start ? x : y)) : null;
  const last = before.length > 0 ? before.reduce((x, y) => (x.end >= y.end ? x : y)) : null;
  // A quote that ends its sentence was more likely introduced ("X said, “…”") than followed by its source.
  return endsSentence(span, text) ? (last ?? first) : (first ?? last);
}

/**
 * Whether the sentence ends with the quote: “… found.” He added … (a new sentence) as against “… found,” he
 * said, or “… found!” she said, where a lower-case word goes on.
 */
export function endsSentence(span: Span, text: string): boolean {
  const inner = text.slice(span.start, span.end).replace(/["”“’'\s]+$/, "");
  if (!/[.!?]$/.test(inner)) return false;
  return !/^[\s"”“]*\p{Ll}/u.test(text.slice(span.end, span.end + 6));
}

/** The last tagged source before the quote in its sentence, with nothing quoted between them. */
function sourceBefore(span: Span, sources: readonly Span[], text: string): Span | null {
  const before = sources.filter(
    (s) => s.end <= span.start && !/["“”\n]|[.!?]\s/.test(text.slice(s.end, span.start)),
  );
  return before.length > 0 ? before.reduce((x, y) => (x.end >= y.end ? x : y)) : null;
}

/** The parts of `c` outside `span`, each kept when it holds three words or more. */
function outside(c: Span, span: Span, text: string): Span[] {
  if (!overlaps(c, span)) return [c];
  const parts = [
    { start: c.start, end: Math.min(c.end, span.start) },
    { start: Math.max(c.start, span.end), end: c.end },
  ];
  return parts.filter((p) => p.end > p.start && text.slice(p.start, p.end).trim().split(/\s+/).length >= 3);
}
