// Tests for the compromise NER baseline on invented sentences: PER, LOC and ORG runs, punctuation, no MISC.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compromiseTags } from "./compromise-baseline.js";

const tag = (sentence: string) => {
  const tokens = sentence.split(" ");
  const tags = compromiseTags(tokens);
  assert.equal(tags.length, tokens.length);
  return tokens.map((t, i) => `${t}/${tags[i]}`).join(" ");
};

test("people and places become PER and LOC runs over whole tokens", () => {
  assert.equal(
    tag("Maria Delgado flew from Lisbon to Toronto on Tuesday ."),
    "Maria/B-PER Delgado/I-PER flew/O from/O Lisbon/B-LOC to/O Toronto/B-LOC on/O Tuesday/O ./O",
  );
});

test("an organization ending in a full stop covers its whole token, and the sentence's full stop stays O", () => {
  assert.equal(
    tag("Shares of Microsoft Corp. fell after Brenda Okafor spoke in New York ."),
    "Shares/O of/O Microsoft/B-ORG Corp./I-ORG fell/O after/O Brenda/B-PER Okafor/I-PER spoke/O in/O New/B-LOC York/I-LOC ./O",
  );
});

test("hyphenated names and bracketed places line up with CoNLL tokens, and no tag is MISC", () => {
  const tokens = "The Red Cross said Jean-Pierre Dupont ( Paris ) was safe .".split(" ");
  const tags = compromiseTags(tokens);
  assert.deepEqual(tags, ["O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O"]);
  assert.ok(!tags.some((t) => t.endsWith("MISC")));
  assert.deepEqual(compromiseTags([]), []);
});
