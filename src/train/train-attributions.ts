/** `npm run train:attributions`: trains the attribution tagger on PolNeAR train, picks the epoch on held-out train articles. */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { decodeAttributions, roleSpans } from "../annotate/attribution-decoder.js";
import { ATTRIBUTION_LABELS, attributionFeatures } from "../annotate/attribution-features.js";
import { ATTRIBUTION_MODEL_PATH } from "../annotate/attribution-tagger.js";
import { readClusters } from "../annotate/ner-tagger.js";
import { PerceptronModel, type SerializedModel } from "../annotate/perceptron-model.js";
import { attributionScores, countAttributions, emptyAttributionCounts } from "../eval/attribution-scorer.js";
import { readPolnearDir } from "../eval/polnear-reader.js";
import { type TrainingArticle, trainingArticle } from "./attribution-corpus.js";
import { labelIndex, PerceptronTrainer, type TrainingSentence } from "./perceptron-trainer.js";
import { seededShuffle } from "./seeded-shuffle.js";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const DATA = process.env.TRIANGULATE_DATA ?? join(ROOT, "..", "shared", "data");
const MAX_EPOCHS = Number(process.env.ATTRIBUTION_EPOCHS ?? 30);
const PATIENCE = 4;
/** Every tenth training article is held out to choose the epoch; dev stays unseen until `eval quotes`. */
const HELD_OUT_EVERY = 10;

type Featurized = TrainingArticle & { readonly features: readonly (readonly (readonly string[])[])[] };

/** Content-overlap F1 of the decoded attributions on held-out articles. */
function heldOutF1(model: PerceptronModel, articles: readonly Featurized[]): number {
  const counts = emptyAttributionCounts();
  for (const a of articles) {
    const spans = a.sentences.flatMap((s, i) =>
      roleSpans(
        model.decode(a.features[i] as string[][]).map((k) => ATTRIBUTION_LABELS[k] as string),
        s.tokens,
        i,
      ),
    );
    const predicted = decodeAttributions(spans).map((d) => ({
      content: d.content.map((c) => [c.start, c.end] as const),
      source: d.source ? [[d.source.start, d.source.end] as const] : null,
    }));
    countAttributions(a.article.text, a.article.attributions, predicted, counts);
  }
  return attributionScores(counts).contentOverlapF1;
}

async function main(): Promise<void> {
  const started = performance.now();
  const clusters = readClusters();
  const { articles } = await readPolnearDir(join(DATA, "quotes", "polnear", "train"));
  const all: Featurized[] = articles.map((article) => {
    const t = trainingArticle(article);
    return { ...t, features: t.sentences.map((s) => attributionFeatures(s.views, clusters)) };
  });
  const train = all.filter((_, i) => i % HELD_OUT_EVERY !== 0);
  const heldOut = all.filter((_, i) => i % HELD_OUT_EVERY === 0);
  const sentences: TrainingSentence[] = train.flatMap((a) =>
    a.sentences.map((_, i) => ({
      features: a.features[i] as string[][],
      gold: (a.gold[i] as string[]).map((tag) => labelIndex(ATTRIBUTION_LABELS, tag)),
    })),
  );
  console.log(
    `${train.length} articles (${sentences.length} sentences) to train, ${heldOut.length} held out`,
  );
  const trainer = new PerceptronTrainer(ATTRIBUTION_LABELS);
  let best: { f1: number; epoch: number; model: SerializedModel } | null = null;
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    let right = 0;
    for (const s of seededShuffle(sentences, epoch)) if (trainer.learn(s)) right++;
    const model = trainer.averaged();
    const f1 = heldOutF1(PerceptronModel.fromJSON(model, ATTRIBUTION_LABELS), heldOut);
    console.log(
      `epoch ${epoch}: ${((100 * right) / sentences.length).toFixed(1)}% sentences right, held-out content-overlap F1 ${f1.toFixed(4)}`,
    );
    if (!best || f1 > best.f1) best = { f1, epoch, model };
    else if (epoch - best.epoch >= PATIENCE) break;
  }
  if (!best) return;
  const bytes = gzipSync(JSON.stringify(best.model), { level: 9 });
  writeFileSync(ATTRIBUTION_MODEL_PATH, bytes);
  console.log(
    `best epoch ${best.epoch}, held-out F1 ${best.f1.toFixed(4)}; wrote ${ATTRIBUTION_MODEL_PATH.pathname} ` +
      `(${(bytes.length / 1e6).toFixed(1)} MB, ${Object.keys(best.model.weights).length} features) in ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

await main();
