/** `npm run train:quote-kind`: trains the direct-quote decision on PolNeAR train (held-out tenth to report accuracy). */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildPipeline } from "../annotate/annotation-pipeline.js";
import { entityTagger } from "../annotate/entity-tagger.js";
import { quoteExtractor } from "../annotate/quote-extractor.js";
import { QUOTE_KIND_MODEL_PATH, type QuoteKindModel, quoteKindFeatures } from "../annotate/quote-kind.js";
import { marked } from "../annotate/quote-merger.js";
import { winkTokenizer } from "../annotate/wink-tokenizer.js";
import { readPolnearDir } from "../eval/polnear-reader.js";
import type { CleanReport } from "../model/document.js";
import { seededShuffle } from "./seeded-shuffle.js";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const DATA = process.env.TRIANGULATE_DATA ?? join(ROOT, "..", "shared", "data");
const EPOCHS = 10;
const HELD_OUT_EVERY = 10;

interface Example {
  readonly features: readonly string[];
  readonly direct: boolean;
}

const quoting = buildPipeline([winkTokenizer, entityTagger, quoteExtractor]);

async function main(): Promise<void> {
  const { articles } = await readPolnearDir(join(DATA, "quotes", "polnear", "train"));
  const byArticle: Example[][] = articles.map((article) => {
    const { quotes } = quoting.annotate({ text: article.text } as CleanReport);
    // Direct in the gold: an attribution whose content opens at this quote's mark.
    const starts = new Set(article.attributions.filter((a) => a.direct).map((a) => a.content[0]?.[0] ?? -1));
    return quotes.map((q) => {
      const span = marked(q, article.text);
      const direct = [span.start - 1, span.start, span.start + 1].some((s) => starts.has(s));
      return { features: quoteKindFeatures(span, article.text), direct };
    });
  });
  const train = byArticle.filter((_, i) => i % HELD_OUT_EVERY !== 0).flat();
  const heldOut = byArticle.filter((_, i) => i % HELD_OUT_EVERY === 0).flat();
  const model = trainPerceptron(train);
  const right = heldOut.filter((e) => score(model, e.features) > 0 === e.direct).length;
  const base = heldOut.filter((e) => !e.direct).length;
  writeFileSync(QUOTE_KIND_MODEL_PATH, `${JSON.stringify(model)}\n`);
  console.log(
    `${train.length} quotes to train, ${heldOut.length} held out: accuracy ${(right / heldOut.length).toFixed(3)} ` +
      `(all "not direct": ${(base / heldOut.length).toFixed(3)}); wrote ${QUOTE_KIND_MODEL_PATH.pathname}`,
  );
}

function score(model: QuoteKindModel, features: readonly string[]): number {
  return features.reduce((sum, f) => sum + (model.weights[f] ?? 0), model.bias);
}

/** A binary averaged perceptron: weights averaged over every step, rounded, zeros dropped. */
function trainPerceptron(examples: readonly Example[]): QuoteKindModel {
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  let bias = 0;
  let biasU = 0;
  let step = 1;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (const e of seededShuffle(examples, epoch)) {
      const s = e.features.reduce((sum, f) => sum + (w.get(f) ?? 0), bias);
      const y = e.direct ? 1 : -1;
      if (y * s <= 0) {
        for (const f of e.features) {
          w.set(f, (w.get(f) ?? 0) + y);
          u.set(f, (u.get(f) ?? 0) + y * step);
        }
        bias += y;
        biasU += y * step;
      }
      step++;
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  for (const [f, value] of w) {
    const avg = round(value - (u.get(f) ?? 0) / step);
    if (avg !== 0) weights[f] = avg;
  }
  return { format: "triangulate.quote-kind/1", bias: round(bias - biasU / step), weights };
}

await main();
