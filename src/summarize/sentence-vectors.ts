/** TF-IDF vectors of sentences over Porter-stemmed content words, with IDF counted over the sentences themselves. */
import { stemmer } from "stemmer";

export type SentenceVector = ReadonlyMap<string, number>;

const STOP = new Set(
  "the a an and or of to in on at for with by from as is was were are be been has have had it its that this these those he she they his her their not but said says will would i we you our your who which what when".split(
    " ",
  ),
);

export function stems(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => !STOP.has(w))
    .map((w) => stemmer(w));
}

/** Unit-length TF x ln(N / sentence frequency) vectors, one per sentence. */
export function sentenceVectors(sentences: readonly string[]): SentenceVector[] {
  const terms = sentences.map(stems);
  const df = new Map<string, number>();
  for (const t of terms) for (const term of new Set(t)) df.set(term, (df.get(term) ?? 0) + 1);
  return terms.map((t) => {
    const v = new Map<string, number>();
    for (const term of t) v.set(term, (v.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, tf] of v) {
      const w = tf * Math.log(sentences.length / (df.get(term) as number));
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}
