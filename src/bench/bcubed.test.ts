/** Checks BCubed against clusterings scored by hand. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type BCubedScore, bcubed, type LabelledItem } from "./bcubed.js";

function items(predicted: string[], gold: string[]): LabelledItem[] {
  return predicted.map((p, i) => ({ predicted: p, gold: gold[i] as string }));
}

function assertScore(actual: BCubedScore, precision: number, recall: number, f1: number): void {
  const close = (a: number, b: number, what: string) =>
    assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} != ${b}`);
  close(actual.precision, precision, "precision");
  close(actual.recall, recall, "recall");
  close(actual.f1, f1, "f1");
}

test("a clustering equal to the gold one scores 1/1/1, whatever the cluster names", () => {
  assertScore(bcubed(items(["x", "x", "y", "z"], ["a", "a", "b", "c"])), 1, 1, 1);
});

test("everything in one cluster, gold [a,a,b]: P = (2/3+2/3+1/3)/3 = 5/9, R = 1, F1 = 5/7", () => {
  assertScore(bcubed(items(["x", "x", "x"], ["a", "a", "b"])), 5 / 9, 1, 5 / 7);
});

test("every item alone, gold [a,a,b]: P = 1, R = (1/2+1/2+1)/3 = 2/3, F1 = 4/5", () => {
  assertScore(bcubed(items(["x", "y", "z"], ["a", "a", "b"])), 1, 2 / 3, 4 / 5);
});

test("predicted [x,x,y,y] against gold [a,b,b,b]: P = 3/4, R = 2/3, F1 = 12/17", () => {
  // Item 1: P 1/2, R 1/1. Item 2: P 1/2, R 1/3. Items 3 and 4: P 2/2, R 2/3.
  assertScore(bcubed(items(["x", "x", "y", "y"], ["a", "b", "b", "b"])), 3 / 4, 2 / 3, 12 / 17);
});

test("labels that look alike when joined naively are still kept apart", () => {
  // ("a,b","c") and ("a","b,c") must not share an overlap count.
  assertScore(bcubed(items(["a,b", "a"], ["c", "b,c"])), 1, 1, 1);
});

test("an empty list scores 0 on every measure", () => {
  assert.deepEqual(bcubed([]), { precision: 0, recall: 0, f1: 0, items: 0 });
});
