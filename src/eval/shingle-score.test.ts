// Tests for the extraction benchmark metric: 4-gram shingle precision/recall/F1, tokenisation and averaging.
import assert from "node:assert/strict";
import { test } from "node:test";
import { benchmarkTokens, meanScore, type PrfScore, shingleScore } from "./shingle-score.js";

function assertScore(actual: PrfScore, expected: PrfScore): void {
  for (const key of ["precision", "recall", "f1"] as const)
    assert.ok(
      Math.abs(actual[key] - expected[key]) < 1e-12,
      `${key}: expected ${expected[key]}, got ${actual[key]}`,
    );
}

test("identical texts score 1/1/1", () => {
  const text = "The river rose two metres overnight and the bridge was closed.";
  assertScore(shingleScore(text, text), { precision: 1, recall: 1, f1: 1 });
});

test("a prediction missing the last word: truth has 2 shingles, prediction 1, tp 1 → P=1, R=0.5, F1=2/3", () => {
  assertScore(shingleScore("a b c d e", "a b c d"), { precision: 1, recall: 0.5, f1: 2 / 3 });
  // And the other way round: the extra word costs precision, not recall.
  assertScore(shingleScore("a b c d", "a b c d e"), { precision: 0.5, recall: 1, f1: 2 / 3 });
});

test("a wholly different prediction scores 0/0/0", () => {
  assertScore(shingleScore("a b c d e", "v w x y z"), { precision: 0, recall: 0, f1: 0 });
});

test("repeated shingles are counted as multisets", () => {
  // Truth: 8 tokens → 5 shingles: "x y z w" ×2, "y z w x", "z w x y", "w x y z" ×1 each.
  const truth = "x y z w x y z w";
  // One "x y z w": tp = min(1, 2) = 1 → P = 1, R = 1/5, F1 = 2·0.2/1.2 = 1/3.
  assertScore(shingleScore(truth, "x y z w"), { precision: 1, recall: 1 / 5, f1: 1 / 3 });
  // 12 tokens → 9 shingles: "x y z w" ×3, the three others ×2. tp = min(3,2) + 3·min(2,1) = 5.
  // P = 5/9, R = 5/5 = 1, F1 = 2·(5/9)/(14/9) = 5/7.
  assertScore(shingleScore(truth, "x y z w x y z w x y z w"), { precision: 5 / 9, recall: 1, f1: 5 / 7 });
});

test("tokens are lower-cased \\w+ runs: case and punctuation do not matter", () => {
  assert.deepEqual(benchmarkTokens("Don't STOP—the Band's 2nd_set!"), [
    "don",
    "t",
    "stop",
    "the",
    "band",
    "s",
    "2nd_set",
  ]);
  assert.deepEqual(benchmarkTokens(""), []);
  assert.deepEqual(benchmarkTokens(" ... !!! "), []);
  assertScore(shingleScore("Don't stop the band now.", "DON T -- stop, THE band; now"), {
    precision: 1,
    recall: 1,
    f1: 1,
  });
});

test("tokens keep non-ASCII letters whole, as the benchmark's Unicode \\w+ does", () => {
  // The doc comment says "runs of letters"; "café" is one word, not "caf".
  assert.deepEqual(benchmarkTokens("Café naïve São"), ["café", "naïve", "são"]);
});

test("two empty texts agree fully: 1/1/1", () => {
  assertScore(shingleScore("", ""), { precision: 1, recall: 1, f1: 1 });
  assertScore(shingleScore("  ", "..."), { precision: 1, recall: 1, f1: 1 });
});

test("an empty prediction of a non-empty truth scores 0/0/0; a non-empty one of an empty truth too", () => {
  assertScore(shingleScore("a b c d e", ""), { precision: 0, recall: 0, f1: 0 });
  assertScore(shingleScore("", "a b c d e"), { precision: 0, recall: 0, f1: 0 });
});

test("a text under 4 tokens is one shingle of all its tokens, as in the benchmark", () => {
  assertScore(shingleScore("a b c", "a b c"), { precision: 1, recall: 1, f1: 1 });
  assertScore(shingleScore("a b c", "x y"), { precision: 0, recall: 0, f1: 0 });
  // The short prediction's one shingle "a b c" is none of the truth's 4-grams.
  assertScore(shingleScore("a b c d e", "a b c"), { precision: 0, recall: 0, f1: 0 });
  assertScore(shingleScore("a b c", "a b c d"), { precision: 0, recall: 0, f1: 0 });
});

test("the shingle size can be changed: bigrams", () => {
  // Truth bigrams: "a b", "b c"; prediction: "a b", "b x" → tp 1, P = R = F1 = 0.5.
  assertScore(shingleScore("a b c", "a b x", 2), { precision: 0.5, recall: 0.5, f1: 0.5 });
});

test("meanScore averages each field over the pages", () => {
  assertScore(
    meanScore([
      { precision: 1, recall: 0.5, f1: 2 / 3 },
      { precision: 0, recall: 0.25, f1: 0 },
    ]),
    { precision: 0.5, recall: 0.375, f1: 1 / 3 },
  );
  assertScore(meanScore([{ precision: 0.2, recall: 0.4, f1: 0.3 }]), {
    precision: 0.2,
    recall: 0.4,
    f1: 0.3,
  });
});

test("meanScore of no pages is 0/0/0, not NaN", () => {
  assert.deepEqual(meanScore([]), { precision: 0, recall: 0, f1: 0 });
});
