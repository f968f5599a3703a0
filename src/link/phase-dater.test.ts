// Dating an undated story from the dated story it continues, on invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { datePhase } from "./phase-dater.js";

const SEPTEMBER = annotateText(
  "Mayor Lena Holt said the Norland Red Cross had opened shelters in Brenn after the flood, Coastline Press reported.",
  { id: "early", published: "2025-09-20" },
);
const story = [{ docs: [SEPTEMBER], latest: { day: "2025-09-20", report: "early" } }];

describe("phase dater", () => {
  it("reads a month and day without a year after the earlier phase, as a lower bound on the report's date", () => {
    const later = annotateText(
      "Lena Holt said the Norland Red Cross would close its last shelter in Brenn, weeks after the rebuilding began on November 3.",
      { id: "later" },
    );
    const [dated] = datePhase([later], story);
    assert.equal(dated?.published.date, null);
    assert.equal(dated?.published.after, "2025-11-03");
    assert.match(dated?.published.basis ?? "", /November 3.*first such day after 2025-09-20.*early/);
  });

  it("takes an upper bound from a present perfect counted from the start: 'in less than a month … have'", () => {
    const later = annotateText(
      "The Norland Red Cross said the rebuilding of Brenn, launched on November 3, is ahead of plan. In less than two weeks, Lena Holt's crews have reopened every school.",
      { id: "later" },
    );
    const [dated] = datePhase([later], story);
    assert.deepEqual([dated?.published.after, dated?.published.before], ["2025-11-03", "2025-11-17"]);
    assert.match(dated?.published.basis ?? "", /before 2025-11-17: "In less than two weeks"/);
  });

  it("leaves a report alone that shares too few names, or names a day too far on", () => {
    const unrelated = annotateText("The council met on November 3 to discuss the tram line.", {
      id: "other",
    });
    assert.equal(datePhase([unrelated], story)[0]?.published.after, null);
    const farOn = annotateText("Lena Holt and the Norland Red Cross returned to Brenn on June 1.", {
      id: "far",
    });
    assert.equal(datePhase([farOn], story)[0]?.published.after, null);
  });
});
