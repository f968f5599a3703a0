/** Trains the entity tagger's averaged perceptron: structured updates, lazily averaged weights. */
import { PerceptronModel, type SerializedModel } from "../annotate/perceptron-model.js";

export interface TrainingSentence {
  readonly features: readonly (readonly string[])[];
  readonly gold: readonly number[];
}

/** The index of an IOB2 tag among `labels`; an unknown tag is an error naming the labels expected. */
export function labelIndex(labels: readonly string[], tag: string): number {
  const i = labels.indexOf(tag);
  if (i < 0) throw new Error(`expected an IOB2 tag (${labels.join(", ")}), found ${JSON.stringify(tag)}`);
  return i;
}

/**
 * Averaging follows Daumé's trick: besides the weights w, u accumulates each update times the step it
 * happened at; the average over all steps is then w - u / steps.
 */
export class PerceptronTrainer {
  readonly model: PerceptronModel;
  private readonly sums = new Map<string, Float64Array>();
  private readonly transitionSums: Float64Array;
  private readonly L: number;
  private steps = 1;

  constructor(readonly labels: readonly string[]) {
    this.L = labels.length;
    this.model = new PerceptronModel(labels, new Map(), new Float64Array((this.L + 1) * this.L));
    this.transitionSums = new Float64Array((this.L + 1) * this.L);
  }

  /** One pass over one sentence; returns whether it was already tagged right. */
  learn(sentence: TrainingSentence): boolean {
    const predicted = this.model.decode(sentence.features);
    let right = true;
    for (let i = 0; i < predicted.length; i++) {
      const g = sentence.gold[i] as number;
      const p = predicted[i] as number;
      const gPrev = i === 0 ? -1 : (sentence.gold[i - 1] as number);
      const pPrev = i === 0 ? -1 : (predicted[i - 1] as number);
      if (g === p && gPrev === pPrev) continue;
      right = false;
      this.bumpTransition(gPrev, g, 1);
      this.bumpTransition(pPrev, p, -1);
      if (g !== p) for (const f of sentence.features[i] as readonly string[]) this.bump(f, g, p);
    }
    this.steps++;
    return right;
  }

  private bump(feature: string, gold: number, predicted: number): void {
    let w = this.model.weights.get(feature) as Float64Array | undefined;
    let u = this.sums.get(feature);
    if (!w || !u) {
      w = new Float64Array(this.L);
      u = new Float64Array(this.L);
      this.model.weights.set(feature, w);
      this.sums.set(feature, u);
    }
    w[gold] = (w[gold] as number) + 1;
    u[gold] = (u[gold] as number) + this.steps;
    w[predicted] = (w[predicted] as number) - 1;
    u[predicted] = (u[predicted] as number) - this.steps;
  }

  private bumpTransition(prev: number, next: number, delta: number): void {
    const k = (prev + 1) * this.L + next;
    const t = this.model.transitions as Float64Array;
    t[k] = (t[k] as number) + delta;
    this.transitionSums[k] = (this.transitionSums[k] as number) + delta * this.steps;
  }

  /** The averaged model; weights below `prune` in every label are left out, and values rounded to 3 decimals. */
  averaged(prune = 1e-3): SerializedModel {
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const weights: Record<string, number[]> = {};
    for (const [feature, w] of this.model.weights) {
      const u = this.sums.get(feature) as Float64Array;
      const avg = Array.from(w, (x, k) => round(x - (u[k] as number) / this.steps));
      if (avg.some((x) => Math.abs(x) >= prune)) weights[feature] = avg;
    }
    const t = this.model.transitions;
    const transitions = Array.from(t, (x, k) => round(x - (this.transitionSums[k] as number) / this.steps));
    return { format: "triangulate.perceptron/1", labels: [...this.labels], transitions, weights };
  }
}
