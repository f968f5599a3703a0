// Tests for the TempEval-3 timex scorer, against counts and ratios worked out by hand.
import assert from "node:assert/strict";
import { test } from "node:test";
import { countTimexes, emptyCounts, type ScoredTimex, timexScores } from "./timex-scorer.js";

const t = (start: number, end: number, type: string, value: string): ScoredTimex => ({
  start,
  end,
  type,
  value,
});

const close = (actual: number, expected: number, name: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${name}: ${actual} ≠ ${expected}`);

test("strict, relaxed, type and value scores on one document", () => {
  const gold = [
    t(0, 6, "DATE", "1998-08-07"),
    t(10, 20, "DURATION", "P1W"),
    t(30, 35, "TIME", "1998-08-07T10:00"),
    t(50, 55, "SET", "P1D"),
  ];
  const predicted = [
    t(0, 6, "DATE", "1998-08-07"), // exact span, right type and value
    t(12, 20, "DATE", "1998-08-14"), // overlaps the duration: wrong type, wrong value
    t(28, 35, "TIME", "1998-08-07T10:00"), // overlaps: right type and value
    t(60, 65, "DATE", "1998-08-08"), // spurious
  ];
  const counts = countTimexes(gold, predicted);
  assert.deepEqual(counts, { gold: 4, predicted: 4, strict: 1, relaxed: 3, typeCorrect: 2, valueCorrect: 2 });
  const s = timexScores(counts);
  close(s.precisionStrict, 1 / 4, "P strict");
  close(s.recallStrict, 1 / 4, "R strict");
  close(s.spanF1Strict, 1 / 4, "F1 strict");
  close(s.precisionRelaxed, 3 / 4, "P relaxed");
  close(s.spanF1Relaxed, 3 / 4, "F1 relaxed");
  close(s.typeAccuracy, 2 / 3, "type accuracy");
  close(s.valuePrecision, 1 / 2, "value P");
  close(s.valueRecall, 1 / 2, "value R");
  close(s.valueF1, 1 / 2, "value F1");
});

test("matching is one-to-one: a second overlapping prediction is a false positive", () => {
  const s = timexScores(countTimexes([t(0, 10, "DATE", "X")], [t(0, 4, "DATE", "X"), t(5, 10, "DATE", "X")]));
  assert.equal(s.relaxedMatches, 1);
  close(s.precisionRelaxed, 1 / 2, "P");
  close(s.recallRelaxed, 1, "R");
  close(s.spanF1Relaxed, 2 / 3, "F1");
  close(s.valueF1, 2 / 3, "value F1");
  assert.equal(s.strictMatches, 0);
});

test("exact-offset pairs are made before overlapping ones", () => {
  const gold = [t(0, 10, "DATE", "A"), t(8, 12, "DATE", "B")];
  const predicted = [t(8, 12, "DATE", "B"), t(0, 10, "DATE", "A")];
  const s = timexScores(countTimexes(gold, predicted));
  assert.equal(s.strictMatches, 2);
  assert.equal(s.valueCorrect, 2);
  close(s.spanF1Strict, 1, "F1 strict");
});

test("counts add up over documents before ratios are taken; nothing scores 0", () => {
  const counts = emptyCounts();
  countTimexes([t(0, 4, "DATE", "A")], [t(0, 4, "DATE", "A")], counts);
  countTimexes([t(0, 4, "DATE", "A"), t(5, 9, "TIME", "B")], [], counts);
  const s = timexScores(counts);
  close(s.precisionStrict, 1, "P");
  close(s.recallStrict, 1 / 3, "R");
  close(s.spanF1Strict, 1 / 2, "F1");
  const none = timexScores(emptyCounts());
  assert.equal(none.spanF1Relaxed, 0);
  assert.equal(none.typeAccuracy, 0);
});
