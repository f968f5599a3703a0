import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DocumentFrequencies } from "./document-frequencies.js";

describe("document frequencies", () => {
  it("weighs a term by the reports that have it and forgets the terms seen once", () => {
    const df = new DocumentFrequencies();
    df.observe(["flood", "orvane", "zephyr"]);
    df.observe(["flood", "orvane"]);
    df.observe(["flood", "tram"]);
    assert.ok(df.idf("orvane") > df.idf("flood"));
    assert.equal(df.size, 4);
    df.forgetRare();
    assert.deepEqual(
      ["flood", "orvane", "zephyr", "tram"].map((t) => df.count(t)),
      [3, 2, 0, 0],
    );
    const v = df.vector(
      new Map([
        ["flood", 2],
        ["orvane", 1],
      ]),
    );
    const norm = Math.hypot(...v.values());
    assert.ok(Math.abs(norm - 1) < 1e-9);
  });
});
