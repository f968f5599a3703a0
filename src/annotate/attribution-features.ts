/** Features of one token for the attribution tagger: the word, its neighbours, quote marks, and where the speech verbs are. */
import type { ClusterMap } from "./ner-features.js";

/** The IOB2 labels of the attribution tagger: source, cue and content spans (PolNeAR's roles). */
export const ATTRIBUTION_LABELS = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"] as const;

/** What the features read of a token. */
export interface AttributionToken {
  readonly text: string;
  readonly pos: string;
  /** Inside quotation marks (the marks themselves excluded). */
  readonly quoted: boolean;
  /** The type of the entity mention the token is part of ("person", "organization", ...), or "". */
  readonly entity: string;
}

/**
 * Words that anchor an attribution (speech, thought and evidence verbs, "according"): every token is also
 * described by where the nearest one lies, which is what tells content ("said" ten words to the left, no comma
 * between) from source ("said" just to the right).
 */
const ANCHORS = new Set(
  (
    "said says say saying told tell tells telling added adds adding wrote writes write according asked asks " +
    "noted notes noting reported reports announced announces claimed claims claim argued argues argue " +
    "explained explains believe believes believed think thinks thought suggested suggests suggest " +
    "warned warns insisted insists stated states declared acknowledged acknowledges tweeted tweets " +
    "replied responded recalled continued described calls called calling urged accused denied denies " +
    "admitted admits predicted concluded cited citing show shows showed found finds reveal revealed " +
    "know knows knew want wants wanted hope hopes hoped expect expects expected fear fears feared " +
    "seemed seems appears appeared agreed agree agrees promised vowed pledged confirmed confirms"
  ).split(" "),
);

const bucket = (n: number) => (n <= 3 ? String(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+");

interface Nearest {
  readonly side: "L" | "R" | "-";
  readonly distance: number;
  readonly comma: boolean;
  readonly word: string;
}

/** For each token, the nearest anchor word in the sentence (other than itself), with a comma-between flag. */
function nearestAnchors(tokens: readonly AttributionToken[]): Nearest[] {
  const anchors = tokens.flatMap((t, i) => (ANCHORS.has(t.text.toLowerCase()) ? [i] : []));
  const commaBefore = new Int32Array(tokens.length + 1);
  tokens.forEach((t, i) => {
    commaBefore[i + 1] = (commaBefore[i] as number) + (/^[,;:—–-]$/.test(t.text) ? 1 : 0);
  });
  return tokens.map((_, i) => {
    let best = -1;
    for (const a of anchors) if (a !== i && (best < 0 || Math.abs(a - i) < Math.abs(best - i))) best = a;
    if (best < 0) return { side: "-", distance: 0, comma: false, word: "" };
    const [from, to] = best < i ? [best + 1, i] : [i + 1, best];
    return {
      side: best < i ? "L" : "R",
      distance: Math.abs(best - i),
      comma: (commaBefore[to] as number) - (commaBefore[from] as number) > 0,
      word: (tokens[best] as AttributionToken).text.toLowerCase(),
    };
  });
}

/** For each token, how far back the last closing quote mark is and how far on the next opening one ("" if none). */
function quoteMarks(tokens: readonly AttributionToken[]): { closed: string; opens: string }[] {
  const isMark = (t: AttributionToken | undefined) => t !== undefined && /^["“”]$/.test(t.text);
  const closing = tokens.map((t, i) => isMark(t) && (t.text === "”" || tokens[i - 1]?.quoted === true));
  const opening = tokens.map((t, i) => isMark(t) && !closing[i]);
  const out = tokens.map(() => ({ closed: "", opens: "" }));
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (last >= 0) (out[i] as { closed: string }).closed = bucket(i - last);
    if (closing[i]) last = i;
  }
  let next = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (next >= 0) (out[i] as { opens: string }).opens = bucket(next - i);
    if (opening[i]) next = i;
  }
  return out;
}

/** Features of every token of a sentence. `clusters` are the entity tagger's word clusters. */
export function attributionFeatures(tokens: readonly AttributionToken[], clusters: ClusterMap): string[][] {
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/\d/g, "0"));
  const near = nearestAnchors(tokens);
  const marks = quoteMarks(tokens);
  const quotes = tokens.some((t) => t.quoted);
  const n = tokens.length;
  return tokens.map((t, i) => {
    const w = lower[i] as string;
    const a = near[i] as Nearest;
    const at = `${a.side}${bucket(a.distance)}${a.comma ? "," : ""}`;
    const place = i === 0 ? "first" : i === n - 1 ? "last" : i < 3 ? "early" : n - i <= 3 ? "late" : "mid";
    const f = [
      "b",
      `w=${w}`,
      `x3=${w.slice(-3)}`,
      `p=${t.pos}`,
      `q=${t.quoted}`,
      `w-1=${lower[i - 1] ?? "<s>"}`,
      `w+1=${lower[i + 1] ?? "</s>"}`,
      `w-2=${lower[i - 2] ?? "<s>"}`,
      `w+2=${lower[i + 2] ?? "</s>"}`,
      `p-1=${tokens[i - 1]?.pos ?? "<s>"}`,
      `p+1=${tokens[i + 1]?.pos ?? "</s>"}`,
      `p-1p=${tokens[i - 1]?.pos ?? "<s>"}|${t.pos}`,
      `pp+1=${t.pos}|${tokens[i + 1]?.pos ?? "</s>"}`,
      `ww+1=${w}|${lower[i + 1] ?? "</s>"}`,
      `w-1w=${lower[i - 1] ?? "<s>"}|${w}`,
      `a=${at}`,
      `ap=${at}|${t.pos}`,
      `aw=${a.side}|${a.word}`,
      `aq=${at}|${t.quoted}`,
      `pl=${place}`,
      `sq=${quotes}`,
      `qc=${marks[i]?.closed}`,
      `qo=${marks[i]?.opens}`,
      `qcp=${marks[i]?.closed}|${t.pos}`,
      `e=${t.entity}`,
      `e-1=${tokens[i - 1]?.entity ?? "<s>"}`,
      `e+1=${tokens[i + 1]?.entity ?? "</s>"}`,
      `ea=${t.entity}|${at}`,
      `qop=${marks[i]?.opens}|${t.pos}`,
    ];
    for (const c of clusters.get(t.text) ?? clusters.get(w) ?? []) f.push(`c=${c}`);
    return f;
  });
}
