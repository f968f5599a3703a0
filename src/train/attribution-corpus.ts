/** PolNeAR articles as the attribution tagger sees them: our sentences and tokens, each token with its gold IOB2 label. */

import { buildPipeline } from "../annotate/annotation-pipeline.js";
import { sentenceViews, type TaggedSentence } from "../annotate/attribution-tagger.js";
import { entityTagger } from "../annotate/entity-tagger.js";
import { winkTokenizer } from "../annotate/wink-tokenizer.js";
import type { PolnearArticle } from "../eval/polnear-reader.js";
import type { CleanReport } from "../model/document.js";

export interface TrainingArticle {
  readonly article: PolnearArticle;
  readonly sentences: readonly TaggedSentence[];
  /** Gold labels, one array a sentence. */
  readonly gold: readonly (readonly string[])[];
}

const tokenizing = buildPipeline([winkTokenizer, entityTagger]);

/** Sentences, tokens and entity mentions of a plain text, offsets unchanged (no cleaning). */
export function tokenizeText(text: string) {
  return tokenizing.annotate({ text } as CleanReport);
}

/**
 * Each token takes the role of the gold span covering its first character (Source, Cue or Content); B- when
 * the previous token of the sentence is not in the same span piece.
 */
export function trainingArticle(article: PolnearArticle): TrainingArticle {
  const { text } = article;
  const role = new Array<string | undefined>(text.length);
  const piece = new Int32Array(text.length).fill(-1);
  let id = 0;
  for (const a of article.attributions) {
    for (const [name, pieces] of [
      ["CON", a.content],
      ["CUE", a.cue],
      ["SRC", a.source],
    ] as const) {
      for (const [start, end] of pieces ?? []) {
        id++;
        for (let i = start; i < end && i < text.length; i++) [role[i], piece[i]] = [name, id];
      }
    }
  }
  const { sentences, tokens, entities } = tokenizeText(text);
  const tagged = sentenceViews(text, sentences, tokens, entities);
  const gold = tagged.map((s) => {
    let last = -1;
    return s.tokens.map((t) => {
      const r = role[t.start];
      const p = piece[t.start] as number;
      const label = r === undefined ? "O" : `${p === last ? "I" : "B"}-${r}`;
      last = r === undefined ? -1 : p;
      return label;
    });
  });
  return { article, sentences: tagged, gold };
}
