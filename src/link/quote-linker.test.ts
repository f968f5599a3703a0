import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { linkQuotes } from "./quote-linker.js";

describe("quote linker", () => {
  it("makes one quote of a quote carried by three reports, listing the variants", () => {
    const docs = [
      "“Nobody expected the wall to give way so quickly, and we are still searching,” Governor Ana Ruiz told Coastline Press.",
      "“Nobody expected the wall to give way so quickly, and we are still searching,” Ana Ruiz said.",
      "“Nobody expected the wall [of the dam] to give way so quickly,” Governor Ana Ruiz said.",
    ].map((t, i) => annotateText(t, { id: `r${i + 1}` }));
    const quotes = linkQuotes(docs, (_r, f) => f, "s1");
    assert.equal(quotes.length, 1);
    const [q] = quotes;
    assert.equal(q?.text, "Nobody expected the wall to give way so quickly, and we are still searching");
    assert.equal(q?.speaker, "Ana Ruiz");
    assert.equal(q?.via, "Coastline Press");
    assert.deepEqual(q?.reports, ["r1", "r2", "r3"]);
    assert.deepEqual(q?.variants, ["Nobody expected the wall [of the dam] to give way so quickly"]);
    assert.equal(q?.evidence.length, 3);
  });

  it("keeps different quotes apart", () => {
    const docs = [
      annotateText(
        "“We will rebuild every house in the valley,” Ana Ruiz said. “The water came at night and took everything,” said Ben Ode.",
      ),
    ];
    assert.equal(linkQuotes(docs, (_r, f) => f, "s1").length, 2);
  });
});
