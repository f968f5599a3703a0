/** The word budget keeps ranked sentences that fit, skips long or redundant ones, and always keeps the first. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fillBudget } from "./word-budget.js";

describe("word budget", () => {
  it("keeps ranked sentences that fit, skipping ones too long or redundant", () => {
    // lengths: 0:10, 1:30, 2:10, 3:10; budget 25; 1 does not fit, 3 is redundant with 0.
    const kept = fillBudget([0, 1, 2, 3], [10, 30, 10, 10], 25, (i, k) => i === 3 && k === 0);
    assert.deepEqual(kept, [0, 2]);
  });

  it("keeps a first sentence longer than the budget alone", () => {
    assert.deepEqual(fillBudget([0, 1], [50, 5], 20), [0]);
  });
});
