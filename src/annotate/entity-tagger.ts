/** Entity mentions from the trained tagger, with news rules on top: titles kept out of names, particles kept in. */
import type { EntityMention, Token } from "../model/document.js";
import type { EntityType } from "../model/report-schema.js";
import { type Annotator, required } from "./annotator.js";
import { KNOWN_ORGS, ORG_WORDS, ROLE_WORDS } from "./entity-lexicon.js";
import { tagTokens } from "./ner-tagger.js";

const TYPES: Readonly<Record<string, EntityType>> = {
  PER: "person",
  ORG: "organization",
  LOC: "place",
  MISC: "other",
};

/** A token as the tagger saw it in training: hyphenated words whole ("al-Selmo", "Jean-Marc"). */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export const entityTagger: Annotator<"entities"> = {
  name: "entity-tagger",
  requires: ["tokens", "sentences"],
  assigns: ["entities"],
  annotate(draft) {
    const text = draft.report.text;
    const tokens = required(draft, "tokens");
    const entities: EntityMention[] = [];
    let t = 0;
    for (const sentence of required(draft, "sentences")) {
      const inSentence: Token[] = [];
      while (t < tokens.length && (tokens[t] as Token).start < sentence.end) {
        if ((tokens[t] as Token).start >= sentence.start) inSentence.push(tokens[t] as Token);
        t++;
      }
      entities.push(...sentenceEntities(text, joinHyphenated(text, inSentence)));
      entities.push(...descriptions(text, sentence, entities));
    }
    return { entities };
  },
};

function sentenceEntities(text: string, words: readonly Word[]): EntityMention[] {
  if (words.length === 0) return [];
  const tags = tagTokens(words.map((w) => w.text));
  const out: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const tag = tags[i] as string;
    if (!tag.startsWith("B-")) continue;
    let j = i + 1;
    while (j < words.length && tags[j] === `I-${tag.slice(2)}`) j++;
    let type = TYPES[tag.slice(2)] ?? "other";
    // "Aleppo Media Centre": a capitalised organisation word right after a name completes an organisation's name.
    while (j < words.length && tags[j] === "O" && ORG_WORDS.has((words[j] as Word).text)) {
      j++;
      type = "organization";
    }
    const named = withoutModifiers(withoutTitles(words.slice(i, j), tag.slice(2)));
    if (named.length > 0) {
      const start = (named[0] as Word).start;
      const end = (named[named.length - 1] as Word).end;
      const name = text.slice(start, end);
      out.push({ start, end, text: name, type: KNOWN_ORGS.has(name) ? "organization" : type });
    }
    i = j - 1;
  }
  return out;
}

/** wink splits "al-Selmo" into three tokens; the tagger was trained on hyphenated words whole. */
function joinHyphenated(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  for (const token of tokens) {
    const last = words[words.length - 1];
    const glued = last && last.end === token.start;
    if (glued && (token.text === "-" || text[last.end - 1] === "-")) {
      words[words.length - 1] = {
        text: text.slice(last.start, token.end),
        start: last.start,
        end: token.end,
      };
    } else words.push({ text: token.text, start: token.start, end: token.end });
  }
  return words;
}

/** "the Britain-based monitor", "the watchdog": a description of an organisation named earlier. */
const DESCRIPTION =
  /\bthe\s+((?:[\p{L}.]+-based|[\p{L}]+)\s+)?(monitor|watchdog|monitoring group|rights group)\b/giu;

/**
 * A description stands for the organisation named last before it in the report (news style names a source,
 * then refers back to it), unless that is a news agency, which a description of a source never means.
 */
function descriptions(
  text: string,
  sentence: { start: number; end: number },
  before: readonly EntityMention[],
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(DESCRIPTION)) {
    const start = sentence.start + (m.index ?? 0) + 4;
    const antecedent = [...before]
      .reverse()
      .find((e) => e.type === "organization" && e.end <= start && !KNOWN_ORGS.has(e.text) && !e.refersTo);
    if (!antecedent) continue;
    const end = sentence.start + (m.index ?? 0) + m[0].length;
    out.push({ start, end, text: text.slice(start, end), type: "organization", refersTo: antecedent.text });
  }
  return out;
}

/** "UK-based", "Russian-backed", "anti-Assad": adjectives built on a name, not names. */
const COMPOUND_ADJECTIVE =
  /^(anti|pro|non|ex)-|-(based|backed|led|run|owned|born|held|brokered|made|controlled|linked|allied)$/i;

/** "UK-based Syrian Observatory" names the Syrian Observatory; a mention that is only such an adjective names nothing. */
function withoutModifiers(words: readonly Word[]): readonly Word[] {
  let k = 0;
  while (k < words.length && COMPOUND_ADJECTIVE.test((words[k] as Word).text)) k++;
  return words.slice(k);
}

/** "President Bashar al-Assad" names Bashar al-Assad: leading titles are a role, not part of a person's name. */
function withoutTitles(words: readonly Word[], type: string): readonly Word[] {
  if (type !== "PER") return words;
  let k = 0;
  while (k < words.length - 1 && ROLE_WORDS.has((words[k] as Word).text)) k++;
  return words.slice(k);
}
