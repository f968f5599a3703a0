// ROUGE on cases worked out by hand.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { rouge, rougeL, rougeN, rougeTokens } from "./rouge-scorer.js";

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `expected ${expected}, found ${actual}`);

describe("ROUGE", () => {
  it("lower-cases, splits on anything but letters and digits, and Porter-stems longer tokens", () => {
    assert.deepEqual(rougeTokens("The cats were RUNNING, in 2016!"), [
      "the",
      "cat",
      "were",
      "run",
      "in",
      "2016",
    ]);
    assert.deepEqual(rougeTokens("  ...  "), []);
    // Tokens of three characters or fewer are not stemmed: "was" stays "was", "its" stays "its".
    assert.deepEqual(rougeTokens("It was its"), ["it", "was", "its"]);
  });

  it("ROUGE-1: 'the cat sat on the mat' against 'the cat is on the mat'", () => {
    // Unigrams: the×2, cat, sat, on, mat vs the×2, cat, is, on, mat; overlap 5 (the×2, cat, on, mat).
    // P = 5/6, R = 5/6, F1 = 5/6.
    close(rouge("the cat sat on the mat", "the cat is on the mat").rouge1, 5 / 6);
  });

  it("ROUGE-2 clips repeated bigrams to the reference's count", () => {
    // Candidate bigrams: "a b" ×3, "b a" ×2 (5); reference "a b c": "a b", "b c" (2). Overlap: min(3, 1) = 1.
    // P = 1/5, R = 1/2, F1 = 2·0.2·0.5 / 0.7 = 2/7.
    close(rougeN(["a", "b", "a", "b", "a", "b"], ["a", "b", "c"], 2), 2 / 7);
  });

  it("ROUGE-L takes the longest common subsequence", () => {
    // LCS of "a b c d e" and "a x c y e" is "a c e" (3): P = 3/5, R = 3/5.
    close(rougeL(["a", "b", "c", "d", "e"], ["a", "x", "c", "y", "e"]), 3 / 5);
    // LCS of "police killed the gunman" and "the gunman killed police": "the gunman" (2). P = R = 2/4.
    close(rouge("police killed the gunman", "the gunman killed police").rougeL, 1 / 2);
  });

  it("scores 0 when nothing is shared or a side is empty, and 1 for the same text", () => {
    assert.deepEqual(rouge("", "anything"), { rouge1: 0, rouge2: 0, rougeL: 0 });
    assert.deepEqual(rouge("alpha beta", "gamma delta"), { rouge1: 0, rouge2: 0, rougeL: 0 });
    assert.deepEqual(rouge("Flood kills 12", "flood killed 12"), { rouge1: 1, rouge2: 1, rougeL: 1 });
  });
});
