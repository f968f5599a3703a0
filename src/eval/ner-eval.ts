/** `triangulate eval ner FILE`: scores a NER tagger on a CoNLL-2003 file by conlleval, beside compromise, and times it. */
import { compromiseTags } from "./compromise-baseline.js";
import { type ConllSentence, readConll } from "./conll-reader.js";
import { type ConllevalScores, conlleval } from "./conlleval.js";

/** A tagger: one IOB2 tag per token, in order. */
export type NerTagger = (tokens: readonly string[]) => string[];

export interface NerEvaluation {
  readonly sentences: number;
  readonly tokens: number;
  readonly ours: ConllevalScores;
  readonly compromise: ConllevalScores;
  /** Our tagger's throughput over the whole file, warm (see NER_WARM_UP_SENTENCES); compromise is not timed. */
  readonly tokensPerSecond: number;
}

/** Sentences tagged untimed before timing starts, so the figure is of warm, loaded, JIT-compiled code. */
export const NER_WARM_UP_SENTENCES = 200;

export async function evaluateNer(file: string, tagger: NerTagger): Promise<NerEvaluation> {
  const sentences = await readConll(file);
  const gold = sentences.map((s) => s.tags);
  // The baseline runs first, apart: its garbage would otherwise be collected during our timed run.
  const baseline = tagAll(sentences, compromiseTags, "compromise");
  for (const s of sentences.slice(0, NER_WARM_UP_SENTENCES)) tagger(s.tokens);
  const start = performance.now();
  const ours = tagAll(sentences, tagger, "the tagger");
  const seconds = (performance.now() - start) / 1000;
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  return {
    sentences: sentences.length,
    tokens,
    ours: conlleval(gold, ours),
    compromise: conlleval(gold, baseline),
    tokensPerSecond: seconds === 0 ? 0 : tokens / seconds,
  };
}

function tagAll(sentences: readonly ConllSentence[], tagger: NerTagger, name: string): string[][] {
  return sentences.map((s, i) => {
    const tags = tagger(s.tokens);
    if (tags.length !== s.tokens.length) {
      throw new Error(
        `${name} returned ${tags.length} tags for the ${s.tokens.length} tokens of sentence ${i + 1}`,
      );
    }
    return tags;
  });
}
