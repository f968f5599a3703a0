import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { clusterStories } from "./story-clusterer.js";

const FLOOD = [
  "Flood waters from the Sarrow river swept through Orvane on Tuesday, killing at least 12 people, the Relief Society said.",
  "Rescuers in Orvane searched flooded streets after the Sarrow river burst its banks, the Relief Society said; 12 people died.",
  "The Sarrow river flood in Orvane left 12 people dead and hundreds homeless, Governor Ana Ruiz said on Tuesday.",
];
const TRAM = [
  "Hestmoor city council approved a new tram line to the eastern suburbs on Thursday after a long debate.",
  "The Hestmoor tram line won a council vote on Thursday, though opponents warned the cost would rise.",
];

describe("story clusterer", () => {
  it("groups reports on one event and keeps an unrelated event apart", () => {
    const docs = [FLOOD[0], TRAM[0], FLOOD[1], TRAM[1], FLOOD[2]].map((t, i) =>
      annotateText(t as string, { id: `r${i}` }),
    );
    const stories = clusterStories(docs).map((s) => s.map((i) => docs[i]?.report.id).sort());
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
        .map((s) => s.length)
        .sort(),
      [1, 2],
    );
  });

  it("keeps an undated report about another month out of a dated story", () => {
    const docs = [
      annotateText(`${FLOOD[0]} The dam was inspected on March 3.`, { id: "a", published: "2025-03-11" }),
      annotateText(`${FLOOD[1]} The inquiry was opened on June 20.`, { id: "b" }),
    ];
    assert.equal(clusterStories(docs).length, 2);
  });

  it("returns nothing for nothing", () => {
    assert.deepEqual(clusterStories([]), []);
  });
});
