/** Finds a direct quote's source by the shapes news writes it in, when the tagger gave none. */
import type { EntityMention, Span } from "../model/document.js";
import { SPEECH_VERB } from "./attribution-cues.js";

const CUE = `(?:${SPEECH_VERB}|asks|continued|continues|recalled|replied|responded|tweeted|writes|affirms|declares|reads|beamed|shouted|joked|quipped|exclaimed|boasted|admitted|acknowledged|conceded|agreed|argued|countered|vowed|promised)`;
/** “…,” he said / “…,” said the boy / “…,” the mayor said: the words right after the closing mark. */
const AFTER_PRONOUN = new RegExp(`^[ ,]*(he|she|they|we|I) +${CUE}\\b`);
const AFTER_CUE_FIRST = new RegExp(
  `^[ ,]*${CUE} +((?:the |a |an )?\\p{L}[\\w'’.-]*(?: +[A-Z][\\w'’.-]*){0,4})`,
  "u",
);
const AFTER_SOURCE_FIRST = new RegExp(
  `^[ ,]*((?:the |a |an )?\\p{L}[\\w'’.-]*(?: +[\\w'’.-]+){0,4}?) +${CUE}\\b`,
  "u",
);
/** X declared: “…” / X issued the following statement: “…”: a clause ending in a colon before the quote. */
const BEFORE_COLON = /([^.!?"“”:;]{1,160}):\s*$/;

/**
 * A pronoun, a name or a short noun phrase next to a speech verb right after the quote; else, for a quote after
 * a colon, the first person or organisation (or the pronoun) that opens the clause before the colon.
 */
export function quoteSourceAround(
  quote: Span,
  text: string,
  entities: readonly EntityMention[],
): Span | null {
  // The quote may end before its closing mark and comma: skip them.
  const lead = /^[ ,"”“]*/.exec(text.slice(quote.end, quote.end + 8))?.[0].length ?? 0;
  // Only the rest of the line: a source in the next paragraph belongs to what follows it.
  const after = text.slice(quote.end + lead, quote.end + lead + 120).split("\n")[0] ?? "";
  const words = [AFTER_PRONOUN, AFTER_CUE_FIRST, AFTER_SOURCE_FIRST]
    .map((re) => re.exec(after))
    .find((m) => m !== null && !/["“”]/.test(m[0]));
  if (words?.[1]) {
    const start = quote.end + lead + words.index + words[0].indexOf(words[1]);
    return { start, end: start + words[1].length };
  }
  const before = BEFORE_COLON.exec(text.slice(Math.max(0, quote.start - 160), quote.start));
  if (!before?.[1]) return null;
  const clauseStart = quote.start - before[0].length;
  const clauseEnd = clauseStart + before[1].length;
  const speaker = entities.find(
    (e) => e.start >= clauseStart && e.end <= clauseEnd && (e.type === "person" || e.type === "organization"),
  );
  if (speaker) return { start: speaker.start, end: speaker.end };
  const pronoun = /^\s*(?:\S+\s+){0,6}?(he|she|they)\b/i.exec(before[1]);
  if (!pronoun?.[1]) return null;
  const start = clauseStart + pronoun[0].length - pronoun[1].length;
  return { start, end: start + pronoun[1].length };
}
