/** Resolves an attribution's source as written (a name, a pronoun, a description) to the name it stands for. */
import type { EntityMention, WordsSpan } from "../model/document.js";

const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const GROUP_PRONOUN = /^(?:they|we|it|i|you)$/i;

export interface ResolvedSpeaker {
  readonly speaker: string | null;
  /** How the speaker was found, or why there is none. */
  readonly note: string;
}

const nameOf = (e: EntityMention) => e.refersTo ?? e.text;
const isSpeaker = (e: EntityMention) => e.type === "person" || e.type === "organization";

/**
 * A named source is its entity; "he"/"she" is the nearest person named before it (within the report); a
 * description is its own speaker unless a name stands beside it ("Ammar al-Selmo, the head of ...") or the
 * entity tagger tied it to one.
 */
export function resolveSpeaker(
  source: WordsSpan | null,
  entities: readonly EntityMention[],
  text: string,
): ResolvedSpeaker {
  if (!source) return { speaker: null, note: "no source named in or beside the sentence" };
  const inside = entities.filter((e) => isSpeaker(e) && e.start < source.end && source.start < e.end);
  const person = inside.find((e) => e.type === "person");
  const words = source.text.trim();
  if (PERSON_PRONOUN.test(words)) {
    const before = [...entities].reverse().find((e) => e.type === "person" && e.end <= source.start);
    return before
      ? { speaker: nameOf(before), note: `"${words}" resolved to the nearest person named before it` }
      : { speaker: null, note: `"${words}" with no person named before it` };
  }
  if (GROUP_PRONOUN.test(words)) return { speaker: null, note: `"${words}" is not resolved to a name` };
  // "Ammar al-Selmo, the head of the civil defence", "the UN Syria envoy Staffan de Mistura": the person.
  if (person) {
    const described = person.end - person.start < words.length - 2;
    return { speaker: nameOf(person), note: described ? `named, with the description "${words}"` : "named" };
  }
  const beside = appositiveName(source, entities, text);
  if (beside) return { speaker: nameOf(beside), note: `described as "${words}" beside the name` };
  const named = inside.find((e) => e.refersTo);
  if (named?.refersTo)
    return { speaker: named.refersTo, note: `"${words}" stands for ${named.refersTo} here` };
  const org = inside[0];
  if (org && org.end - org.start >= 0.8 * words.length) return { speaker: nameOf(org), note: "named" };
  return { speaker: words, note: "described, not named: the description is the speaker" };
}

/** A person named right before or after the description, set off by a comma: "NAME, DESCRIPTION" or the reverse. */
function appositiveName(
  source: WordsSpan,
  entities: readonly EntityMention[],
  text: string,
): EntityMention | null {
  for (const e of entities) {
    if (e.type !== "person") continue;
    const between = e.end <= source.start ? text.slice(e.end, source.start) : text.slice(source.end, e.start);
    if (e.end <= source.start || e.start >= source.end) {
      if (/^\s*,\s*$/.test(between)) return e;
    }
  }
  return null;
}
