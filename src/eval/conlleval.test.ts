// Tests for the conlleval metric on hand-computed cases: exact matches, boundary and type errors, I- starts, empty sides.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type ChunkScore, chunks, conlleval } from "./conlleval.js";

const close = (actual: number, expected: number, name: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${name}: ${actual} ≠ ${expected}`);

function assertScore(score: ChunkScore, expected: Partial<ChunkScore>, name: string): void {
  for (const [key, value] of Object.entries(expected))
    close(score[key as keyof ChunkScore], value, `${name}.${key}`);
}

test("a perfect prediction scores 1 everywhere it has entities", () => {
  const gold = [
    ["B-PER", "I-PER", "O", "B-LOC"],
    ["B-ORG", "O", "B-MISC", "I-MISC"],
  ];
  const scores = conlleval(gold, gold);
  assertScore(scores, { precision: 1, recall: 1, f1: 1, tp: 4, predicted: 4, gold: 4 }, "overall");
  for (const type of ["PER", "ORG", "LOC", "MISC"]) {
    assertScore(scores.perType[type] as ChunkScore, { precision: 1, recall: 1, f1: 1, tp: 1 }, type);
  }
});

test("a boundary error is one false positive and one false negative", () => {
  const gold = [["B-PER", "I-PER", "O", "B-ORG"]];
  const guess = [["B-PER", "O", "O", "B-ORG"]];
  const scores = conlleval(gold, guess);
  assertScore(scores, { tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 }, "overall");
  assertScore(scores.perType.PER as ChunkScore, { tp: 0, predicted: 1, gold: 1, f1: 0 }, "PER");
  assertScore(scores.perType.ORG as ChunkScore, { tp: 1, predicted: 1, gold: 1, f1: 1 }, "ORG");
});

test("a type error is one false positive of the guessed type and one false negative of the true type", () => {
  const scores = conlleval([["B-LOC", "O", "B-ORG"]], [["B-ORG", "O", "B-ORG"]]);
  assertScore(scores, { tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5 }, "overall");
  assertScore(
    scores.perType.LOC as ChunkScore,
    { tp: 0, predicted: 0, gold: 1, precision: 0, recall: 0 },
    "LOC",
  );
  assertScore(
    scores.perType.ORG as ChunkScore,
    { tp: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 },
    "ORG",
  );
  close((scores.perType.ORG as ChunkScore).f1, 2 / 3, "ORG.f1");
});

test("an I- tag after O, or after another type, starts a chunk as in conlleval", () => {
  assert.deepEqual(chunks(["O", "I-PER", "I-PER", "O"]), [{ start: 1, end: 2, type: "PER" }]);
  assert.deepEqual(chunks(["B-PER", "I-LOC"]), [
    { start: 0, end: 0, type: "PER" },
    { start: 1, end: 1, type: "LOC" },
  ]);
  assert.deepEqual(chunks(["I-ORG", "I-ORG", "B-ORG", "I-ORG"]), [
    { start: 0, end: 1, type: "ORG" },
    { start: 2, end: 3, type: "ORG" },
  ]);
  assert.deepEqual(chunks(["B-MISC"]), [{ start: 0, end: 0, type: "MISC" }]);
  const scores = conlleval([["O", "B-PER", "I-PER", "O"]], [["O", "I-PER", "I-PER", "O"]]);
  assertScore(scores, { tp: 1, precision: 1, recall: 1, f1: 1 }, "I- start matches B- start");
});

test("entities never run across a sentence boundary", () => {
  const scores = conlleval(
    [
      ["O", "B-PER"],
      ["I-PER", "O"],
    ],
    [
      ["O", "B-PER"],
      ["B-PER", "O"],
    ],
  );
  assertScore(scores, { tp: 2, predicted: 2, gold: 2, f1: 1 }, "overall");
});

test("with nothing predicted, precision is 0 by convention (as conlleval.pl), and so are recall and F1", () => {
  const scores = conlleval([["B-PER", "O", "B-LOC"]], [["O", "O", "O"]]);
  assertScore(scores, { tp: 0, predicted: 0, gold: 2, precision: 0, recall: 0, f1: 0 }, "overall");
  const empty = conlleval([["O"]], [["O"]]);
  assertScore(empty, { tp: 0, predicted: 0, gold: 0, precision: 0, recall: 0, f1: 0 }, "no entities at all");
});

test("the four CoNLL types are always reported, and other types are added after them", () => {
  const scores = conlleval([["B-PER", "B-DATE"]], [["B-PER", "O"]]);
  assert.deepEqual(Object.keys(scores.perType), ["PER", "ORG", "LOC", "MISC", "DATE"]);
  assertScore(scores.perType.DATE as ChunkScore, { gold: 1, predicted: 0, recall: 0 }, "DATE");
  assertScore(scores, { tp: 1, predicted: 1, gold: 2, precision: 1, recall: 0.5 }, "overall");
  close(scores.f1, 2 / 3, "overall.f1");
});

test("sequences of different lengths are an error", () => {
  assert.throws(() => conlleval([["O", "O"]], [["O"]]), /sentence 0 has 2 gold tags but 1 predicted/);
  assert.throws(() => conlleval([["O"]], []), /1 gold sentences but 0 predicted/);
});
