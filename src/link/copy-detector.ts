/** Finds copies between a story's reports: near-verbatim duplicates, sentence-by-sentence rewrites, shared passages. */
import type { AnnotatedReport, Sentence } from "../model/document.js";
import type { Copy, Evidence } from "../model/report-schema.js";
import { evidenceOf } from "./evidence.js";
import { containment, jaccard, shingles, words } from "./word-shingles.js";

/** Share of the shorter report's word 5-grams found in the other: a near-verbatim copy. */
const DUPLICATE = 0.8;
/** Share of the shorter report's sentences with a close counterpart, in order: a rewrite. */
const REWRITE = 0.5;
/** Content-word-set Jaccard of two sentences for them to count as one sentence reworded. */
const SAME_SENTENCE = 0.4;
/** A 5-gram found in more reports than this is a stock phrase, not evidence of copying. */
const COMMON_SHINGLE = 50;
const MIN_SENTENCE_WORDS = 6;
const MAX_EVIDENCE_PAIRS = 12;

interface Profile {
  readonly doc: AnnotatedReport;
  readonly grams: Set<string>;
  readonly sentences: { readonly sentence: Sentence; readonly words: Set<string> }[];
}

export function detectCopies(docs: readonly AnnotatedReport[]): Copy[] {
  const profiles = docs.map(profile);
  const copies: Copy[] = [];
  for (const [i, j] of candidatePairs(profiles)) {
    const copy = compare(profiles[i] as Profile, profiles[j] as Profile);
    if (copy) copies.push(copy);
  }
  return copies;
}

function profile(doc: AnnotatedReport): Profile {
  const text = doc.report.text;
  return {
    doc,
    grams: shingles(words(text), 5),
    sentences: doc.sentences
      .map((sentence) => ({ sentence, words: contentWords(text.slice(sentence.start, sentence.end)) }))
      .filter((s) => s.words.size >= MIN_SENTENCE_WORDS),
  };
}

/** Pairs of reports that share at least one uncommon 5-gram, found through an inverted index. */
function candidatePairs(profiles: readonly Profile[]): [number, number][] {
  const index = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const g of p.grams) index.set(g, [...(index.get(g) ?? []), i]);
  });
  const pairs = new Set<string>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > COMMON_SHINGLE) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) pairs.add(`${list[a]},${list[b]}`);
  }
  return [...pairs]
    .map((p) => p.split(",").map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function compare(a: Profile, b: Profile): Copy | null {
  const shared = containment(a.grams, b.grams);
  const aligned = align(a, b);
  const shorter = Math.min(a.sentences.length, b.sentences.length) || 1;
  const kind: Copy["kind"] | null =
    shared >= DUPLICATE
      ? "duplicate"
      : aligned.length / shorter >= REWRITE
        ? "rewrite"
        : aligned.length > 0
          ? "shared-passage"
          : null;
  if (!kind) return null;
  const evidence: Evidence[] = aligned
    .slice(0, MAX_EVIDENCE_PAIRS)
    .flatMap(([x, y]) => [evidenceOf(a.doc, x), evidenceOf(b.doc, y)]);
  const similarity = kind === "duplicate" ? shared : aligned.length / shorter;
  return { reports: [a.doc.report.id, b.doc.report.id], kind, similarity: round(similarity), evidence };
}

/** Sentence pairs that are the same sentence, possibly reworded, matched greedily in order. */
function align(a: Profile, b: Profile): [Sentence, Sentence][] {
  const pairs: [Sentence, Sentence][] = [];
  let from = 0;
  for (const sa of a.sentences) {
    for (let k = from; k < b.sentences.length; k++) {
      const sb = b.sentences[k] as Profile["sentences"][number];
      if (jaccard(sa.words, sb.words) >= SAME_SENTENCE) {
        pairs.push([sa.sentence, sb.sentence]);
        from = k + 1;
        break;
      }
    }
  }
  return pairs;
}

const FUNCTION_WORDS = new Set(
  "a an the of for to in on at by with from and or but that this these those is was were are be been has have had it its as their his her he she they we i not".split(
    " ",
  ),
);

function contentWords(sentence: string): Set<string> {
  return new Set(words(sentence).filter((w) => !FUNCTION_WORDS.has(w)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
