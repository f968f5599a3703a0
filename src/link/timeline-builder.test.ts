// The story timeline on invented reports: one row per day and happening, with every report that tells it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { happeningOf } from "./happening-finder.js";
import { buildTimeline } from "./timeline-builder.js";

const WEDNESDAY = "2025-03-12";

describe("timeline builder", () => {
  it("makes one row of the same happening told by three outlets, citing each", () => {
    const docs = [
      "Air strikes hit the port of Brenn on Monday, the harbour authority said.",
      "On Monday, jets bombed warehouses along the Brenn waterfront.",
      "The raids on Monday left the quay in flames, residents told Coastline Press.",
    ].map((text, i) => annotateText(text, { id: `r${i + 1}`, published: WEDNESDAY }));
    const timeline = buildTimeline(docs);
    assert.equal(timeline.length, 1);
    assert.deepEqual(
      [timeline[0]?.date, timeline[0]?.happening, timeline[0]?.reports],
      ["2025-03-10", "strikes", ["r1", "r2", "r3"]],
    );
    assert.equal(timeline[0]?.evidence.length, 3);
  });

  it("keeps different happenings of one day apart, and orders the days", () => {
    const doc = annotateText(
      "Talks between the two sides resumed on Tuesday in Geneva.\n\nTwelve people were killed in the flood on Monday.",
      { id: "r1", published: WEDNESDAY },
    );
    assert.deepEqual(
      buildTimeline([doc]).map((row) => [row.date, row.happening]),
      [
        ["2025-03-10", "deaths"],
        ["2025-03-11", "talks"],
      ],
    );
  });

  it("names the happening whose word is nearest the date", () => {
    const sentence = "The ceasefire collapsed on Monday, and strikes resumed days later.";
    assert.equal(happeningOf(sentence, sentence.indexOf("Monday")), "ceasefire");
    assert.equal(happeningOf("Nothing of note took place on Monday.", 30), null);
  });

  it("places 'last week' and 'earlier this month' on ranges, ending the day before the report for 'earlier'", () => {
    const doc = annotateText(
      "The truce agreed earlier this month collapsed.\n\nFloods cut the Brenn road last week.",
      { id: "r1", published: WEDNESDAY },
    );
    assert.deepEqual(
      buildTimeline([doc]).map((row) => [row.date, row.until, row.happening]),
      [
        ["2025-03-01", "2025-03-11", "ceasefire"],
        ["2025-03-03", "2025-03-09", null],
      ],
    );
  });

  it("keeps two happenings one sentence tells of one day, and reads past an opening date's comma", () => {
    const doc = annotateText(
      "Jets bombed the port of Brenn on Monday, as envoys failed on Monday to revive the diplomatic effort.\n\nOn Tuesday, forty families were evacuated from the harbour district.",
      { id: "r1", published: WEDNESDAY },
    );
    assert.deepEqual(
      buildTimeline([doc]).map((row) => [row.date, row.happening]),
      [
        ["2025-03-10", "strikes"],
        ["2025-03-10", "talks"],
        ["2025-03-11", "evacuation"],
      ],
    );
  });

  it("places a month and day without a year in an undated report by the bounds on its date", () => {
    const doc = annotateText(
      "The siege of Orlen, launched on November 3, has cut the town off from the coast.",
      {
        id: "r1",
        published: null,
      },
    );
    const bounded = {
      ...doc,
      published: { date: null, after: "2030-11-03", before: "2030-12-03", basis: "test" },
    };
    assert.deepEqual(
      buildTimeline([bounded]).map((row) => [row.date, row.reports]),
      [["2030-11-03", ["r1"]]],
    );
    assert.deepEqual(buildTimeline([doc]), []);
  });
});
