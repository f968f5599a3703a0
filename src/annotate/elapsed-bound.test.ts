// Upper bounds on the writing day from "in less than a month, … have …", on invented sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { elapsedBound } from "./elapsed-bound.js";

const at = (text: string, words: string) => text.indexOf(words);

test("a month after the start day, when the start is a launch and the sentence a present perfect", () => {
  const text = "The siege, launched on March 3, goes on. In less than a month, the army has taken the port.";
  assert.deepEqual(elapsedBound(text, at(text, "March 3"), "2030-03-03"), {
    before: "2030-04-03",
    text: "In less than a month",
  });
});

test("weeks and days count in days; 'within' and 'under' bound the same way", () => {
  const text = "Repairs began on May 30. Within under three weeks, crews have rebuilt the bridge.";
  assert.equal(elapsedBound(text, at(text, "May 30"), "2030-05-30")?.before, "2030-06-20");
});

test("no bound without a start cue or without a present perfect", () => {
  const noStart = "The vote on March 3 was close. In less than a month, the party has lost half its seats.";
  assert.equal(elapsedBound(noStart, at(noStart, "March 3"), "2030-03-03"), null);
  const noPerfect = "The siege began on March 3. In less than a month, the army will take the port.";
  assert.equal(elapsedBound(noPerfect, at(noPerfect, "March 3"), "2030-03-03"), null);
});
