/** Summary baselines: Lead-3, LexRank and TextRank within the budget in document order, and an empty cluster. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lead3, lexRank, textRank } from "./summary-baselines.js";

const CLUSTER = [
  [
    "The Orlen river flooded the lower town of Brenn on Monday night.",
    "Hundreds of families in Brenn left their homes as the river rose.",
    "The fire service pumped water from the streets of Brenn on Tuesday.",
    "A new bakery opened in the high street last spring.",
  ],
  [
    "Families in Brenn returned on Tuesday to homes wrecked by the flooded river.",
    "The fire service said the river in Brenn had fallen overnight.",
  ],
];

describe("summary baselines", () => {
  it("Lead-3 is the first three sentences of the first document", () => {
    assert.equal(lead3(CLUSTER), CLUSTER[0]?.slice(0, 3).join(" "));
  });

  it("LexRank and TextRank keep central sentences within the budget, in document order", () => {
    for (const summary of [lexRank(CLUSTER, 25), textRank(CLUSTER, 25)]) {
      assert.ok(summary.split(/\s+/).length <= 25, summary);
      assert.ok(!summary.includes("bakery"), summary);
      assert.ok(summary.includes("Brenn"));
    }
  });

  it("an empty cluster gives an empty summary", () => {
    assert.deepEqual([lead3([]), lexRank([], 50), textRank([], 50)], ["", "", ""]);
  });
});
