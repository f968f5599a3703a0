// Tests for the revision's merge queue: closest pair first, only pairs over the bar, stale pairs dropped.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MergeQueue } from "./merge-queue.js";
import { RevisionGroups } from "./revision-groups.js";

const unit = (terms: string[]) => new Map(terms.map((t) => [t, 1 / Math.sqrt(terms.length)]));
const item = (terms: string[]) => ({
  features: { terms: new Map(), day: null, after: null, named: [] },
  vector: unit(terms),
  keys: terms,
});

describe("merge queue", () => {
  const items = [item(["a", "b", "c"]), item(["a", "b", "c"]), item(["a", "b", "d"]), item(["x", "y", "z"])];

  it("gives the closest pair first and never a pair under the bar", () => {
    const groups = new RevisionGroups(items, [[0], [1], [2], [3]]);
    const queue = new MergeQueue(groups, 0.5);
    const first = queue.pop();
    assert.deepEqual([first?.a.id, first?.b.id], [0, 1]);
    const pairs: number[][] = [];
    for (let p = queue.pop(); p; p = queue.pop()) pairs.push([p.a.id, p.b.id]);
    assert.deepEqual(pairs, [
      [0, 2],
      [1, 2],
    ]);
  });

  it("drops a pair once either story has changed, and takes the changed story's new pairs", () => {
    const groups = new RevisionGroups(items, [[0], [1], [2], [3]]);
    const queue = new MergeQueue(groups, 0.5);
    const first = queue.pop();
    assert.ok(first);
    const kept = groups.merge(first.a, first.b);
    queue.pushPairsOf(kept);
    const next = queue.pop();
    // Stories 0 and 1 are one now: the pairs 0-2 and 1-2 queued before are stale, and the merged story's
    // pair with 2 (mean cosine 2/3) is the one left.
    assert.deepEqual([next?.a.id, next?.b.id], [0, 2]);
    assert.equal(next?.a.members.size, 2);
    assert.equal(queue.pop(), null);
  });
});
