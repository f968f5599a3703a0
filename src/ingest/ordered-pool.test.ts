// Tests for mapInOrder: results in input order whatever finishes first, at most `limit` tasks running, edge cases.
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { mapInOrder } from "./ordered-pool.js";

test("results come back in input order even when later tasks finish first", async () => {
  const finished: number[] = [];
  const delays = [40, 5, 25, 0, 10];
  const results = await mapInOrder(delays, 5, async (ms, index) => {
    await sleep(ms);
    finished.push(index);
    return `r${index}:${ms}`;
  });
  assert.deepEqual(results, ["r0:40", "r1:5", "r2:25", "r3:0", "r4:10"]);
  assert.notDeepEqual(finished, [0, 1, 2, 3, 4], "the tasks did finish out of order");
});

test("never more than `limit` tasks run at once, and the limit is reached", async () => {
  let running = 0;
  let peak = 0;
  const items = Array.from({ length: 12 }, (_, i) => i);
  const results = await mapInOrder(items, 3, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await sleep((n * 7) % 11);
    running--;
    return n * n;
  });
  assert.equal(peak, 3);
  assert.deepEqual(
    results,
    items.map((n) => n * n),
  );
});

test("each item is given to the task once, with its index", async () => {
  const seen: [string, number][] = [];
  await mapInOrder(["a", "b", "c"], 2, async (item, index) => {
    seen.push([item, index]);
  });
  assert.deepEqual(
    seen.sort((x, y) => x[1] - y[1]),
    [
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ],
  );
});

test("limit 1 runs the tasks one after another in order", async () => {
  const order: string[] = [];
  await mapInOrder([20, 0, 10], 1, async (ms, i) => {
    order.push(`start${i}`);
    await sleep(ms);
    order.push(`end${i}`);
  });
  assert.deepEqual(order, ["start0", "end0", "start1", "end1", "start2", "end2"]);
});

test("a limit of 0 or below still makes progress with one task at a time", async () => {
  let running = 0;
  let peak = 0;
  const results = await mapInOrder([1, 2, 3], 0, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await sleep(1);
    running--;
    return n + 1;
  });
  assert.deepEqual(results, [2, 3, 4]);
  assert.equal(peak, 1);
});

test("an empty list gives an empty result without calling the task", async () => {
  let calls = 0;
  const results = await mapInOrder([], 4, async () => {
    calls++;
  });
  assert.deepEqual(results, []);
  assert.equal(calls, 0);
});

test("a limit above the list length starts no more workers than items", async () => {
  let calls = 0;
  assert.deepEqual(
    await mapInOrder([7], 50, async (n) => {
      calls++;
      return n;
    }),
    [7],
  );
  assert.equal(calls, 1);
});

test("a task that rejects rejects the whole map", async () => {
  await assert.rejects(
    mapInOrder([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error("task two failed");
      return n;
    }),
    /task two failed/,
  );
});
