/** A story's cited summary: its most central, non-redundant sentences, lightly compressed, disputes as ranges. */
import { evidenceOf } from "../link/evidence.js";
import { cosine } from "../link/term-vector.js";
import type { AnnotatedReport, Span } from "../model/document.js";
import type { Claim, ClaimGroup, SummarySentence } from "../model/report-schema.js";
import { disputeLine } from "./dispute-line.js";
import { lexRankCentrality } from "./sentence-centrality.js";
import { compressSentence } from "./sentence-compressor.js";
import { type SentenceVector, sentenceVectors } from "./sentence-vectors.js";
import { fillBudget } from "./word-budget.js";

export interface SummaryOptions {
  /** Words to aim for, dispute lines included; a lead sentence and the dispute lines are kept even past it. */
  readonly maxWords: number;
  /** Disputes stated in the summary, most contested first. */
  readonly maxDisputes: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { maxWords: 200, maxDisputes: 2 };

/**
 * Measures whose disputes a summary states: tolls and counts of attacks. Other figures that differ ("feet",
 * "children") are more often different things counted than a dispute, and stay in the ledger's list.
 */
const DISPUTED_MEASURE =
  /\b(?:killed|dead|deaths?|died|injured|wounded|hurt|missing|arrested|detained|displaced|evacuated|casualties|strikes|raids|attacks)\b/i;

/** Sentences shorter than this are fragments (datelines, captions); longer than MAX_WORDS, run-ons. */
const MIN_WORDS = 8;
const MAX_WORDS = 80;
/**
 * A quote given to "he" or "she": its speaker is named in a sentence the summary may not carry. (Leaving out
 * every sentence that opens with a quote or a pronoun cost 1.3 ROUGE-1 on Multi-News dev.)
 */
const DANGLING = /^["“‘'].*[”"’'],?\s+(?:he|she|they)\s+(?:said|says|added|told)\b[^.]*\.?$/;
const MAX_POSITION = 40;
const MAX_CANDIDATES = 400;
/** How much a report's opening sentences gain: centrality × (1 + LEAD / (1 + position)). */
const LEAD = 2;
/** A candidate with this cosine to a chosen sentence says the same thing again. */
const REDUNDANT = 0.3;

interface Candidate {
  readonly doc: number;
  readonly position: number;
  readonly span: Span;
  readonly text: string;
  readonly words: number;
}

/**
 * LexRank centrality over all the story's sentences (what most reports say), a lead bonus, redundancy
 * skipped, up to `maxWords`. Sentences that state a disputed figure give way to the dispute stated as a
 * range with its sources. Ordered by report date, then report, then position; measured in docs/benchmarks.md.
 */
export function summarizeStory(
  docs: readonly AnnotatedReport[],
  ledger: { readonly claims: readonly Claim[]; readonly claimGroups: readonly ClaimGroup[] },
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): SummarySentence[] {
  const stated = statedDisputes(ledger.claimGroups, options.maxDisputes);
  const disputes = stated.map((g) => disputeLine(g, ledger.claims));
  const disputed = disputedSentences(docs, ledger.claims, stated);
  const all = candidates(docs).filter((c) => !disputed.has(`${c.doc}:${c.position}`));
  const budget = options.maxWords - disputes.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  const chosen = rankAndFill(all, Math.max(budget, MIN_WORDS));
  const ordered = chosen.sort((a, b) => readingOrder(docs, a, b));
  const sentences = ordered.map((c) => ({
    text: compressSentence(c.text),
    evidence: [evidenceOf(docs[c.doc] as AnnotatedReport, c.span)],
  }));
  return [...sentences.slice(0, 1), ...disputes, ...sentences.slice(1)];
}

/**
 * Candidates come from each report's first MAX_POSITION sentences, and at most MAX_CANDIDATES in all (the
 * earliest positions across reports first): the centrality graph is quadratic in them. (The cap also moved
 * ROUGE-1 on Multi-News dev from 44.84 to 45.10.)
 */
function candidates(docs: readonly AnnotatedReport[]): Candidate[] {
  const all = docs.flatMap((doc, d) =>
    doc.sentences.slice(0, MAX_POSITION).flatMap((span, position) => {
      const text = doc.report.text.slice(span.start, span.end).trim();
      const words = text.split(/\s+/).length;
      const fits = words >= MIN_WORDS && words <= MAX_WORDS && !DANGLING.test(text);
      return fits ? [{ doc: d, position, span, text, words }] : [];
    }),
  );
  if (all.length <= MAX_CANDIDATES) return all;
  return [...all]
    .sort((a, b) => a.position - b.position || a.doc - b.doc)
    .slice(0, MAX_CANDIDATES)
    .sort((a, b) => a.doc - b.doc || a.position - b.position);
}

function rankAndFill(all: readonly Candidate[], budget: number): Candidate[] {
  const vectors = sentenceVectors(all.map((c) => c.text));
  const centrality = lexRankCentrality(vectors);
  const score = all.map((c, i) => (centrality[i] as number) * (1 + LEAD / (1 + c.position)));
  const ranked = all.map((_, i) => i).sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  const kept = fillBudget(
    ranked,
    all.map((c) => c.words),
    budget,
    (i, k) => cosine(vectors[i] as SentenceVector, vectors[k] as SentenceVector) > REDUNDANT,
  );
  return kept.map((i) => all[i] as Candidate);
}

/** Groups whose figures differ, on a toll or attack count, from two sources or more; most contested first. */
function statedDisputes(groups: readonly ClaimGroup[], max: number): ClaimGroup[] {
  return groups
    .filter((g) => g.status === "differ" && g.sources >= 2 && DISPUTED_MEASURE.test(g.measure))
    .slice(0, max);
}

/** `doc:sentence` keys of the sentences that state a figure of a stated dispute. */
function disputedSentences(
  docs: readonly AnnotatedReport[],
  claims: readonly Claim[],
  stated: readonly ClaimGroup[],
): Set<string> {
  const ids = new Set(stated.flatMap((g) => g.claims));
  const index = new Map(docs.map((d, i) => [d.report.id, i]));
  const keys = new Set<string>();
  for (const claim of claims) {
    if (!ids.has(claim.id)) continue;
    for (const e of claim.evidence) {
      const d = index.get(e.report);
      const doc = d === undefined ? undefined : docs[d];
      const position = doc?.sentences.findIndex((s) => s.start <= e.start && e.start < s.end) ?? -1;
      if (position >= 0) keys.add(`${d}:${position}`);
    }
  }
  return keys;
}

/** Earlier reports first (undated ones after, in their given order), then each report's own order. */
function readingOrder(docs: readonly AnnotatedReport[], a: Candidate, b: Candidate): number {
  const day = (i: number) => {
    const p = (docs[i] as AnnotatedReport).published;
    return p.date ?? p.after ?? "9999-99-99";
  };
  const x = day(a.doc);
  const y = day(b.doc);
  return x < y ? -1 : x > y ? 1 : a.doc - b.doc || a.position - b.position;
}
