/** Links direct quotes across a story's reports: one quote with every carrier, its speakers and its variant wordings. */
import type { AnnotatedReport, QuoteMention } from "../model/document.js";
import type { Entity, Evidence, QuoteGroup } from "../model/report-schema.js";
import { evidenceOf } from "./evidence.js";
import { containment, shingles, words } from "./word-shingles.js";
import { wordingDifferences } from "./wording-diff.js";

/** Share of the shorter quote's word trigrams found in the other for the two to be one quote. */
const SAME_QUOTE = 0.6;

/** Who a report says spoke the words: from the attribution that holds them, else the quote extractor. */
interface CarriedSpeaker {
  readonly name: string | null;
  readonly source: string | null;
  readonly note: string;
  /** A name (or a pronoun resolved to one), not a description. */
  readonly named: boolean;
  readonly via: string | null;
}

interface Carried {
  readonly doc: AnnotatedReport;
  readonly quote: QuoteMention;
  readonly grams: Set<string>;
  readonly speaker: CarriedSpeaker;
}

type NameOf = (report: string, form: string) => string;

export function linkQuotes(
  docs: readonly AnnotatedReport[],
  nameOf: NameOf,
  idPrefix: string,
  entities: readonly Entity[] = [],
): QuoteGroup[] {
  const groups: Carried[][] = [];
  // Trigram -> groups holding it, so a quote is compared only with quotes it shares words with.
  const index = new Map<string, number[]>();
  for (const doc of docs) {
    for (const quote of doc.quotes) {
      if (isScareQuote(doc, quote)) continue;
      const item = {
        doc,
        quote,
        grams: shingles(words(quote.text), 3),
        speaker: speakerOf(doc, quote, nameOf),
      };
      const candidates = new Set<number>();
      for (const g of item.grams) for (const k of index.get(g) ?? []) candidates.add(k);
      const home = [...candidates]
        .sort((a, b) => a - b)
        .find((k) => (groups[k] as Carried[]).some((c) => containment(c.grams, item.grams) >= SAME_QUOTE));
      const k = home ?? groups.length;
      if (home === undefined) groups.push([item]);
      else (groups[k] as Carried[]).push(item);
      for (const g of item.grams) {
        const list = index.get(g) ?? [];
        if (list[list.length - 1] !== k) list.push(k);
        index.set(g, list);
      }
    }
  }
  return groups.map((g, i) => toQuote(g, entities, `${idPrefix}-q${i + 1}`));
}

/** A word or two in marks that no direct quote holds ("a “clearly marked” convoy"): a scare quote, not a quote. */
function isScareQuote(doc: AnnotatedReport, quote: QuoteMention): boolean {
  if (words(quote.text).length > 2) return false;
  return !doc.attributions.some(
    (a) => a.kind === "direct" && a.content.some((c) => c.start < quote.end && quote.start < c.end),
  );
}

function speakerOf(doc: AnnotatedReport, quote: QuoteMention, nameOf: NameOf): CarriedSpeaker {
  const id = doc.report.id;
  const a = doc.attributions.find((x) => x.content.some((c) => c.start < quote.end && quote.start < c.end));
  if (a) {
    // Only a description standing for itself is not a name ("described as … beside the name" is one).
    const named = a.speaker !== null && !a.speakerNote.startsWith("described, not named");
    const name = a.speaker && named ? nameOf(id, a.speaker) : a.speaker;
    return { name, source: a.source?.text ?? null, note: a.speakerNote, named, via: a.via ?? quote.via };
  }
  if (quote.speaker) {
    const name = nameOf(id, quote.speaker);
    return { name, source: quote.speaker, note: "named beside the quote", named: true, via: quote.via };
  }
  return {
    name: null,
    source: null,
    note: "no source named in or beside the sentence",
    named: false,
    via: quote.via,
  };
}

function toQuote(items: readonly Carried[], entities: readonly Entity[], id: string): QuoteGroup {
  // Wordings that differ only in case or punctuation are one wording, shown as first carried.
  const shown = new Map<string, string>();
  const wordings = new Map<string, Set<string>>();
  for (const { quote, doc } of items) {
    const key = quote.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}[\]]+/gu, " ")
      .trim();
    const t = shown.get(key) ?? trimQuote(quote.text);
    shown.set(key, t);
    wordings.set(t, (wordings.get(t) ?? new Set()).add(doc.report.id));
  }
  // The wording most reports carry; on a tie, one without an editor's [insertion], then the longer.
  const bracketed = (t: string) => (/\[[^\]]+\]/.test(t) ? 1 : 0);
  const ranked = [...wordings.entries()].sort(
    (a, b) => b[1].size - a[1].size || bracketed(a[0]) - bracketed(b[0]) || b[0].length - a[0].length,
  );
  const main = (ranked[0] as [string, Set<string>])[0];
  const speakers = speakerRows(items);
  const named = speakers.filter((s) => s.named);
  const chosen = named[0] ?? speakers.find((s) => s.name !== null) ?? null;
  const evidence: Evidence[] = items.map((c) => evidenceOf(c.doc, c.quote));
  return {
    id,
    text: main,
    speaker: chosen?.name ?? null,
    speakerNote: chosen ? chosen.note : [...new Set(speakers.map((s) => s.note))].join("; "),
    speakerEntity: entities.find((e) => e.name === chosen?.name)?.id ?? null,
    speakerConflict: conflicting(items),
    speakers: speakers.map(({ named: _, ...row }) => row),
    via: mostCommon(items.flatMap((c) => (c.speaker.via ? [c.speaker.via] : []))),
    reports: [...new Set(items.map((c) => c.doc.report.id))],
    variants: ranked.slice(1).map(([text]) => text),
    wordings: ranked.slice(1).map(([text, reports]) => ({
      text,
      reports: [...reports],
      differences: wordingDifferences(main, text),
    })),
    evidence,
  };
}

/** Two reports give the quote to different named speakers (one report naming two is its own muddle). */
function conflicting(items: readonly Carried[]): boolean {
  const named = items.filter((c) => c.speaker.named && c.speaker.name);
  return named.some((a) => named.some((b) => a.doc !== b.doc && a.speaker.name !== b.speaker.name));
}

type SpeakerRow = {
  name: string | null;
  source: string | null;
  note: string;
  reports: string[];
  named: boolean;
};

/** One row a speaker, most reports first: who each report says spoke the words. */
function speakerRows(items: readonly Carried[]): SpeakerRow[] {
  const rows = new Map<string, SpeakerRow>();
  for (const { doc, speaker } of items) {
    const key = speaker.name ?? `\u0000${speaker.note}`;
    const row = rows.get(key) ?? { ...speaker, reports: [] };
    if (!row.reports.includes(doc.report.id)) row.reports.push(doc.report.id);
    rows.set(key, row);
  }
  return [...rows.values()]
    .map(({ via: _, ...row }: SpeakerRow & { via?: string | null }) => row)
    .sort((a, b) => b.reports.length - a.reports.length);
}

/** Quoted words without the trailing comma or full stop a quotation ends on inside its marks. */
function trimQuote(text: string): string {
  return text.trim().replace(/[,;.]$/, "");
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
