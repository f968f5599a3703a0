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
