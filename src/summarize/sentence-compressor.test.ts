/** Sentence compression: leading connectives, bracketed acronyms and trailing attributions dropped, the rest kept. */
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

  it("drops a bracketed acronym but keeps any other parenthesis", () => {
    assert.equal(
      compressSentence("The Relief Society (RS) opened two shelters."),
      "The Relief Society opened two shelters.",
    );
    for (const kept of [
      "The toll rose to 20 (including 4 children) by Tuesday.",
      "The toll rose to twenty (including four children) by Tuesday.",
      "The toll rose to twenty (unconfirmed reports say) by Tuesday.",
    ])
      assert.equal(compressSentence(kept), kept);
  });

  it("capitalises a one-letter word after a dropped connective, and keeps a place's bracketed state", () => {
    assert.equal(
      compressSentence("Meanwhile, a fire broke out in the harbour district of Brenn on Monday."),
      "A fire broke out in the harbour district of Brenn on Monday.",
    );
    assert.equal(
      compressSentence("The storm hit Paris (Texas) on Monday night."),
      "The storm hit Paris (Texas) on Monday night.",
    );
  });

  it("keeps the case of a brand after a dropped connective", () => {
    assert.equal(
      compressSentence("Meanwhile, eBay said its sales rose in the first quarter of the year."),
      "eBay said its sales rose in the first quarter of the year.",
    );
  });

  it("drops a trailing attribution, but never from a quotation or where the tail carries meaning", () => {
    assert.equal(
      compressSentence("The coast road will stay closed for a week, the council said."),
      "The coast road will stay closed for a week.",
    );
    assert.equal(compressSentence("The river is falling, she said."), "The river is falling.");
    for (const kept of [
      "“We will rebuild the bridges,” Governor Ana Ruiz said.",
      "‘We will rebuild the bridges’, the governor said.",
      "'We will rebuild the bridges', the governor said.",
      "The toll is 40, not 12 as the governor said.",
      "Nobody was killed, contrary to what the ministry had earlier said.",
      "The bridge will reopen in May, more than the 3 months officials first said.",
    ])
      assert.equal(compressSentence(kept), kept);
  });

  it("leaves a sentence with nothing to drop as it is", () => {
    assert.equal(compressSentence("Twelve people died."), "Twelve people died.");
  });
});
