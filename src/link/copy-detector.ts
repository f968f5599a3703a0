/** Finds copies between reports: near-verbatim duplicates, sentence-by-sentence rewrites, shared passages. */
import type { AnnotatedReport, Span } from "../model/document.js";
import type { Copy, Evidence } from "../model/report-schema.js";
import { minhashSignature, shingleHashes } from "./minhash.js";
import { NearDuplicateIndex } from "./near-duplicate-index.js";
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
/** Earlier reports the MinHash index may propose per report, the most similar first. */
const LSH_CANDIDATES = 16;
/** Word n-grams behind the MinHash signatures: short enough to survive one swapped word in eight. */
export const SIGNATURE_SHINGLE = 3;

/** What copy detection reads of a report. */
export interface CopySource {
  readonly id: string;
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Publication day (YYYY-MM-DD), used to tell the original from the copy; null when unknown. */
  readonly day: string | null;
}

export interface CopyProfile {
  readonly source: CopySource;
  readonly grams: Set<string>;
  readonly sentences: { readonly span: Span; readonly words: Set<string> }[];
}

export function sourceOf(doc: AnnotatedReport): CopySource {
  return { id: doc.report.id, text: doc.report.text, sentences: doc.sentences, day: doc.published.date };
}

export function detectCopies(docs: readonly AnnotatedReport[]): Copy[] {
  const profiles = docs.map((d) => copyProfile(sourceOf(d)));
  const copies: Copy[] = [];
  for (const [i, j] of candidatePairs(profiles)) {
    const copy = compareCopies(profiles[i] as CopyProfile, profiles[j] as CopyProfile);
    if (copy) copies.push(copy);
  }
  return copies;
}

export function copyProfile(source: CopySource): CopyProfile {
  return {
    source,
    grams: shingles(words(source.text), 5),
    sentences: source.sentences
      .map((span) => ({ span, words: contentWords(source.text.slice(span.start, span.end)) }))
      .filter((s) => s.words.size >= MIN_SENTENCE_WORDS),
  };
}

/** The MinHash signature copy detection indexes a report under. */
export function copySignature(text: string): Uint32Array {
  return minhashSignature(shingleHashes(words(text), SIGNATURE_SHINGLE));
}

/**
 * Pairs worth comparing: those sharing an uncommon 5-gram (a shared passage) and those the MinHash index
 * flags as near-copies (a rewrite that swapped too many words to share a 5-gram).
 */
function candidatePairs(profiles: readonly CopyProfile[]): [number, number][] {
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
  const lsh = new NearDuplicateIndex();
  profiles.forEach((p, j) => {
    const signature = copySignature(p.source.text);
    for (const { key } of lsh.query(signature).slice(0, LSH_CANDIDATES)) pairs.add(`${key},${j}`);
    lsh.add(j, signature);
  });
  return [...pairs]
    .map((p) => p.split(",").map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The copy relation between two reports, or null; the earlier-published one comes first as the original. */
export function compareCopies(a: CopyProfile, b: CopyProfile): Copy | null {
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
  const swap = a.source.day !== null && b.source.day !== null && b.source.day < a.source.day;
  const [first, second] = swap ? [b, a] : [a, b];
  const evidence: Evidence[] = aligned
    .slice(0, MAX_EVIDENCE_PAIRS)
    .flatMap(([x, y]) =>
      swap ? [evidenceOf(b, y), evidenceOf(a, x)] : [evidenceOf(a, x), evidenceOf(b, y)],
    );
  const similarity = kind === "duplicate" ? shared : aligned.length / shorter;
  const dated = a.source.day !== null && b.source.day !== null && a.source.day !== b.source.day;
  return {
    reports: [first.source.id, second.source.id],
    kind,
    similarity: round(similarity),
    original: kind !== "shared-passage" && dated ? first.source.id : null,
    evidence,
  };
}

/** Sentence pairs that are the same sentence, possibly reworded, matched greedily in order. */
function align(a: CopyProfile, b: CopyProfile): [Span, Span][] {
  const pairs: [Span, Span][] = [];
  let from = 0;
  for (const sa of a.sentences) {
    for (let k = from; k < b.sentences.length; k++) {
      const sb = b.sentences[k] as CopyProfile["sentences"][number];
      if (jaccard(sa.words, sb.words) >= SAME_SENTENCE) {
        pairs.push([sa.span, sb.span]);
        from = k + 1;
        break;
      }
    }
  }
  return pairs;
}

function evidenceOf(p: CopyProfile, span: Span): Evidence {
  return {
    report: p.source.id,
    start: span.start,
    end: span.end,
    text: p.source.text.slice(span.start, span.end),
  };
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
