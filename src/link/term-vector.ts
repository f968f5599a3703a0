/** Weighted term vectors of reports (content words, entity names, figures) and their cosine similarity. */
import type { AnnotatedReport } from "../model/document.js";

export type TermVector = ReadonlyMap<string, number>;

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const STOP = new Set([
  "said",
  "says",
  "say",
  "told",
  "also",
  "would",
  "could",
  "one",
  "two",
  "new",
  "year",
  "years",
  "last",
  "first",
  "people",
  "time",
  "week",
  "day",
  "percent",
  "mr",
  "ms",
  "mrs",
]);

/** Raw term counts: a crude plural-stripping stem of content words, entity names, and counted figures. */
export function termCounts(doc: AnnotatedReport): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const t of doc.tokens) {
    if (!CONTENT_POS.has(t.pos)) continue;
    const word = t.text.toLowerCase();
    if (word.length < 3 || STOP.has(word) || !/^[\p{L}][\p{L}'’-]*$/u.test(word)) continue;
    add(stem(word), 1);
  }
  for (const e of doc.entities) add(`e:${e.text.toLowerCase()}`, 1);
  for (const n of doc.claims) add(`n:${n.value}`, 1);
  // A quotation carried by two reports is strong evidence they tell one story.
  for (const q of doc.quotes) {
    const words =
      q.text
        .replace(/\[[^\]]*\]/g, " ")
        .toLowerCase()
        .match(/[\p{L}\d]+/gu) ?? [];
    for (let i = 0; i + 5 <= words.length && words.length >= 8; i++)
      add(`q:${words.slice(i, i + 5).join(" ")}`, 0.5);
  }
  return counts;
}

function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

/** TF-IDF weights (sub-linear tf), unit length. */
export function weigh(
  counts: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * idf(term);
    v.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of v) v.set(term, w / norm);
  return v;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}

/** The `k` heaviest terms that pass `keep`, heaviest first (ties by term, for determinism). */
export function topTerms(v: TermVector, k: number, keep: (term: string) => boolean = () => true): string[] {
  return [...v.entries()]
    .filter(([term]) => keep(term))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([term]) => term);
}
