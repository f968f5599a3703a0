/** Quote extraction: curly and straight marks, speakers named or resolved from 'he said', unclosed quotes. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "./annotate-text.js";

const quotes = (text: string) => annotateText(text).quotes.map((q) => [q.text, q.speaker, q.via]);

describe("quote extractor", () => {
  it("finds a curly quote and the named speaker after it, with the channel", () => {
    assert.deepEqual(
      quotes("“The river rose faster than anyone expected,” Mayor Lena Holt told Coastline Press."),
      [["The river rose faster than anyone expected,", "Lena Holt", "Coastline Press"]],
    );
  });

  it("resolves 'he said' to the person named before", () => {
    const text =
      "Officials met Tomas Brenner at the port.\n\n“We will rebuild the harbour wall within a year,” he said.";
    assert.deepEqual(quotes(text), [
      ["We will rebuild the harbour wall within a year,", "Tomas Brenner", null],
    ]);
  });

  it("accepts a mistyped closing mark and straight quotes", () => {
    assert.deepEqual(
      quotes("A mediator called the talks “long, painful and very disappointing“ on Friday."),
      [["long, painful and very disappointing", null, null]],
    );
    assert.deepEqual(quotes('"We have no water left in the camp," said Ana Ruiz.'), [
      ["We have no water left in the camp,", "Ana Ruiz", null],
    ]);
  });

  it("gives a second quote in the paragraph to the same speaker", () => {
    const text =
      "“It is a disaster,” Ana Ruiz told Coastline Press. “It is as if the sea wanted the town back.”";
    const found = quotes(text);
    assert.equal(found.length, 2);
    assert.deepEqual(found[1], ["It is as if the sea wanted the town back.", "Ana Ruiz", "Coastline Press"]);
  });

  it("skips a single word in marks, and keeps two words as a candidate the attribution stage judges", () => {
    assert.deepEqual(
      quotes("Bombs fell “like rain” on the “grim” district.").map((q) => q[0]),
      ["like rain"],
    );
  });

  it("runs an unclosed quote to the end of its paragraph", () => {
    const text = "Ana Ruiz said: “We stayed all night and nobody came to help us\n\nThe next paragraph.";
    assert.deepEqual(quotes(text), [["We stayed all night and nobody came to help us", "Ana Ruiz", null]]);
  });
});
