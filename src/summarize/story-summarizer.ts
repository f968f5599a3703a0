/** A short extractive summary of a story: central, non-redundant sentences, and its disputes stated plainly. */

import { disputeTopic } from "../link/claim-ledger.js";
import { evidenceOf } from "../link/evidence.js";
import { jaccard, words } from "../link/word-shingles.js";
import type { AnnotatedReport } from "../model/document.js";
import type { Claim, Dispute, SummarySentence } from "../model/report-schema.js";

export interface SummaryOptions {
  /** Words of extracted text to aim for (dispute lines come on top). */
  readonly maxWords: number;
  /** Disputes stated in the summary, most contested first. */
  readonly maxDisputes: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { maxWords: 120, maxDisputes: 2 };

/** Sentences after this position in their report are rarely the news. */
const MAX_POSITION = 15;
const MIN_WORDS = 8;
/** A candidate this similar to a chosen sentence says the same thing again. */
const REDUNDANT = 0.4;

interface Candidate {
  readonly doc: AnnotatedReport;
  readonly docIndex: number;
  readonly position: number;
  readonly words: Set<string>;
  readonly length: number;
  readonly score: number;
}

export function summarizeStory(
  docs: readonly AnnotatedReport[],
  ledger: { claims: readonly Claim[]; disputes: readonly Dispute[] },
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): SummarySentence[] {
  const chosen = choose(candidates(docs), options.maxWords);
  const ordered = chosen.sort((a, b) => a.docIndex - b.docIndex || a.position - b.position);
  const sentences: SummarySentence[] = ordered.map((c) => {
    const span = c.doc.sentences[c.position] as { start: number; end: number };
    return { text: c.doc.report.text.slice(span.start, span.end), evidence: [evidenceOf(c.doc, span)] };
  });
  const disputeLines = ledger.disputes
    .slice(0, options.maxDisputes)
    .map((d) => disputeSentence(d, ledger.claims));
  return [...sentences.slice(0, 1), ...disputeLines, ...sentences.slice(1)];
}

/** Sentences scored by how many of the story's reports share their words, with a lead bonus. */
function candidates(docs: readonly AnnotatedReport[]): Candidate[] {
  const perDoc = docs.map((doc) =>
    doc.sentences
      .slice(0, MAX_POSITION)
      .map((s) => new Set(words(doc.report.text.slice(s.start, s.end)).filter((w) => w.length > 3))),
  );
  const coverage = new Map<string, number>();
  for (const sets of perDoc)
    for (const w of new Set(sets.flatMap((s) => [...s]))) coverage.set(w, (coverage.get(w) ?? 0) + 1);
  const out: Candidate[] = [];
  docs.forEach((doc, docIndex) => {
    (perDoc[docIndex] as Set<string>[]).forEach((set, position) => {
      const s = doc.sentences[position] as { start: number; end: number };
      const text = doc.report.text.slice(s.start, s.end);
      const length = text.split(/\s+/).length;
      if (length < MIN_WORDS || !/[.!?]["”’]?$/.test(text) || /^["“]/.test(text)) return;
      let sum = 0;
      for (const w of set) sum += ((coverage.get(w) ?? 1) - 1) / docs.length;
      const score = sum / Math.sqrt(set.size || 1) + 0.5 / (1 + position);
      out.push({ doc, docIndex, position, words: set, length, score });
    });
  });
  return out.sort((a, b) => b.score - a.score || a.docIndex - b.docIndex || a.position - b.position);
}

function choose(ranked: readonly Candidate[], maxWords: number): Candidate[] {
  const chosen: Candidate[] = [];
  let total = 0;
  for (const c of ranked) {
    if (total + c.length > maxWords && chosen.length > 0) continue;
    if (chosen.some((x) => jaccard(x.words, c.words) >= REDUNDANT)) continue;
    chosen.push(c);
    total += c.length;
  }
  return chosen;
}

/** "Sources disagree on how many people were killed: at least 14 (SOHR), 20 (Aleppo Media Centre)." */
function disputeSentence(dispute: Dispute, claims: readonly Claim[]): SummarySentence {
  const members = dispute.claims
    .map((id) => claims.find((c) => c.id === id))
    .filter((c): c is Claim => Boolean(c));
  const parts = members.map((c) => {
    const value = c.value.toLocaleString("en-US");
    const figure = c.qualifier === "exactly" ? value : `${c.qualifier} ${value}`;
    const source = c.attributedTo
      ? `${c.attributedTo}${c.via ? ` via ${c.via}` : ""}`
      : `unattributed, in ${c.reports.join(", ")}`;
    return `${figure} (${source})`;
  });
  const topic = disputeTopic(dispute, members[0]?.unit ?? "");
  return {
    text: `Sources disagree on ${topic}: ${parts.join(", ")}.`,
    evidence: members.flatMap((c) => c.evidence),
  };
}
