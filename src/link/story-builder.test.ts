/** The story builder counts reports credited to the same wire agency as one independent source. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { buildStory } from "./story-builder.js";

const texts = [
  "A fire destroyed a grain warehouse on the Brenn quay overnight, the harbour authority said.\n\nSource: Reuters",
  "Two cargo ships were moved after a blaze at a Brenn warehouse, port officials told reporters.\n\nSource: Reuters",
  "Brenn firefighters needed six hours to put out a warehouse fire, the town's mayor said.",
];

describe("story builder", () => {
  it("counts reports credited to the same wire agency as one independent source", () => {
    const docs = texts.map((t, i) => annotateText(t, { id: `r${i + 1}` }));
    assert.deepEqual(
      docs.map((d) => d.report.credits),
      [["Reuters"], ["Reuters"], []],
    );
    const story = buildStory("s1", docs);
    assert.equal(story.independentSources, 2);
    assert.deepEqual(story.sources, [["r1", "r2"], ["r3"]]);
    assert.deepEqual(story.copies, []);
  });
});
