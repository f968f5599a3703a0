/** Story summaries: every sentence cites its span, disputed tolls as ranges with sources, budget, no repeats. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { buildStory } from "../link/story-builder.js";
import { compareSources } from "./source-comparison.js";
import { summarizeStory } from "./story-summarizer.js";

const REPORTS = [
  [
    "Flood waters from the Sarrow river swept through the town of Orvane on Tuesday, destroying two bridges and the market.",
    "The Relief Society said at least 12 people were killed in the flood.",
    "Rescue teams from three provinces searched flooded streets in Orvane for survivors through the night.",
  ].join(" "),
  [
    "The Sarrow river burst its banks and flooded Orvane on Tuesday, cutting the town off from the coast road.",
    "Governor Ana Ruiz said 20 people were killed and hundreds were left homeless in Orvane.",
    "However, rescue teams from three provinces kept searching the flooded streets of Orvane for survivors.",
  ].join(" "),
  [
    "Orvane's flood on Tuesday washed away two bridges over the Sarrow river, officials said.",
    "A spokesman for the regional council (pictured) said the coast road would stay closed for a week, the council said.",
  ].join(" "),
];

const docs = REPORTS.map((t, i) => annotateText(t, { id: `r${i + 1}`, published: "2025-03-11" }));
const story = buildStory("s1", docs);

describe("story summarizer", () => {
  const summary = summarizeStory(docs, story, { maxWords: 80, maxDisputes: 2 });

  it("cites for every sentence the span its words come from", () => {
    assert.ok(summary.length >= 2);
    const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
    for (const sentence of summary) {
      assert.ok(sentence.evidence.length > 0, `no citation for ${sentence.text}`);
      for (const e of sentence.evidence) {
        const doc = docs.find((d) => d.report.id === e.report);
        assert.equal(doc?.report.text.slice(e.start, e.end), e.text);
      }
      if (sentence.text.startsWith("Sources disagree")) continue;
      const cited = new Set(sentence.evidence.flatMap((e) => wordsOf(e.text ?? "")));
      for (const word of wordsOf(sentence.text))
        assert.ok(cited.has(word), `"${word}" is not in the cited span`);
    }
  });

  it("states a disputed toll as a range with its sources, not as one report's number", () => {
    const line = summary.find((s) => s.text.startsWith("Sources disagree"));
    assert.equal(
      line?.text,
      "Sources disagree on how many people were killed: at least 12 to 20 (at least 12 from Relief Society, 20 from Ana Ruiz).",
    );
    assert.ok(!summary.some((s) => s !== line && /\b(?:12|20) people were killed/.test(s.text)));
  });

  it("keeps to its word budget", () => {
    const words = summary.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    assert.ok(words <= 80, `expected at most 80 words, found ${words}`);
  });

  it("does not say the same thing twice, and compresses without rewording", () => {
    const long = summarizeStory(docs, story, { maxWords: 200, maxDisputes: 2 }).map((s) => s.text);
    assert.equal(long.filter((t) => /searched|kept searching/.test(t)).length, 1);
    assert.ok(
      long.includes("A spokesman for the regional council said the coast road would stay closed for a week."),
    );
  });

  it("returns nothing for a story without sentences", () => {
    assert.deepEqual(summarizeStory([], { claims: [], claimGroups: [] }), []);
  });
});

describe("source comparison", () => {
  it("lists the disagreement first, with its range and sources", () => {
    const [first] = compareSources(story);
    assert.equal(first?.kind, "disagree");
    assert.equal(
      first?.text,
      "How many people were killed? Figures differ: at least 12 to 20, from 2 sources (Relief Society, Ana Ruiz).",
    );
    assert.deepEqual(first?.reports, ["r1", "r2"]);
  });
});
