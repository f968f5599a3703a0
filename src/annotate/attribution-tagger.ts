/** Tags each sentence's tokens with source, cue and content spans using the perceptron model shipped in models/. */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { EntityMention, Sentence, Span, Token } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { ATTRIBUTION_LABELS, type AttributionToken, attributionFeatures } from "./attribution-features.js";
import type { ClusterMap } from "./ner-features.js";
import { readClusters } from "./ner-tagger.js";
import { PerceptronModel, type SerializedModel } from "./perceptron-model.js";

export const ATTRIBUTION_MODEL_PATH = new URL("../../models/attribution-model.json.gz", import.meta.url);

/** One sentence as the tagger sees it: its tokens' offsets and the views the features read. */
export interface TaggedSentence {
  readonly tokens: readonly Span[];
  readonly views: readonly AttributionToken[];
}

let loaded: { model: PerceptronModel; clusters: ClusterMap } | null = null;

function attributionModel(): { model: PerceptronModel; clusters: ClusterMap } {
  if (loaded) return loaded;
  if (!existsSync(ATTRIBUTION_MODEL_PATH)) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected the attribution model at ${ATTRIBUTION_MODEL_PATH.pathname}, found none (run \`npm run train:attributions\`)`,
    );
  }
  const json = gunzipSync(readFileSync(ATTRIBUTION_MODEL_PATH)).toString("utf8");
  const model = PerceptronModel.fromJSON(JSON.parse(json) as SerializedModel, ATTRIBUTION_LABELS);
  loaded = { model, clusters: readClusters() };
  return loaded;
}

/**
 * Each sentence's tokens with a flag for words inside quotation marks. Marks are read per paragraph, so a quote
 * running over several sentences marks them all; a quote left open ends with its paragraph.
 */
export function sentenceViews(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  entities: readonly EntityMention[],
): TaggedSentence[] {
  const quoted = quotedTokens(text, tokens);
  const entityOf = entityTypes(tokens, entities);
  const views: TaggedSentence[] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && (tokens[t] as Token).start < sentence.start) t++;
    const spans: Span[] = [];
    const own: AttributionToken[] = [];
    for (; t < tokens.length && (tokens[t] as Token).end <= sentence.end; t++) {
      const token = tokens[t] as Token;
      spans.push({ start: token.start, end: token.end });
      own.push({ text: token.text, pos: token.pos, quoted: quoted[t] === 1, entity: entityOf[t] ?? "" });
    }
    views.push({ tokens: spans, views: own });
  }
  return views;
}

/** Each token's entity type ("" outside mentions); both lists are in text order. */
function entityTypes(tokens: readonly Token[], entities: readonly EntityMention[]): string[] {
  const types = new Array<string>(tokens.length).fill("");
  let e = 0;
  tokens.forEach((token, i) => {
    while (e < entities.length && (entities[e] as EntityMention).end <= token.start) e++;
    const mention = entities[e];
    if (mention && mention.start <= token.start && token.end <= mention.end) types[i] = mention.type;
  });
  return types;
}

function quotedTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let open = false;
  let lastEnd = 0;
  tokens.forEach((token, i) => {
    if (text.slice(lastEnd, token.start).includes("\n")) open = false;
    lastEnd = token.end;
    const mark = token.text;
    if (mark === "“" || (mark === '"' && !open)) open = true;
    else if (mark === "”" || mark === '"') open = false;
    else if (open) flags[i] = 1;
  });
  return flags;
}

/** IOB2 labels (see ATTRIBUTION_LABELS) for one sentence. */
export function tagSentence(sentence: TaggedSentence): string[] {
  const { model, clusters } = attributionModel();
  const features = attributionFeatures(sentence.views, clusters);
  return model.decode(features).map((k) => ATTRIBUTION_LABELS[k] as string);
}
