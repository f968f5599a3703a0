/** First entity pass: proper-noun runs from wink's POS tags, typed by word lists and context cues. */
import type { EntityMention, Sentence, Token } from "../model/document.js";
import type { EntityType } from "../model/report-schema.js";
import { type Annotator, required } from "./annotator.js";
import {
  CALENDAR_WORDS,
  CITIES,
  COUNTRIES,
  DEMONYMS,
  KNOWN_ORGS,
  NAME_PARTICLES,
  ORG_WORDS,
  ROLE_WORDS,
} from "./entity-lexicon.js";

interface Run {
  readonly tokens: readonly Token[];
  readonly sentenceStart: boolean;
  /** The token after the run, if any. */
  readonly next: Token | undefined;
}

export const entityRecognizer: Annotator<"entities"> = {
  name: "entity-recognizer",
  requires: ["tokens", "sentences"],
  assigns: ["entities"],
  annotate(draft) {
    const text = draft.report.text;
    const tokens = required(draft, "tokens");
    const runs = properNounRuns(tokens, required(draft, "sentences"));
    const seenInside = new Set(
      runs.filter((r) => !r.sentenceStart || r.tokens.length > 1).flatMap((r) => r.tokens.map((t) => t.text)),
    );
    const mentions: EntityMention[] = [];
    for (const run of runs) {
      const named = stripRole(run.tokens);
      if (named.length === 0) continue;
      const start = (named[0] as Token).start;
      const end = (named[named.length - 1] as Token).end;
      const name = text.slice(start, end);
      const initial = run.sentenceStart && named[0] === run.tokens[0];
      if (!keep(named, initial, seenInside, run.next)) continue;
      const context = {
        before: text.slice(Math.max(0, start - 30), start),
        after: text.slice(end, end + 30),
      };
      const hadRole = named.length < run.tokens.length;
      mentions.push({ start, end, text: name, type: entityType(name, named.length, hadRole, context) });
    }
    return { entities: retypeSurnames(mentions) };
  },
};

const isNameToken = (t: Token) =>
  t.pos === "PROPN" || (/^[A-Z]/.test(t.text) && t.pos === "NOUN" && t.text.length > 1);

/** Maximal runs of proper nouns, joined across particles that sit between two of them. */
function properNounRuns(tokens: readonly Token[], sentences: readonly Sentence[]): Run[] {
  const starts = new Set(sentences.map((s) => s.start));
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i] as Token) || CALENDAR_WORDS.has((tokens[i] as Token).text)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (t && isNameToken(t) && !CALENDAR_WORDS.has(t.text) && t.start - (tokens[j - 1] as Token).end <= 1)
        j++;
      else if (t && NAME_PARTICLES.has(t.text) && joinsAcross(tokens, j)) j++;
      else if (t && isPluralPossessive(tokens, j)) j++;
      else break;
    }
    const first = tokens[i] as Token;
    const prev = tokens[i - 1];
    runs.push({
      tokens: tokens.slice(i, j),
      sentenceStart: starts.has(first.start) || /^[“"‘']$/.test(prev?.text ?? ""),
      next: tokens[j],
    });
    i = j;
  }
  return runs;
}

