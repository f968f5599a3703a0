/** Story clustering: one event per story, date and month gates, batch order, folded stories and phase links. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { clusterFeatures, clusterStories, DEFAULT_CLUSTER_OPTIONS } from "./story-clusterer.js";
import { storyFeatures } from "./story-features.js";
import { FLOOD, TRAM } from "./story-texts.fixture.js";

describe("story clusterer", () => {
  it("groups reports on one event and keeps an unrelated event apart", () => {
    const docs = [FLOOD[0], TRAM[0], FLOOD[1], TRAM[1], FLOOD[2]].map((t, i) =>
      annotateText(t as string, { id: `r${i}` }),
    );
    const stories = clusterStories(docs).members.map((s) => s.map((i) => docs[i]?.report.id).sort());
    assert.deepEqual(stories.sort(), [
      ["r0", "r2", "r4"],
      ["r1", "r3"],
    ]);
  });

  it("keeps a report dated weeks apart out of a dated story", () => {
    const docs = [
      annotateText(FLOOD[0] as string, { id: "a", published: "2025-03-11" }),
      annotateText(FLOOD[1] as string, { id: "b", published: "2025-03-12" }),
      annotateText(FLOOD[2] as string, { id: "c", published: "2025-05-20" }),
    ];
    assert.deepEqual(
      clusterStories(docs)
        .members.map((s) => s.length)
        .sort(),
      [1, 2],
    );
  });

  it("keeps an undated report about another month out of a dated story", () => {
    const docs = [
      annotateText(`${FLOOD[0]} The dam was inspected on March 3.`, { id: "a", published: "2025-03-11" }),
      annotateText(`${FLOOD[1]} The inquiry was opened on June 20.`, { id: "b" }),
    ];
    assert.equal(clusterStories(docs).members.length, 2);
  });

  it("does not split a story when a much later report comes first in the batch", () => {
    const docs = [
      annotateText(FLOOD[0] as string, { id: "a", published: "2025-03-10" }),
      annotateText(TRAM[0] as string, { id: "b", published: "2025-06-01" }),
      annotateText(FLOOD[1] as string, { id: "c", published: "2025-03-10" }),
      annotateText(FLOOD[2] as string, { id: "d", published: "2025-03-11" }),
    ];
    const { members, phaseOf } = clusterStories(docs);
    assert.deepEqual(members, [[0, 2, 3], [1]]);
    assert.deepEqual(phaseOf, [null, null]);
  });

  it("gathers the reports of stories folded together into one story, stories in the order of their first report", () => {
    const docs = [FLOOD[0], TRAM[0], FLOOD[1], FLOOD[2]].map((t, i) =>
      annotateText(t as string, { id: `r${i}` }),
    );
    const { members, phaseOf } = clusterStories(docs, {
      ...DEFAULT_CLUSTER_OPTIONS,
      threshold: 0.99,
      mergeThreshold: 0.1,
    });
    assert.deepEqual(members, [[0, 2, 3], [1]]);
    assert.deepEqual(phaseOf, [null, null]);
  });

  it("without the revision gives the stream's stories, in input order and ordered by their first report", () => {
    const texts = [FLOOD[0], TRAM[0], FLOOD[1], FLOOD[2]];
    const features = texts.map((t) => storyFeatures(t as string));
    const groups = clusterFeatures(
      features,
      { ...DEFAULT_CLUSTER_OPTIONS, threshold: 0.99, mergeThreshold: 0.1 },
      { revise: false },
    );
    assert.deepEqual(groups.members, [[0, 2, 3], [1]]);
  });

  it("keeps a phase link only to a story begun before it, even when merges move the story it named", () => {
    // r1 starts a phase of r0's story; r0's story is then absorbed by the story r2 and r3 make, which began
    // earlier than r1 only through r0. The result must not call each story a phase of the other.
    const texts = [
      ["alpha alpha apple", "2025-01-01"],
      ["alpha bravo banana", "2025-04-11"],
      ["bravo charlie cherry", "2025-01-21"],
      ["alpha apple bravo charlie cherry", "2025-01-21"],
    ];
    const docs = texts.map(([t, day], i) => annotateText(t as string, { id: `r${i}`, published: day }));
    const groups = clusterStories(docs, DEFAULT_CLUSTER_OPTIONS);
    assert.deepEqual(groups, { members: [[0, 2, 3], [1]], phaseOf: [null, 0] });
  });

  it("keeps the visiting order whose stories hold together best", () => {
    // In the order given, the stream puts the bridge report with the harbour reports; another visiting order
    // leaves it alone, which holds together better (partition cohesion 0.69 against 0.33).
    const texts = [
      "bridge flood bridge harbour",
      "rain tide harbour ferry",
      "tram tram barge dock",
      "barge flood pump pump",
      "crane dock rain tide",
      "dock ferry levee rain",
    ];
    const features = texts.map((t) => storyFeatures(t));
    const given = clusterFeatures(features, DEFAULT_CLUSTER_OPTIONS, { orders: 1 });
    const best = clusterFeatures(features, DEFAULT_CLUSTER_OPTIONS);
    assert.deepEqual(given.members, [
      [0, 1, 4, 5],
      [2, 3],
    ]);
    assert.deepEqual(best.members, [[0], [1, 4, 5], [2, 3]]);
  });

  it("returns nothing for nothing", () => {
    assert.deepEqual(clusterStories([]), { members: [], phaseOf: [] });
  });
});
