/** DecayedSum: decayed weighted mean cosine, rescaling through thousands of decays, absorbing and pruning sums. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DecayedSum } from "./decayed-sum.js";

const v = (entries: Record<string, number>) => new Map(Object.entries(entries));
const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

describe("DecayedSum", () => {
  it("gives the weighted mean cosine to its reports, older ones decayed", () => {
    const sum = new DecayedSum();
    sum.add(v({ flood: 1 }), 0.5);
    sum.add(v({ fire: 1 }), 0.5);
    // Weights: the first report 0.5, the second 1; a query on "flood" meets only the first.
    near(sum.weight, 1.5);
    near(sum.meanCosine(v({ flood: 1 })), 0.5 / 1.5);
    near(sum.meanCosine(v({ fire: 1 })), 1 / 1.5);
    assert.equal(sum.meanCosine(v({ quake: 1 })), 0);
  });

  it("keeps its values through thousands of decays (rescaled before doubles run out)", () => {
    const sum = new DecayedSum();
    // 0.875^6000 is below the smallest double: without rescaling the stored terms would reach Infinity.
    for (let i = 0; i < 6000; i++) sum.add(v({ river: 1 }), 0.875);
    near(sum.meanCosine(v({ river: 1 })), 1);
    sum.add(v({ dam: 1 }), 0.875);
    near(sum.meanCosine(v({ dam: 1 })), 1 / sum.weight);
  });

  it("absorbs another sum, prunes to its heaviest terms and lets go of them", () => {
    const a = new DecayedSum();
    const b = new DecayedSum();
    a.add(v({ flood: 0.6, river: 0.8 }), 0.5);
    b.add(v({ flood: 1 }), 0.5);
    b.add(v({ flood: 1 }), 0.5);
    near(a.meanCosineTo(b), (0.6 * 1.5) / (1 * 1.5));
    a.absorb(b);
    near(a.weight, 2.5);
    near(a.meanCosine(v({ flood: 1 })), (0.6 + 1.5) / 2.5);
    a.prune(1);
    assert.deepEqual([a.has("flood"), a.has("river")], [true, false]);
    a.clear();
    assert.equal(a.size, 0);
  });
});
