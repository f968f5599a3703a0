/** Entity resolution: name spellings, acronyms, country aliases, no merging on surname alone, 'al-', nationalities. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { resolveEntities } from "./entity-resolver.js";

const resolve = (...texts: string[]) =>
  resolveEntities(
    texts.map((t, i) => annotateText(t, { id: `r${i + 1}` })),
    "s1",
  );
const groups = (...texts: string[]) =>
  Object.fromEntries(resolve(...texts).entities.map((e) => [e.name, [e.type, [...e.aliases].sort()]]));

describe("entity resolver", () => {
  it("merges a surname and first-name spellings across reports", () => {
    const g = groups(
      "Sergey Lavrov met John Kerry in Geneva.",
      "Sergei Lavrov said Kerry was frustrated. Lavrov left.",
    );
    assert.deepEqual(g["John Kerry"], ["person", ["Kerry"]]);
    const lavrov = Object.entries(g).find(([name]) => /Lavrov/.test(name));
    assert.deepEqual(lavrov?.[1], [
      "person",
      ["Lavrov", lavrov?.[0] === "Sergei Lavrov" ? "Sergey Lavrov" : "Sergei Lavrov"].sort(),
    ]);
  });

  it("links an acronym and a head word to the organisation's full name", () => {
    const g = groups(
      "The Syrian Observatory for Human Rights (SOHR) counted the dead.",
      "SOHR said 14 died. The Observatory said more would follow.",
    );
    assert.deepEqual(g["Syrian Observatory for Human Rights"], ["organization", ["Observatory", "SOHR"]]);
  });

  it("gives country aliases one canonical name", () => {
    const g = groups("Russia denied it.", "The Russian Federation denied it again.");
    assert.deepEqual(g.Russia, ["place", ["Russian Federation"]]);
  });

  it("never merges two people who share a surname without evidence", () => {
    const g = groups("Anna Holt and Peter Holt ran the shelter.", "Holt said the shelter was full.");
    assert.ok(g["Anna Holt"] && g["Peter Holt"]);
    assert.deepEqual(g["Anna Holt"]?.[1], []);
    assert.deepEqual(g["Peter Holt"]?.[1], []);
  });

  it("keeps every mention as evidence and resolves forms to names", () => {
    const resolved = resolve("John Kerry spoke.", "Kerry spoke again.");
    const kerry = resolved.entities.find((e) => e.name === "John Kerry");
    assert.deepEqual(
      kerry?.mentions.map((m) => [m.report, m.start, m.end]),
      [
        ["r1", 0, 10],
        ["r2", 0, 5],
      ],
    );
    assert.equal(resolved.nameOf("r2", "Kerry"), "John Kerry");
  });
});

describe("entity resolver: news conventions", () => {
  it("links a description of a source to the organisation named before it", () => {
    const g = groups(
      "Strikes hit the town on Saturday, according to the Brenn Observatory for Human Rights. Rebels fired back, according to the Britain-based monitor.",
    );
    assert.deepEqual(g["Brenn Observatory for Human Rights"], ["organization", ["Britain-based monitor"]]);
  });

  it("reads 'al-' as part of a name, with or without it", () => {
    const resolved = resolve(
      "President Bashar al-Assad spoke on Monday.",
      "Bashar Assad said the war would go on.",
    );
    const assad = resolved.entities.find((e) => e.name === "Bashar al-Assad");
    assert.deepEqual(assad?.aliases, ["Bashar Assad"]);
  });

  it("makes a nationality adjective a mention of its country", () => {
    const g = groups("Russian jets struck the city.", "Russia denied it.");
    assert.deepEqual(g.Russia, ["place", ["Russian"]]);
  });
});
