import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compressSentence } from "./sentence-compressor.js";

describe("sentence compressor", () => {
  it("drops a leading connective and capitalises what follows", () => {
    assert.equal(
      compressSentence("However, rescue teams kept searching the streets of Orvane."),
      "Rescue teams kept searching the streets of Orvane.",
    );
  });

  it("drops a parenthetical aside but keeps one with a figure", () => {
    assert.equal(
      compressSentence("The Relief Society (RS) opened two shelters."),
      "The Relief Society opened two shelters.",
    );
    assert.equal(
      compressSentence("The toll rose to 20 (including 4 children) by Tuesday."),
      "The toll rose to 20 (including 4 children) by Tuesday.",
    );
  });

  it("drops a trailing attribution, but never from a quotation", () => {
    assert.equal(
      compressSentence("The coast road will stay closed for a week, the council said."),
      "The coast road will stay closed for a week.",
    );
    assert.equal(
      compressSentence("“We will rebuild the bridges,” Governor Ana Ruiz said."),
      "“We will rebuild the bridges,” Governor Ana Ruiz said.",
    );
  });

  it("leaves a sentence with nothing to drop as it is", () => {
    assert.equal(compressSentence("Twelve people died."), "Twelve people died.");
  });
});
