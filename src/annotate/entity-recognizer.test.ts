import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "./annotate-text.js";

const entities = (text: string) => annotateText(text).entities.map((e) => [e.text, e.type]);

describe("entity recognizer (first pass)", () => {
  it("keeps titles and roles out of names", () => {
    assert.deepEqual(entities("US Secretary of State John Kerry met Foreign Minister Sergei Lavrov."), [
      ["John Kerry", "person"],
      ["Sergei Lavrov", "person"],
    ]);
  });

  it("joins Arabic particles and hyphenated names", () => {
    assert.deepEqual(entities("Ammar al-Selmo and Jean-Marc Ayrault spoke."), [
      ["Ammar al-Selmo", "person"],
      ["Jean-Marc Ayrault", "person"],
    ]);
  });

  it("types organisations by their words and places by gazetteer or context", () => {
    assert.deepEqual(
      entities("The Syrian Observatory for Human Rights said strikes hit Aleppo and the district of Waer."),
      [
        ["Syrian Observatory for Human Rights", "organization"],
        ["Aleppo", "place"],
        ["Waer", "place"],
      ],
    );
  });

  it("drops capitalised words seen only at the start of sentences, and nationality words", () => {
    assert.deepEqual(entities("Fresh strikes hit the city. Syrian and Russian jets flew over Homs."), [
      ["Homs", "place"],
    ]);
  });

  it("types a lone surname like the full name it ends", () => {
    assert.deepEqual(entities("John Kerry arrived. Later Kerry said little."), [
      ["John Kerry", "person"],
      ["Kerry", "person"],
    ]);
  });

  it("leaves months and weekdays to the date annotator", () => {
    assert.deepEqual(entities("On Monday in September the talks in Geneva failed."), [["Geneva", "place"]]);
  });
});
