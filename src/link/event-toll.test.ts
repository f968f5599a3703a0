// The event toll on invented event texts: ACLED's most conservative figure, single deaths, protests, non-people.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateUncleaned } from "../annotate/annotate-text.js";
import { eventDeathToll } from "./event-toll.js";

const toll = (text: string) => eventDeathToll(annotateUncleaned(text));

describe("event toll", () => {
  it("takes the most conservative of the figures stated for the deaths", () => {
    assert.equal(toll("At least 12 people were killed in the clash. Hospital staff said 15 died."), 12);
  });

  it("reads the verb after a figure: 'a man was killed and six others injured' is one death", () => {
    assert.equal(toll("A farmer was killed and six others were injured in a land dispute in Korvel."), 1);
  });

  it("does not count ages, money or years as deaths", () => {
    assert.equal(toll("Tamas Orban, 45, a shopkeeper, was shot dead in Korvel on Monday."), 1);
    assert.equal(toll("Rivals killed a trader after he refused to pay Tk 20,000 in Brenn."), 1);
  });

  it("counts a single death told without a figure, and none in a protest about a past killing", () => {
    assert.equal(toll("Unidentified assailants hacked a village guard to death near Orlen."), 1);
    assert.equal(toll("A mine left one soldier dead on the road to Brenn."), 1);
    assert.equal(toll("Students formed a human chain protesting the killing of a teacher last month."), 0);
  });

  it("keeps sub-counts, dead fish and 'no one was killed' out", () => {
    assert.equal(toll("Twenty people, including five children, were killed in the blast."), 20);
    assert.equal(toll("Villagers carried hundreds of kilograms of dead fish to the factory gate."), 0);
    assert.equal(toll("Shots were fired but no one was killed, police said."), 0);
  });

  it("reads every 'no one was killed', not only the first", () => {
    assert.equal(
      toll("No one was killed in the first blast. Police said no one was killed in the second."),
      0,
    );
  });
});
