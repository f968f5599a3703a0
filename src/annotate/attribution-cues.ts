/** Speech verbs, wire channels and the phrase shapes that attribute words or figures to a source. */
import type { EntityMention } from "../model/document.js";

export const SPEECH_VERB =
  "said|says|say|told|tells|added|adds|declared|stated|reported|reports|reporting|estimated|estimates|claimed|claims|confirmed|confirms|alleged|alleges|announced|announces|warned|insisted|noted|wrote|explained|asked|described|counted|recorded|put";

/** News agencies and broadcasters that carry other people's words: a channel, not the source. */
export const CHANNELS =
  /^(Reuters|AFP|AP|Associated Press|Agence France[- ]Presse|AP News|Al Jazeera|BBC|CNN|Xinhua|Anadolu|TASS|Interfax|dpa|SANA)$/;

const AFTER_SOURCE = new RegExp(
  `^(?:\\s*\\([^)]{1,30}\\))?(?:,[^,;"“”]{1,100},)?(?:\\s+(?:of|from|in|at)\\s+[^,.;"“”]{1,40}?)?\\s+(?:(?:also|has|had|have|then|later|earlier|previously|\\w+ or)\\s+)*(?:${SPEECH_VERB})\\b`,
  "i",
);
/** Title-case words between a cue and a name: the title the recogniser kept out of the name ("Governor"). */
const TITLE_GAP = "(?:the\\s+)?(?:[A-Z][\\w.-]*\\s+){0,4}";
const AFTER_VERB = new RegExp(`\\b(?:${SPEECH_VERB})\\s+${TITLE_GAP}$`, "i");
const AFTER_ACCORDING = new RegExp(`according to\\s+${TITLE_GAP}$`, "i");

export interface Attribution {
  readonly source: EntityMention;
  readonly via: string | null;
}

/**
 * The source a sentence attributes its content to: "according to X", "X said", "X, the ..., told Reuters",
 * "said X", "with X reporting". `near` is the offset of what is attributed: the closest source wins.
 */
export function findAttribution(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  entities: readonly EntityMention[],
  near: number,
): Attribution | null {
  const inSentence = entities.filter(
    (e) =>
      e.start >= sentenceStart && e.end <= sentenceEnd && (e.type === "person" || e.type === "organization"),
  );
  const candidates = inSentence.filter((e) => {
    const before = text.slice(Math.max(sentenceStart, e.start - 60), e.start);
    const after = text.slice(e.end, Math.min(sentenceEnd, e.end + 140));
    return (
      AFTER_ACCORDING.test(before) ||
      AFTER_SOURCE.test(after) ||
      AFTER_VERB.test(before) ||
      /\bwith\s+(the\s+)?$/i.test(before)
    );
  });
  if (candidates.length === 0) return null;
  const isChannel = (e: EntityMention) =>
    CHANNELS.test(e.text) ||
    /\b(told|telling|tells|speaking to|spoke to|interview with)\s+(the\s+)?$/i.test(
      text.slice(Math.max(0, e.start - 30), e.start),
    );
  // "X, director of ORG, told ...": the organisation describes the speaker; it is not a second source.
  const described = (e: EntityMention) =>
    /\b(of|for|at)\s+(the\s+)?$/i.test(text.slice(Math.max(0, e.start - 12), e.start));
  const direct = candidates.filter((e) => !isChannel(e));
  const sources = direct.some((e) => !described(e)) ? direct.filter((e) => !described(e)) : direct;
  const pool = sources.length > 0 ? sources : candidates;
  const source = pool.reduce((a, b) => (distance(a, near) <= distance(b, near) ? a : b));
  const via =
    channelIn(text.slice(sentenceStart, sentenceEnd)) ??
    (sources.length > 0 ? (candidates.find((e) => isChannel(e))?.text ?? null) : null);
  return { source, via: via === source.text ? null : via };
}

/** "told Reuters", "in an interview with AP", "speaking to AFP" name the channel. */
export function channelIn(sentence: string): string | null {
  const m =
    /\b(?:told|telling|tells|speaking to|spoke to|in an interview with|interviewed by)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/.exec(
      sentence,
    );
  return m ? (m[1] as string) : null;
}

function distance(e: EntityMention, at: number): number {
  return at < e.start ? e.start - at : at >= e.end ? at - e.end : 0;
}
