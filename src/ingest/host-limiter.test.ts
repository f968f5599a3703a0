/** Tests for the per-host concurrency limit: a host never has more than its share running, others never wait. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { TriangulateError } from "../model/errors.js";
import { HostLimiter } from "./host-limiter.js";

/** A promise with its resolve function, to hold a task open until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

test("five tasks for one host never run more than two at once, and all finish", async () => {
  const limiter = new HostLimiter();
  assert.equal(limiter.perHost, 2);
  let running = 0;
  let most = 0;
  const task = async (n: number): Promise<number> => {
    running++;
    most = Math.max(most, running);
    assert.ok(limiter.active("tribune.example") <= 2);
    await sleep(20);
    running--;
    return n * 10;
  };
  const results = await Promise.all(
    [1, 2, 3, 4, 5].map((n) => limiter.run("tribune.example", () => task(n))),
  );
  assert.deepEqual(results, [10, 20, 30, 40, 50]);
  assert.equal(most, 2);
  assert.equal(limiter.active("tribune.example"), 0);
});

test("tasks start in the order they were queued", async () => {
  const limiter = new HostLimiter(1);
  const order: number[] = [];
  await Promise.all(
    [1, 2, 3, 4].map((n) =>
      limiter.run("wire.example", async () => {
        order.push(n);
        await sleep(1);
      }),
    ),
  );
  assert.deepEqual(order, [1, 2, 3, 4]);
});

test("a busy host does not block another host", async () => {
  const limiter = new HostLimiter(1);
  const held = gate();
  const blocked = limiter.run("slow.example", () => held.promise);
  const other = await limiter.run("fast.example", async () => "done");
  assert.equal(other, "done");
  assert.equal(limiter.active("slow.example"), 1);
  held.open();
  await blocked;
  assert.equal(limiter.active("slow.example"), 0);
});

test("host names are compared without case", async () => {
  const limiter = new HostLimiter(1);
  const held = gate();
  const first = limiter.run("Tribune.Example", () => held.promise);
  assert.equal(limiter.active("tribune.example"), 1);
  held.open();
  await first;
});

test("a failing task gives its slot back", async () => {
  const limiter = new HostLimiter(1);
  await assert.rejects(
    limiter.run("a.example", async () => {
      throw new Error("boom");
    }),
    /boom/,
  );
  assert.equal(limiter.active("a.example"), 0);
  assert.equal(await limiter.run("a.example", async () => 7), 7);
});

test("an abort while waiting leaves the queue and rejects with the signal's reason", async () => {
  const limiter = new HostLimiter(1);
  const held = gate();
  const first = limiter.run("a.example", () => held.promise);
  const controller = new AbortController();
  let ran = false;
  const waiting = limiter.run(
    "a.example",
    async () => {
      ran = true;
    },
    controller.signal,
  );
  controller.abort(new Error("gave up"));
  await assert.rejects(waiting, /gave up/);
  held.open();
  await first;
  assert.equal(ran, false);
  assert.equal(limiter.active("a.example"), 0);
  await assert.rejects(
    limiter.run("a.example", async () => 1, controller.signal),
    /gave up/,
  );
});

test("a limit that is not a positive whole number is a usage error", () => {
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    assert.throws(
      () => new HostLimiter(bad),
      (error: unknown) => error instanceof TriangulateError && error.code === "usage",
    );
  }
});
