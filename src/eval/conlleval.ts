/** The CoNLL shared-task NER metric (conlleval.pl): exact-match chunk precision, recall and F1, overall and per type. */

/** One entity: tokens start..end (inclusive) of one sentence, and its type. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Scores with the counts behind them: tp exact matches, predicted and gold chunk totals. */
export interface ChunkScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface ConllevalScores extends ChunkScore {
  /** PER, ORG, LOC and MISC always, then any other type seen in gold or predicted tags, by name. */
  readonly perType: Record<string, ChunkScore>;
}

/** The CoNLL-2003 types, always reported even when neither side has one. */
export const CONLL_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;

/** Splits a tag as conlleval does: "B-PER" → ["B", "PER"], "O" → ["O", ""]. */
function splitTag(tag: string): [string, string] {
  const dash = tag.indexOf("-");
  return dash < 0 ? [tag, ""] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

/** conlleval's endOfChunk: does a chunk end between the previous tag and this one? */
function endsChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === "E" || prevTag === "S") return true;
  if ((prevTag === "B" || prevTag === "I") && (tag === "B" || tag === "S" || tag === "O")) return true;
  return prevTag !== "O" && prevType !== type;
}

/** conlleval's startOfChunk: does this tag start a chunk? An I- after O or after another type does. */
function startsChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === "B" || tag === "S") return true;
  if ((prevTag === "E" || prevTag === "S" || prevTag === "O") && (tag === "I" || tag === "E")) return true;
  return tag !== "O" && prevType !== type;
}

/** The maximal chunks of one sentence's tags (IOB1, IOB2 or IOBES), as conlleval reads them. */
export function chunks(tags: readonly string[]): Chunk[] {
  const found: Chunk[] = [];
  let open: { start: number; type: string } | null = null;
  let [prevTag, prevType] = ["O", ""];
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? splitTag(tags[i] as string) : ["O", ""];
    if (open !== null && endsChunk(prevTag, tag, prevType, type)) {
      found.push({ start: open.start, end: i - 1, type: open.type });
      open = null;
    }
    if (startsChunk(prevTag, tag, prevType, type)) open = { start: i, type };
    [prevTag, prevType] = [tag, type];
  }
  return found;
}

/** Precision, recall and F1 from counts; with nothing predicted (or no gold) the ratio is 0, as in conlleval.pl. */
export function chunkScore(tp: number, predicted: number, gold: number): ChunkScore {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}

/** Scores predicted against gold tags, sentence by sentence; a chunk counts only on exact start, end and type. */
export function conlleval(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): ConllevalScores {
  if (gold.length !== predicted.length) {
    throw new Error(`conlleval: ${gold.length} gold sentences but ${predicted.length} predicted`);
  }
  const tallies = new Map<string, Tally>(CONLL_TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }]));
  const tally = (type: string): Tally => {
    const known = tallies.get(type);
    if (known !== undefined) return known;
    const fresh = { tp: 0, predicted: 0, gold: 0 };
    tallies.set(type, fresh);
    return fresh;
  };
  for (const [i, goldTags] of gold.entries()) {
    const guessTags = predicted[i] as readonly string[];
    if (guessTags.length !== goldTags.length) {
      throw new Error(
        `conlleval: sentence ${i} has ${goldTags.length} gold tags but ${guessTags.length} predicted`,
      );
    }
    const goldKeys = new Set(chunks(goldTags).map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of chunks(goldTags)) tally(c.type).gold++;
    for (const c of chunks(guessTags)) {
      tally(c.type).predicted++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) tally(c.type).tp++;
    }
  }
  return summarize(tallies);
}

function summarize(tallies: ReadonlyMap<string, Tally>): ConllevalScores {
  const extra = [...tallies.keys()].filter((t) => !(CONLL_TYPES as readonly string[]).includes(t)).sort();
  const perType: Record<string, ChunkScore> = {};
  const total: Tally = { tp: 0, predicted: 0, gold: 0 };
  for (const type of [...CONLL_TYPES, ...extra]) {
    const t = tallies.get(type) as Tally;
    perType[type] = chunkScore(t.tp, t.predicted, t.gold);
    total.tp += t.tp;
    total.predicted += t.predicted;
    total.gold += t.gold;
  }
  return { ...chunkScore(total.tp, total.predicted, total.gold), perType };
}
