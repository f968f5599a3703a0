/** `npm run train:ner`: trains the entity tagger on CoNLL-2003 train, picks the epoch best on dev, writes models/. */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type ClusterMap, sentenceFeatures } from "../annotate/ner-features.js";
import { CLUSTERS_PATH, NER_MODEL_PATH, readClusters } from "../annotate/ner-tagger.js";
import { NER_LABELS, PerceptronModel, type SerializedModel } from "../annotate/perceptron-model.js";
import { type ConllSentence, readConll } from "../eval/conll-reader.js";
import { conlleval } from "../eval/conlleval.js";
import { labelIndex, PerceptronTrainer, type TrainingSentence } from "./perceptron-trainer.js";
import { seededShuffle } from "./seeded-shuffle.js";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const DATA = process.env.TRIANGULATE_DATA ?? join(ROOT, "..", "shared", "data");
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
/** Epochs without a better dev score before training stops. */
const PATIENCE = 3;

function featurize(sentences: readonly ConllSentence[], clusters: ClusterMap): TrainingSentence[] {
  return sentences.map((s) => ({
    features: sentenceFeatures(s.tokens, clusters),
    gold: s.tags.map((tag) => labelIndex(NER_LABELS, tag)),
  }));
}

function devF1(
  model: PerceptronModel,
  dev: readonly TrainingSentence[],
  gold: readonly ConllSentence[],
): number {
  const predicted = dev.map((s) => model.decode(s.features).map((k) => NER_LABELS[k] as string));
  return conlleval(
    gold.map((s) => s.tags),
    predicted,
  ).f1;
}

async function main(): Promise<void> {
  const started = performance.now();
  const clusters = readClusters(CLUSTERS_PATH);
  const trainSet = await readConll(join(DATA, "ner", "conll2003-train.txt"));
  const devSet = await readConll(join(DATA, "ner", "conll2003-dev.txt"));
  const train = featurize(trainSet, clusters);
  const dev = featurize(devSet, clusters);
  console.log(`train ${train.length} sentences, dev ${dev.length}; ${clusters.size} clustered words`);
  const trainer = new PerceptronTrainer(NER_LABELS);
  let best: { f1: number; epoch: number; model: SerializedModel } | null = null;
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    let right = 0;
    for (const s of seededShuffle(train, epoch)) if (trainer.learn(s)) right++;
    const model = trainer.averaged();
    const f1 = devF1(PerceptronModel.fromJSON(model, NER_LABELS), dev, devSet);
    console.log(
      `epoch ${epoch}: ${((100 * right) / train.length).toFixed(1)}% train sentences right, dev F1 ${f1.toFixed(4)}`,
    );
    if (!best || f1 > best.f1) best = { f1, epoch, model };
    else if (epoch - best.epoch >= PATIENCE) break;
  }
  if (!best) return;
  const bytes = gzipSync(JSON.stringify(best.model), { level: 9 });
  writeFileSync(NER_MODEL_PATH, bytes);
  const features = Object.keys(best.model.weights).length;
  console.log(
    `best epoch ${best.epoch}, dev F1 ${best.f1.toFixed(4)}; wrote ${NER_MODEL_PATH.pathname} ` +
      `(${(bytes.length / 1e6).toFixed(1)} MB, ${features} features) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

await main();
