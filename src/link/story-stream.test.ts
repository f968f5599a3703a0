/** The story stream: joining and starting stories, later phases, closing quiet stories, folding, open-story bound. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { storyFeatures } from "./story-features.js";
import { DEFAULT_STREAM_OPTIONS, StoryStream } from "./story-stream.js";
import { FLOOD, TRAM } from "./story-texts.fixture.js";

describe("story stream", () => {
  it("joins reports on one event and starts a story for another", () => {
    const stream = new StoryStream();
    const placed = [FLOOD[0], TRAM[0], FLOOD[1], TRAM[1], FLOOD[2]].map((t) =>
      stream.add(storyFeatures(t as string)),
    );
    assert.deepEqual(
      placed.map((p) => p.story),
      [0, 1, 0, 1, 0],
    );
    assert.deepEqual(
      placed.map((p) => p.started),
      [true, true, false, false, false],
    );
  });

  it("splits a report dated weeks after a story into a later phase of it", () => {
    const stream = new StoryStream();
    stream.add(storyFeatures(FLOOD[0] as string, { day: "2025-03-11" }));
    stream.add(storyFeatures(FLOOD[1] as string, { day: "2025-03-12" }));
    const later = stream.add(storyFeatures(FLOOD[2] as string, { day: "2025-05-20" }));
    assert.deepEqual(later, { story: 1, started: true, phaseOf: 0, merged: [] });
  });

  it("keeps an undated report that names a day well after the story apart, as a later phase", () => {
    const stream = new StoryStream();
    stream.add(storyFeatures(FLOOD[0] as string, { day: "2025-03-11" }));
    const later = stream.add(storyFeatures(FLOOD[1] as string, { named: [{ month: 6, day: 20 }] }));
    const earlier = stream.add(storyFeatures(FLOOD[2] as string, { named: [{ month: 3, day: 2 }] }));
    assert.deepEqual(later, { story: 1, started: true, phaseOf: 0, merged: [] });
    assert.equal(earlier.started, false);
  });

  it("closes a story that went quiet and links a later report to it as a phase", () => {
    const stream = new StoryStream({ ...DEFAULT_STREAM_OPTIONS, quietReports: 2 });
    stream.add(storyFeatures(FLOOD[0] as string));
    stream.add(storyFeatures(TRAM[0] as string));
    stream.add(storyFeatures(TRAM[1] as string));
    stream.add(storyFeatures("An unrelated report on wheat prices at the Lune market this spring."));
    assert.equal(stream.size.closed, 1);
    const back = stream.add(storyFeatures(FLOOD[1] as string));
    assert.deepEqual(back, { story: 3, started: true, phaseOf: 0, merged: [] });
  });

  it("folds stories together once a report shows they are one", () => {
    const stream = new StoryStream({ ...DEFAULT_STREAM_OPTIONS, threshold: 0.99, mergeThreshold: 0.1 });
    const placed = FLOOD.map((t) => stream.add(storyFeatures(t)));
    assert.deepEqual(
      placed.map((p) => [p.story, p.merged]),
      [
        [0, []],
        [1, [0]],
        [2, [1]],
      ],
    );
    assert.equal(stream.size.open, 1);
    assert.equal(stream.add(storyFeatures(TRAM[0] as string)).merged.length, 0);
  });

  it("does not fold in a story the report could not join in time", () => {
    const stream = new StoryStream({ ...DEFAULT_STREAM_OPTIONS, mergeThreshold: 0 });
    stream.add(storyFeatures(FLOOD[0] as string, { day: "2025-03-11" }));
    const later = stream.add(storyFeatures(FLOOD[1] as string, { day: "2025-05-20" }));
    assert.deepEqual(later, { story: 1, started: true, phaseOf: 0, merged: [] });
  });

  it("holds no more open stories than the reports of its quiet window", () => {
    const stream = new StoryStream({ ...DEFAULT_STREAM_OPTIONS, quietReports: 5 });
    for (let i = 0; i < 40; i++)
      stream.add(storyFeatures(`Report ${i} about the zephyr${i} quarry and the ${i}th kiln of Vell${i}.`));
    assert.ok(stream.size.open <= 6, `expected at most 6 open stories, found ${stream.size.open}`);
  });
});
