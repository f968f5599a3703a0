// The trained entity tagger through the pipeline, on invented sentences: types, spans, and the news rules on top.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "./annotate-text.js";
import { tagTokens } from "./ner-tagger.js";

const entities = (text: string) => annotateText(text).entities.map((e) => [e.text, e.type]);

describe("entity tagger", () => {
  it("tags people, organisations and places with IOB2 labels", () => {
    assert.deepEqual(tagTokens("On Monday Lena Holt told the Norland Red Cross in Brenn .".split(" ")), [
      "O",
      "O",
      "B-PER",
      "I-PER",
      "O",
      "O",
      "B-ORG",
      "I-ORG",
      "I-ORG",
      "O",
      "B-LOC",
      "O",
    ]);
  });

  it("keeps titles and roles out of people's names", () => {
    assert.deepEqual(
      entities("US Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva."),
      [
        ["US", "place"],
        ["John Kerry", "person"],
        ["Sergei Lavrov", "person"],
        ["Geneva", "place"],
      ],
    );
  });

  it("keeps Arabic particles and hyphens inside names", () => {
    assert.deepEqual(entities("Rescue chief Ammar al-Selmo spoke to Jean-Marc Ayrault in Paris."), [
      ["Ammar al-Selmo", "person"],
      ["Jean-Marc Ayrault", "person"],
      ["Paris", "place"],
    ]);
  });

  it("keeps adjectives built on names out, and completes an organisation's name", () => {
    const found = entities(
      "The UK-based Brenn Observatory for Human Rights and the rebel-run Brenn Media Centre disagreed.",
    );
    assert.deepEqual(found, [
      ["Brenn Observatory for Human Rights", "organization"],
      ["Brenn Media Centre", "organization"],
    ]);
  });

  it("knows news agencies and broadcasters as organisations", () => {
    assert.deepEqual(entities("Al Jazeera reported the figure, and Reuters confirmed it."), [
      ["Al Jazeera", "organization"],
      ["Reuters", "organization"],
    ]);
  });

  it("gives nothing for a sentence without names", () => {
    assert.deepEqual(entities("the water rose fast and the streets were empty by noon."), []);
  });
});
