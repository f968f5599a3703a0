// Attributions on invented sentences: direct and reported speech, cues, contents, sources and resolved speakers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AttributionMention } from "../model/document.js";
import { annotateText } from "./annotate-text.js";

const attributionsOf = (text: string) => annotateText(text).attributions;
const find = (list: readonly AttributionMention[], words: string) => list.find((a) => a.text.includes(words));

describe("attribution extractor", () => {
  it("reads 'X said that …' as reported speech with its cue, content and source", () => {
    const [a] = attributionsOf("Mayor Lena Holt said that the harbour bridge would reopen in the spring.");
    assert.equal(a?.kind, "indirect");
    assert.equal(a?.cue?.text, "said");
    assert.equal(a?.source?.text, "Mayor Lena Holt");
    assert.equal(a?.speaker, "Lena Holt");
    assert.match(a?.text ?? "", /the harbour bridge would reopen in the spring/);
  });

  it("reads 'according to X' with the content on the other side of the comma", () => {
    const list = attributionsOf(
      "According to the Brenn fire service, forty homes were destroyed in the blaze.",
    );
    const a = find(list, "forty homes");
    assert.match(a?.source?.text ?? "", /Brenn fire service/);
    assert.doesNotMatch(a?.text ?? "", /According/);
  });

  it("keeps the channel apart from the speaker: 'X told Reuters'", () => {
    const list = attributionsOf(
      "“The water rose faster than anyone expected,” Harbour Master Ivo Stanek told Reuters on Monday.",
    );
    const a = find(list, "The water rose");
    assert.equal(a?.kind, "direct");
    assert.match(a?.speaker ?? "", /Ivo Stanek$/);
    assert.equal(a?.via, "Reuters");
    assert.equal(a?.text, "“The water rose faster than anyone expected,”");
  });

  it("resolves 'he said' to the nearest person named before it, and says so", () => {
    const list = attributionsOf(
      "Harbour master Peter Novak spent the night on the quay. “We lost every boat in the harbour and half the nets,” he said.",
    );
    const a = find(list, "We lost every boat");
    assert.equal(a?.source?.text, "he");
    assert.equal(a?.speaker, "Peter Novak");
    assert.match(a?.speakerNote ?? "", /resolved to the nearest person/);
  });

  it("keeps a description as the speaker when no name stands beside it", () => {
    const list = attributionsOf(
      "“Nobody should return to the old town before the engineers have checked every wall,” a city spokesman said.",
    );
    const a = find(list, "Nobody should return");
    assert.equal(a?.speaker, "a city spokesman");
    assert.match(a?.speakerNote ?? "", /described, not named/);
  });

  it("joins one speaker's quote interrupted by 'she said', and a quote continued in the next paragraph", () => {
    const interrupted = attributionsOf(
      "“The dam held for three days,” said engineer Mara Kos. “Then the east wall gave way without warning.”",
    );
    const joined = find(interrupted, "The dam held");
    assert.equal(joined?.content.length, 2);
    assert.match(joined?.text ?? "", /east wall gave way/);
    const paragraphs = attributionsOf(
      "Engineer Mara Kos described the night: “The dam held for three days and the crews slept on the wall.\n“Then the east wall gave way without any warning at all,” she said.",
    );
    const continued = find(paragraphs, "crews slept on the wall");
    assert.equal(continued?.content.length, 2);
  });

  it("gives a quote with no source an explicit null and the reason", () => {
    const list = attributionsOf(
      "The old mill burned down.\n\n“Everything we built in forty years is gone now.”",
    );
    const a = find(list, "Everything we built");
    assert.equal(a?.speaker, null);
    assert.match(a?.speakerNote ?? "", /no source/);
  });

  it("does not take a title or a scare quote for a direct quote", () => {
    const list = attributionsOf(
      "She appeared on “Meet the Press” and called the plan a “wish list” on Sunday.",
    );
    assert.equal(list.filter((a) => a.kind === "direct").length, 0);
  });

  it("makes no attribution of a lone quote mark", () => {
    assert.deepEqual(attributionsOf("“"), []);
  });
});
