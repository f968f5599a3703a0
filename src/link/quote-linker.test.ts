// Linking quotes across reports, on invented reports: carriers, variants with their differences, speakers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { linkQuotes } from "./quote-linker.js";

const same = (_r: string, f: string) => f;
const docsOf = (texts: readonly string[]) => texts.map((t, i) => annotateText(t, { id: `r${i + 1}` }));

describe("quote linker", () => {
  it("makes one quote of a quote carried by three reports, listing each variant and how it differs", () => {
    const docs = docsOf([
      "“Nobody expected the wall to give way so quickly, and we are still searching,” Governor Ana Ruiz told Coastline Press.",
      "“Nobody expected the wall to give way so quickly, and we are still searching,” Ana Ruiz said.",
      "“Nobody expected the wall [of the dam] to give way so quickly,” Governor Ana Ruiz said.",
    ]);
    const quotes = linkQuotes(docs, same, "s1");
    assert.equal(quotes.length, 1);
    const [q] = quotes;
    assert.equal(q?.text, "Nobody expected the wall to give way so quickly, and we are still searching");
    assert.equal(q?.speaker, "Ana Ruiz");
    assert.equal(q?.speakerConflict, false);
    assert.equal(q?.via, "Coastline Press");
    assert.deepEqual(q?.reports, ["r1", "r2", "r3"]);
    assert.deepEqual(q?.variants, ["Nobody expected the wall [of the dam] to give way so quickly"]);
    assert.deepEqual(q?.wordings, [
      {
        text: "Nobody expected the wall [of the dam] to give way so quickly",
        reports: ["r3"],
        differences: ["adds “[of the dam]”", "ends before “and we are still searching”"],
      },
    ]);
    assert.equal(q?.evidence.length, 3);
  });

  it("flags a quote that two reports give to different named speakers", () => {
    const docs = docsOf([
      "“The bridge will reopen before the winter storms arrive,” said Mayor Lena Holt.",
      "“The bridge will reopen before the winter storms arrive,” said Transport Minister Karl Brenner.",
    ]);
    const [q] = linkQuotes(docs, same, "s1");
    assert.equal(q?.speakerConflict, true);
    assert.deepEqual(
      q?.speakers.map((s) => [s.name, s.reports]),
      [
        ["Lena Holt", ["r1"]],
        ["Karl Brenner", ["r2"]],
      ],
    );
  });

  it("gives a quote with no speaker an explicit null and the reason", () => {
    const [q] = linkQuotes(docsOf(["“The water came at night and took everything we had.”"]), same, "s1");
    assert.equal(q?.speaker, null);
    assert.match(q?.speakerNote ?? "", /no source/);
  });

  it("leaves scare quotes of a word or two out of the story's quotes", () => {
    const docs = docsOf(["Bombs fell “like rain” on the “grim” district, residents of the old town said."]);
    assert.deepEqual(linkQuotes(docs, same, "s1"), []);
  });

  it("keeps different quotes apart", () => {
    const docs = docsOf([
      "“We will rebuild every house in the valley,” Ana Ruiz said. “The water came at night and took everything,” said Ben Ode.",
    ]);
    assert.equal(linkQuotes(docs, same, "s1").length, 2);
  });
});