/** "Residents’ Forum": a plural possessive inside a name, glued to the word before it. */
function isPluralPossessive(tokens: readonly Token[], j: number): boolean {
  const mark = tokens[j] as Token;
  const prev = tokens[j - 1] as Token;
  const next = tokens[j + 1];
  return (
    /^['’]$/.test(mark.text) &&
    prev.end === mark.start &&
    /s$/.test(prev.text) &&
    Boolean(next && isNameToken(next))
  );
}

/** A particle joins only when a name token follows it (possibly after one more particle). */
function joinsAcross(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if ((tokens[j] as Token).text === "and") return false;
  if (next && isNameToken(next)) return true;
  return Boolean(next && NAME_PARTICLES.has(next.text) && after && isNameToken(after));
}

/** "US Secretary of State John Kerry" keeps "John Kerry"; a run that is all role words is dropped. */
function stripRole(tokens: readonly Token[]): readonly Token[] {
  let last = -1;
  tokens.forEach((t, i) => {
    if (ROLE_WORDS.has(t.text)) last = i;
  });
  if (last < 0) return trimParticles(tokens);
  const rest = tokens.slice(last + 1);
  // After a title, "of" starts the jurisdiction, not the name: "Governor Ana Ruiz of Upper Kell".
  const ofAt = rest.findIndex((t) => t.text === "of" || t.text === "for");
  const name = trimParticles(ofAt > 0 ? rest.slice(0, ofAt) : rest);
  // A role word followed by an organisation ("Director of the Observatory") is not a title before a name.
  return name.some((t) => ORG_WORDS.has(t.text)) ? trimParticles(tokens) : name;
}

function trimParticles(tokens: readonly Token[]): readonly Token[] {
  let a = 0;
  let b = tokens.length;
  while (
    a < b &&
    NAME_PARTICLES.has((tokens[a] as Token).text) &&
    !/^(Al|El|Abu)$/.test((tokens[a] as Token).text)
  )
    a++;
  while (b > a && NAME_PARTICLES.has((tokens[b - 1] as Token).text)) b--;
  return tokens.slice(a, b);
}

function keep(
  tokens: readonly Token[],
  atSentenceStart: boolean,
  seenInside: ReadonlySet<string>,
  next: Token | undefined,
): boolean {
  const only = tokens[0] as Token;
  if (isAdjectiveCompound(tokens.map((t) => t.text).join(""))) return false;
  if (tokens.length > 1) return true;
  if (DEMONYMS.has(only.text) || /['’]/.test(only.text) || only.text.length < 2) return false;
  // A capitalised word seen only at the start of sentences is most often an ordinary word ("Fresh strikes"),
  // unless a verb follows it as its subject ("Kerry said").
  return (
    !atSentenceStart ||
    next?.pos === "VERB" ||
    seenInside.has(only.text) ||
    COUNTRIES.has(only.text) ||
    CITIES.has(only.text) ||
    KNOWN_ORGS.has(only.text)
  );
}

/** "US-Russian", "anti-Assad": adjectives built from names, not names. */
function isAdjectiveCompound(word: string): boolean {
  const parts = word.split("-");
  return /^anti-/i.test(word) || (parts.length > 1 && DEMONYMS.has(parts[parts.length - 1] as string));
}

const PLACE_WORDS =
  /\b(Road|Street|Square|Avenue|District|Province|Valley|River|Mountains?|Island|Bridge|Airport|Dam|Lake|Reservoir|Harbou?r|Port|Bay|Park)$/;
const PLACE_BEFORE =
  /\b(in|near|at|outside|districts? of|city of|towns? of|villages? of|province of|neighbou?rhoods? of)\s+(the\s+)?$/i;

function entityType(
  name: string,
  size: number,
  hadRole: boolean,
  context: { before: string; after: string },
): EntityType {
  const parts = name.split(/[\s-]+/);
  if (COUNTRIES.has(name) || CITIES.has(name) || PLACE_WORDS.test(name)) return "place";
  if (KNOWN_ORGS.has(name) || parts.some((w) => ORG_WORDS.has(w) || KNOWN_ORGS.has(w))) return "organization";
  if (/^[A-Z]{2,6}$/.test(name)) return "organization";
  if (hadRole) return "person";
  if (PLACE_BEFORE.test(context.before)) return "place";
  if (size >= 2 && parts.every((w) => /^[A-Z]|^(al|bin|de|van|von|ibn|el|da)$/.test(w))) return "person";
  if (/^,?\s+(said|says|told|added|declared|stated)\b/.test(context.after)) return "person";
  return "other";
}

/** A lone surname ("Kerry") takes the type of the full name it ends ("John Kerry") in the same report. */
function retypeSurnames(mentions: EntityMention[]): EntityMention[] {
  const surnames = new Set(
    mentions
      .filter((m) => m.type === "person")
      .map(
        (m) =>
          m.text
            .split(/\s+/)
            .pop()
            ?.replace(/^(al|Al)-/, "") ?? "",
      ),
  );
  return mentions.map((m) =>
    m.type === "other" && !m.text.includes(" ") && surnames.has(m.text) ? { ...m, type: "person" } : m,
  );
}
