/** Tags tokens with IOB2 entity labels using the averaged-perceptron model shipped in models/. */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { type ClusterMap, sentenceFeatures } from "./ner-features.js";
import { NER_LABELS, PerceptronModel, type SerializedModel } from "./perceptron-model.js";
import { loadWordClusters } from "./word-clusters.js";

export const NER_MODEL_PATH = new URL("../../models/ner-model.json.gz", import.meta.url);
export const CLUSTERS_PATH = new URL("../../models/word-clusters.tsv.gz", import.meta.url);

interface Loaded {
  readonly model: PerceptronModel;
  readonly clusters: ClusterMap;
}

let loaded: Loaded | null = null;

/** Loads the model and word clusters once per process (well under a second; see docs/benchmarks.md). */
export function nerModel(): Loaded {
  if (loaded) return loaded;
  if (!existsSync(NER_MODEL_PATH)) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected the entity model at ${NER_MODEL_PATH.pathname}, found none (run \`npm run train:ner\`)`,
    );
  }
  const data = JSON.parse(gunzipSync(readFileSync(NER_MODEL_PATH)).toString("utf8")) as SerializedModel;
  loaded = { model: PerceptronModel.fromJSON(data, NER_LABELS), clusters: readClusters() };
  return loaded;
}

/** Word clusters from models/; a missing file means no cluster features. */
export function readClusters(path: URL = CLUSTERS_PATH): ClusterMap {
  return existsSync(path) ? loadWordClusters(path.pathname) : new Map();
}

/** IOB2 tags for one sentence's tokens. */
export function tagTokens(tokens: readonly string[]): string[] {
  const { model, clusters } = nerModel();
  const features = sentenceFeatures(tokens, clusters);
  return model.decode(features).map((k) => NER_LABELS[k] as string);
}
