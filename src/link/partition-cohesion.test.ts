// The correlation-clustering objective, checked against pair sums worked out by hand.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { partitionCohesion } from "./partition-cohesion.js";

const unit = (entries: [string, number][]) => {
  const norm = Math.hypot(...entries.map(([, w]) => w));
  return new Map(entries.map(([t, w]) => [t, w / norm]));
};

describe("partition cohesion", () => {
  const a = unit([["flood", 1]]);
  const b = unit([
    ["flood", 1],
    ["river", 1],
  ]);
  const c = unit([["tram", 1]]);
  const vectors = [a, b, c];

  it("adds each pair's cosine less the bar, story by story", () => {
    // a·b = 1/√2 ≈ 0.707; a·c = b·c = 0.
    assert.ok(Math.abs(partitionCohesion([[0, 1], [2]], vectors, 0.2) - (Math.SQRT1_2 - 0.2)) < 1e-12);
    assert.ok(Math.abs(partitionCohesion([[0, 1, 2]], vectors, 0.2) - (Math.SQRT1_2 - 3 * 0.2)) < 1e-12);
    assert.equal(partitionCohesion([[0], [1], [2]], vectors, 0.2), 0);
  });

  it("prefers keeping apart what is further apart than the bar", () => {
    const apart = partitionCohesion([[0, 1], [2]], vectors, 0.2);
    assert.ok(apart > partitionCohesion([[0, 1, 2]], vectors, 0.2));
    assert.ok(apart > partitionCohesion([[0], [1], [2]], vectors, 0.2));
  });
});
