/** A linear-chain averaged perceptron over IOB2 tags, decoded with Viterbi under the IOB2 constraints. */

export const NER_LABELS = [
  "O",
  "B-PER",
  "I-PER",
  "B-ORG",
  "I-ORG",
  "B-LOC",
  "I-LOC",
  "B-MISC",
  "I-MISC",
] as const;
export type NerLabel = (typeof NER_LABELS)[number];

/** The serialized format; the NER model shipped in models/ was written under its first name. */
const FORMATS = new Set(["triangulate.perceptron/1", "triangulate.ner-perceptron/1"]);

/** I-X may only follow B-X or I-X; prev -1 is the sentence start. */
function isAllowed(labels: readonly string[], prev: number, next: number): boolean {
  const label = labels[next] as string;
  if (!label.startsWith("I-")) return true;
  if (prev < 0) return false;
  const p = labels[prev] as string;
  return p !== "O" && p.slice(2) === label.slice(2);
}

/** The IOB2 constraints as a table, row prev + 1 (row 0: sentence start): decoding looks them up per step. */
function allowedTable(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  return Uint8Array.from({ length: (L + 1) * L }, (_, k) =>
    isAllowed(labels, Math.floor(k / L) - 1, k % L) ? 1 : 0,
  );
}

export interface SerializedModel {
  readonly format: string;
  readonly labels: readonly string[];
  /** (L + 1) x L transition weights; row 0 is the start of the sentence. */
  readonly transitions: readonly number[];
  /** Feature → its weight for each label. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Shipped weights packed for decoding: feature → offset of its row in one array (a row object each costs more). */
interface PackedWeights {
  readonly offsets: Map<string, number>;
  readonly values: Float32Array;
}

export class PerceptronModel {
  private readonly allowed: Uint8Array;
  private readonly L: number;

  /**
   * `weights` are the rows a trainer updates in place; a model read from JSON keeps them `packed` instead, and
   * its `weights` map is empty.
   */
  constructor(
    readonly labels: readonly string[],
    readonly weights: Map<string, Float32Array | Float64Array>,
    readonly transitions: Float32Array | Float64Array,
    private readonly packed: PackedWeights | null = null,
  ) {
    this.L = labels.length;
    this.allowed = allowedTable(labels);
  }

  /** A model from its JSON form; `labels` are the ones the caller decodes with, and must match the file's. */
  static fromJSON(data: SerializedModel, labels: readonly string[]): PerceptronModel {
    if (!FORMATS.has(data.format) || data.labels.join() !== labels.join()) {
      throw new Error(
        `expected a triangulate.perceptron/1 model with labels ${labels.join()}, found ${data.format} with ${data.labels.join()}`,
      );
    }
    const L = labels.length;
    const keys = Object.keys(data.weights);
    const offsets = new Map<string, number>();
    const values = new Float32Array(keys.length * L);
    keys.forEach((key, i) => {
      offsets.set(key, i * L);
      values.set(data.weights[key] as readonly number[], i * L);
    });
    return new PerceptronModel(labels, new Map(), Float32Array.from(data.transitions), { offsets, values });
  }

  /** Per-token label scores: the sum of the features' weight rows. */
  emissions(features: readonly (readonly string[])[]): Float64Array[] {
    const L = this.L;
    const packed = this.packed;
    return features.map((fs) => {
      const scores = new Float64Array(L);
      for (const f of fs) {
        if (packed) {
          const at = packed.offsets.get(f);
          if (at !== undefined)
            for (let k = 0; k < L; k++) scores[k] = (scores[k] as number) + (packed.values[at + k] as number);
          continue;
        }
        const row = this.weights.get(f);
        if (row) for (let k = 0; k < L; k++) scores[k] = (scores[k] as number) + (row[k] as number);
      }
      return scores;
    });
  }

  /** The best label sequence that obeys IOB2, as label indexes. */
  decode(features: readonly (readonly string[])[]): number[] {
    const emit = this.emissions(features);
    const L = this.L;
    const n = emit.length;
    if (n === 0) return [];
    const score = emit.map(() => new Float64Array(L).fill(Number.NEGATIVE_INFINITY));
    const back = emit.map(() => new Int8Array(L));
    for (let k = 0; k < L; k++) {
      if (this.allowed[k] === 1)
        (score[0] as Float64Array)[k] =
          ((emit[0] as Float64Array)[k] as number) + (this.transitions[k] as number);
    }
    for (let i = 1; i < n; i++) this.step(score, back, emit, i);
    let best = 0;
    const last = score[n - 1] as Float64Array;
    for (let k = 1; k < L; k++) if ((last[k] as number) > (last[best] as number)) best = k;
    const path = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      path[i] = best;
      best = (back[i] as Int8Array)[best] as number;
    }
    return path;
  }

  private step(score: Float64Array[], back: Int8Array[], emit: Float64Array[], i: number): void {
    const L = this.L;
    const prev = score[i - 1] as Float64Array;
    const here = score[i] as Float64Array;
    for (let k = 0; k < L; k++) {
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestPrev = 0;
      for (let j = 0; j < L; j++) {
        if (this.allowed[(j + 1) * L + k] !== 1) continue;
        const s = (prev[j] as number) + (this.transitions[(j + 1) * L + k] as number);
        if (s > bestScore) [bestScore, bestPrev] = [s, j];
      }
      here[k] = bestScore + ((emit[i] as Float64Array)[k] as number);
      (back[i] as Int8Array)[k] = bestPrev;
    }
  }
}
