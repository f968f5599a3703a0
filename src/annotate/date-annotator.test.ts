/** Dates on report sentences: weekday direction, relative days, TimeML values, and bounds for undated reports. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "./annotate-text.js";

// Friday 23 September 2016.
const FRIDAY = "2016-09-23";
const values = (text: string, published: string | null = FRIDAY) =>
  annotateText(text, { published }).dates.map((d) => [d.text.trim(), d.value]);
const timexes = (text: string) =>
  annotateText(text, { published: FRIDAY }).dates.map((d) => [d.text, d.timex?.type, d.timex?.value]);

describe("date annotator", () => {
  it("puts a bare weekday on the most recent one, as news convention means", () => {
    assert.deepEqual(values("The army declared the truce over on Monday."), [["Monday", "2016-09-19"]]);
  });

  it("looks ahead when the sentence does", () => {
    assert.deepEqual(values("Talks will resume next Monday in Geneva."), [["next Monday", "2016-09-26"]]);
    assert.deepEqual(values("The ministers will meet on Tuesday."), [["Tuesday", "2016-09-27"]]);
  });

  it("does not look ahead for 'was due to', and puts midnight on the night just past", () => {
    assert.deepEqual(values("A convoy was due to deliver aid on Thursday."), [["Thursday", "2016-09-22"]]);
    assert.deepEqual(values("Strikes hit the city from midnight."), [["midnight", "2016-09-23"]]);
  });

  it("resolves relative expressions against the reference day", () => {
    assert.deepEqual(values("The offensive began last night."), [["last night", "2016-09-22"]]);
    assert.deepEqual(values("A deal was reached on September 9."), [["September 9", "2016-09-09"]]);
  });

  it("gives TimeML types and values, with a calendar day only where one is named", () => {
    assert.deepEqual(timexes("Strikes went on for three days, and talks resumed last week."), [
      ["three days", "DURATION", "P3D"],
      ["last week", "DATE", "2016-W37"],
    ]);
    assert.deepEqual(values("What is happening now is terrible."), [["now", null]]);
  });

  it("keeps only dates that state their year when the report has no date", () => {
    const dates = values("The deal of 9 September 2016 collapsed on Monday.", null);
    assert.deepEqual(dates, [
      ["9 September 2016", "2016-09-09"],
      ["on Monday", null],
    ]);
  });

  it("records the month an undated expression names", () => {
    const doc = annotateText("The offensive was launched on November 15.");
    assert.equal(doc.dates[0]?.month, 11);
    assert.equal(doc.dates[0]?.value, null);
  });

  it("bounds an undated report by its own full dates and an elapsed span counted from a launch", () => {
    const doc = annotateText(
      "The siege of Orlen, launched on March 3, 2030, goes on. In less than a month, the army has taken the port.",
      { published: null },
    );
    assert.deepEqual(
      [doc.published.date, doc.published.after, doc.published.before],
      [null, "2030-03-03", "2030-04-03"],
    );
    assert.match(doc.published.basis, /latest full date.*before 2030-04-03: "In less than a month"/);
  });
});
