/** parseNumberWords on figures, scaled figures, number words and vague plurals, and null for what is not a number. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseNumberWords } from "./number-words.js";

describe("parseNumberWords", () => {
  it("reads figures, scaled figures, number words and vague plurals", () => {
    assert.equal(parseNumberWords("1,250"), 1250);
    assert.equal(parseNumberWords("2.5 million"), 2_500_000);
    assert.equal(parseNumberWords("twenty-six"), 26);
    assert.equal(parseNumberWords("half a million"), 500_000);
    assert.equal(parseNumberWords("dozens"), 12);
    assert.equal(parseNumberWords("tens of thousands"), 10_000);
  });

  it("gives null for what is not a number, and for a figure too long to be a finite value", () => {
    assert.equal(parseNumberWords("several"), null);
    assert.equal(parseNumberWords("9".repeat(400)), null);
  });
});
