/** Checks that the stage timer adds up time per stage and charges nested stages to the inner one only. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createStageTimer } from "./stage-timer.js";

/** A clock that moves only when told to. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}

test("time and calls add up per stage, and the work's value is returned", () => {
  const clock = fakeClock();
  const timer = createStageTimer(clock.now);
  const value = timer.runStage("clean", () => {
    clock.advance(5);
    return "a";
  });
  assert.equal(value, "a");
  timer.runStage("clean", () => clock.advance(7));
  timer.runStage("annotate", () => clock.advance(20));
  const { ms, calls } = timer.times();
  assert.deepEqual(ms, { clean: 12, annotate: 20, link: 0, summarize: 0 });
  assert.deepEqual(calls, { clean: 2, annotate: 1, link: 0, summarize: 0 });
});

test("a stage run inside another is not counted twice", () => {
  const clock = fakeClock();
  const timer = createStageTimer(clock.now);
  timer.runStage("link", () => {
    clock.advance(3);
    timer.runStage("summarize", () => clock.advance(10));
    clock.advance(2);
  });
  assert.deepEqual(timer.times().ms, { clean: 0, annotate: 0, link: 5, summarize: 10 });
});

test("time is still counted when the work throws", () => {
  const clock = fakeClock();
  const timer = createStageTimer(clock.now);
  assert.throws(() =>
    timer.runStage("clean", () => {
      clock.advance(4);
      throw new Error("boom");
    }),
  );
  assert.equal(timer.times().ms.clean, 4);
});
