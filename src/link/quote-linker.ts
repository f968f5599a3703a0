/** Links direct quotes across a story's reports: one quote with every carrier and its variant wordings. */
import type { AnnotatedReport, QuoteMention } from "../model/document.js";
import type { Evidence, QuoteGroup } from "../model/report-schema.js";
import { evidenceOf } from "./evidence.js";
import { containment, shingles, words } from "./word-shingles.js";

/** Share of the shorter quote's word trigrams found in the other for the two to be one quote. */
const SAME_QUOTE = 0.6;

interface Carried {
  readonly doc: AnnotatedReport;
  readonly quote: QuoteMention;
  readonly grams: Set<string>;
}

type NameOf = (report: string, form: string) => string;

export function linkQuotes(docs: readonly AnnotatedReport[], nameOf: NameOf, idPrefix: string): QuoteGroup[] {
  const groups: Carried[][] = [];
  // Trigram -> groups holding it, so a quote is compared only with quotes it shares words with.
  const index = new Map<string, number[]>();
  for (const doc of docs) {
    for (const quote of doc.quotes) {
      const item = { doc, quote, grams: shingles(words(quote.text), 3) };
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
  return groups.map((g, i) => toQuote(g, nameOf, `${idPrefix}-q${i + 1}`));
}

function toQuote(items: readonly Carried[], nameOf: NameOf, id: string): QuoteGroup {
  const texts = new Map<string, number>();
  for (const { quote } of items) {
    const t = trimQuote(quote.text);
    texts.set(t, (texts.get(t) ?? 0) + 1);
  }
  const ranked = [...texts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const speakers = items
    .filter((c) => c.quote.speaker)
    .map((c) => nameOf(c.doc.report.id, c.quote.speaker as string));
  const vias = items.filter((c) => c.quote.via).map((c) => c.quote.via as string);
  const evidence: Evidence[] = items.map((c) => evidenceOf(c.doc, c.quote));
  return {
    id,
    text: (ranked[0] as [string, number])[0],
    speaker: mostCommon(speakers),
    via: mostCommon(vias),
    reports: [...new Set(items.map((c) => c.doc.report.id))],
    variants: ranked.slice(1).map(([t]) => t),
    evidence,
  };
}

/** Quoted words without the trailing comma a quotation ends on inside its marks. */
function trimQuote(text: string): string {
  return text.trim().replace(/[,;]$/, "");
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
