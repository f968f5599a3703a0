/** Numbers in text: qualifiers, words, vague ranges and separators; years, times, ages and money left out. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "./annotate-text.js";

const numbers = (text: string) => annotateText(text).numbers.map((n) => [n.value, n.qualifier, n.noun]);

describe("number annotator", () => {
  it("reads each qualifier", () => {
    assert.deepEqual(numbers("At least 30 air strikes hit the town and more than 100 homes burned."), [
      [30, "at least", "air strikes"],
      [100, "more than", "homes"],
    ]);
    assert.deepEqual(
      numbers("About 20 people, up to 40 cars, as many as 300 boats and fewer than 25 buses."),
      [
        [20, "about", "people"],
        [40, "up to", "cars"],
        [300, "as many as", "boats"],
        [25, "fewer than", "buses"],
      ],
    );
  });

  it("reads numbers written as words and vague quantities", () => {
    assert.deepEqual(numbers("The war has killed as many as a half-million people."), [
      [500000, "as many as", "people"],
    ]);
    assert.deepEqual(numbers("Twenty-six civilians and dozens of soldiers died."), [
      [26, "exactly", "civilians"],
      [12, "exactly", null],
    ]);
    assert.deepEqual(numbers("Tens of thousands of residents fled."), [[10000, "exactly", null]]);
  });

  it("skips years, times, percentages, ordinals and hyphenated measures", () => {
    assert.deepEqual(
      numbers("In 2012 the 48-hour truce began at 6 am; 85 percent of the city fell in the second week."),
      [],
    );
  });

  it("reads digits with thousands separators", () => {
    assert.deepEqual(numbers("Some 250,000 civilians live under siege."), [[250000, "about", "civilians"]]);
  });

  it("gives vague quantities the range they stand for, their value the conservative reading", () => {
    const ranges = annotateText(
      "Several houses burned, dozens of people fled and hundreds of men went missing.",
    ).numbers.map((n) => [n.text, n.value, n.low, n.high]);
    assert.deepEqual(ranges, [
      ["Several", 3, 3, 9],
      ["dozens", 12, 12, 99],
      ["hundreds", 100, 100, 999],
    ]);
    assert.equal(annotateText("Nearly 40 people died.").numbers[0]?.qualifier, "about");
  });

  it("does not count ages beside names or sums of money", () => {
    assert.deepEqual(numbers("Ravi Sen, 45, a trader, and Mira Dal (38) lost Tk 20,000 to the gang."), []);
  });
});
