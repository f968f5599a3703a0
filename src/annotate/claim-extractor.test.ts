/** Claim extraction: sources via 'said' and 'according to', measures, scopes, sub-counts, since-a-day windows. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "./annotate-text.js";

const claims = (text: string) =>
  annotateText(text).claims.map((c) => ({
    value: c.value,
    measure: c.measure,
    scope: c.scope,
    source: c.attributedTo,
    via: c.via,
    notRival: c.partOf || c.additive,
  }));

describe("claim extractor", () => {
  it("attributes 'X said' and keeps the channel apart", () => {
    assert.deepEqual(
      claims("Doctor Ana Ruiz, the head of the town hospital, told Coastline Press the death toll was 17."),
      [
        {
          value: 17,
          measure: "killed",
          scope: "main event",
          source: "Ana Ruiz",
          via: "Coastline Press",
          notRival: false,
        },
      ],
    );
  });

  it("attributes 'according to' past a title", () => {
    const [claim] = claims("Nine people were killed, according to Governor Mirela Dastan.");
    assert.equal(claim?.source, "Mirela Dastan");
    assert.equal(claim?.value, 9);
  });

  it("finds the measure from the verb or from the counted noun", () => {
    const found = claims(
      "The Relief Society said at least 40 people were injured and 30 air strikes hit the valley.",
    );
    assert.deepEqual(
      found.map((c) => [c.value, c.measure, c.source]),
      [
        [40, "injured", "Relief Society"],
        [30, "air strikes", "Relief Society"],
      ],
    );
  });

  it("puts war-wide and incident figures in their own scope", () => {
    assert.equal(claims("The war has killed as many as 300,000 people.")[0]?.scope, "war");
    assert.equal(claims("The attack on the aid convoy killed 20 volunteers.")[0]?.scope, "convoy");
  });

  it("marks sub-counts and additional counts as not rival figures", () => {
    const found = claims(
      "At least 409 civilians including 45 children have been killed. Another 113 people were killed.",
    );
    assert.deepEqual(
      found.map((c) => [c.value, c.notRival]),
      [
        [409, false],
        [45, true],
        [113, true],
      ],
    );
  });

  it("leaves a figure without a source unattributed", () => {
    assert.equal(claims("Twelve people died in the flood.")[0]?.source, null);
  });

  it("puts a toll counted since a day in its own window, and takes the verb after a figure as its measure", () => {
    const [since] = annotateText(
      "At least 409 civilians have been killed in the offensive on Orlen launched on November 15.",
    ).claims;
    assert.equal(since?.scope, "since November 15");
    const measures = annotateText("A guard was killed and six others were injured in the raid.").claims.map(
      (c) => [c.value, c.measure],
    );
    assert.deepEqual(measures, [[6, "injured"]]);
  });
});
