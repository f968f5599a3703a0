/** Story features: where the lead ends, and lead terms counted three times against later terms once. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { leadEnd, storyTerms } from "./story-features.js";

describe("story features", () => {
  it("ends the lead after three sentences, a title line counting as one and a stray short line as none", () => {
    const text =
      "Flood hits Orvane\nShare\nThe Sarrow river burst its banks on Tuesday. Twelve people died, the Relief Society said. " +
      "The dam was built in 1961. It was inspected in March.";
    assert.ok(
      text.slice(0, leadEnd(text)).endsWith("Tuesday. Twelve people died, the Relief Society said. "),
    );
    assert.equal(leadEnd("One sentence only, and no end"), "One sentence only, and no end".length);
  });

  it("counts the lead's terms three times and later terms once", () => {
    const counts = storyTerms(
      "Rescuers searched Orvane on Tuesday. The Sarrow river had flooded the town. Twelve people died. " +
        "An older flood hit Brenn in 1961.",
    );
    assert.equal(counts.get("orvane"), 3);
    assert.equal(counts.get("brenn"), 1);
    assert.equal(counts.get("#:1961"), 1);
  });
});
