/** The claim ledger: one claim per source figure, disputes, channels, scopes, revisions and agreement grades. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { buildLedger } from "./claim-ledger.js";

const ledger = (...texts: string[]) =>
  buildLedger(
    texts.map((t, i) => annotateText(t, { id: `r${i + 1}` })),
    (_r, form) => form,
    "s1",
  );

describe("claim ledger", () => {
  it("makes one claim of one source's figure carried by several reports", () => {
    const { claims, disputes } = ledger(
      "The Relief Society said 12 people were killed.",
      "The Relief Society said 12 people were killed in the flood.",
    );
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0]?.reports, ["r1", "r2"]);
    assert.equal(claims[0]?.evidence.length, 2);
    assert.deepEqual(disputes, []);
  });

  it("puts differing figures for one measure side by side in a dispute", () => {
    const { claims, disputes } = ledger(
      "The Relief Society said at least 12 people were killed.",
      "Governor Ana Ruiz said 9 people were killed. Doctor Tomas Verel told Coastline Press the death toll was 17.",
    );
    assert.equal(disputes.length, 1);
    assert.equal(disputes[0]?.question, "How many people were killed?");
    assert.deepEqual(disputes[0]?.values, [9, 12, 17]);
    const sources = disputes[0]?.claims.map((id) => claims.find((c) => c.id === id)?.attributedTo);
    assert.deepEqual(sources, ["Ana Ruiz", "Relief Society", "Tomas Verel"]);
  });

  it("folds a figure reported by a channel into the source that spoke through it", () => {
    const { claims } = ledger(
      "Doctor Tomas Verel told Coastline Press the death toll was 17.",
      "Coastline Press reported that 17 people were killed.",
    );
    assert.equal(claims.length, 1);
    assert.equal(claims[0]?.attributedTo, "Tomas Verel");
    assert.equal(claims[0]?.via, "Coastline Press");
    assert.deepEqual(claims[0]?.reports, ["r1", "r2"]);
  });

  it("keeps other scopes and sub-counts out of the dispute", () => {
    const { disputes } = ledger(
      "At least 40 people including 12 children were killed on Monday.",
      "The war has killed as many as 3,000 people.",
    );
    assert.deepEqual(disputes, []);
  });
});

describe("claim groups", () => {
  const dated = (...items: [string, string][]) =>
    buildLedger(
      items.map(([t, day], i) => annotateText(t, { id: `r${i + 1}`, published: day })),
      (_r, form) => form,
      "s1",
    );

  it("says figures agree, roughly agree (qualifiers or within 20 %), or differ", () => {
    const same = ledger(
      "The Relief Society said 12 people were killed.",
      "Police said 12 people were killed.",
    );
    assert.equal(same.claimGroups[0]?.status, "agree");
    const roughly = ledger(
      "At least 20 people were killed in the convoy attack, officials said.",
      "Around 22 people died in the convoy attack, the Red Crescent said.",
    );
    assert.equal(roughly.claimGroups[0]?.status, "roughly agree");
    const differ = ledger(
      "Police said 9 people were killed.",
      "The Relief Society said 40 people were killed.",
    );
    assert.equal(differ.claimGroups[0]?.status, "differ");
    assert.equal(differ.claimGroups[0]?.sources, 2);
    assert.deepEqual([differ.claimGroups[0]?.low, differ.claimGroups[0]?.high], [9, 40]);
  });

  it("reads a later, higher toll from the same source as a revision, not a dispute", () => {
    const { claimGroups, disputes } = dated(
      ["The Relief Society said 12 people were killed in the flood.", "2030-05-01"],
      ["The Relief Society said 19 people were killed in the flood.", "2030-05-03"],
    );
    assert.equal(claimGroups[0]?.status, "revised");
    assert.deepEqual(disputes, []);
    assert.deepEqual(claimGroups[0]?.claims.length, 2);
  });

  it("ties a sub-count to its figure, and gives vague figures their range", () => {
    const { claims, claimGroups } = ledger(
      "At least 40 civilians, including 12 children, were killed in the shelling. Dozens of people were injured.",
    );
    const children = claims.find((c) => c.value === 12 && c.measure === "killed");
    const civilians = claims.find((c) => c.value === 40);
    assert.equal(children?.partOf, civilians?.id);
    assert.ok(!claimGroups.some((g) => g.claims.includes(children?.id ?? "")));
    const injured = claims.find((c) => c.measure === "injured");
    assert.deepEqual([injured?.value, injured?.low, injured?.high], [12, 12, 99]);
  });

  it("keeps figures of another scope in their own group", () => {
    const { claimGroups } = ledger(
      "Air strikes killed 26 civilians in the east on Friday.",
      "Rebel rockets killed 15 civilians in the west, the monitor said. The war has killed 400,000 people.",
    );
    assert.deepEqual(claimGroups.map((g) => g.scope).sort(), ["main event", "rebel fire", "war"]);
  });

  it("counts an unattributed figure carried by a copy once among the sources", () => {
    const docs = [
      "14 people were killed in the flood at Orlen.",
      "15 people were killed in the flood at Orlen.",
      "Police said 9 people were killed in the flood at Orlen.",
    ].map((t, i) => annotateText(t, { id: `r${i + 1}` }));
    const copyOfFirst = (report: string) => (report === "r2" ? "r1" : report);
    assert.equal(buildLedger(docs, (_r, f) => f, "s1").claimGroups[0]?.sources, 3);
    assert.equal(buildLedger(docs, (_r, f) => f, "s1", copyOfFirst).claimGroups[0]?.sources, 2);
  });

  it("keeps the tolls of two sides of one town apart, and a town's tolls together otherwise", () => {
    const apart = ledger(
      "Police said 10 people were killed in west Mosul.",
      "Medics said 20 people were killed in east Mosul.",
    );
    assert.deepEqual(apart.claimGroups.map((g) => g.question).sort(), [
      "How many people were killed in east Mosul?",
      "How many people were killed in west Mosul?",
    ]);
    assert.deepEqual(apart.disputes, []);
    const together = ledger(
      "Police said 10 people were killed in Mosul.",
      "Medics said 20 people were killed in eastern Mosul.",
    );
    assert.equal(together.claimGroups.length, 1);
    assert.equal(together.claimGroups[0]?.status, "differ");
  });

  it("does not call two figures of one day from one source a revision", () => {
    const docs = [
      ["The Relief Society said 12 people were killed in the flood.", "2030-05-01"],
      ["The Relief Society said 15 people were killed in the flood.", "2030-05-01"],
      ["The Relief Society said 19 people were killed in the flood.", "2030-05-03"],
    ].map(([t, day], i) => annotateText(t as string, { id: `r${i + 1}`, published: day as string }));
    assert.equal(buildLedger(docs, (_r, f) => f, "s1").claimGroups[0]?.status, "differ");
  });
});
