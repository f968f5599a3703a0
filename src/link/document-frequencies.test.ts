/** Document frequencies: idf by reports containing a term, halving on decay, forgetting faint terms, unit vectors. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DocumentFrequencies } from "./document-frequencies.js";

describe("document frequencies", () => {
  it("weighs a term by the reports that have it, and halves its counts on decay, forgetting the faint", () => {
    const df = new DocumentFrequencies();
    df.observe(["flood", "orvane", "zephyr"]);
    df.observe(["flood", "orvane"]);
    df.observe(["flood", "tram"]);
    assert.ok(df.idf("orvane") > df.idf("flood"));
    assert.equal(df.size, 4);
    const before = df.idf("flood");
    df.decay();
    assert.deepEqual(
      ["flood", "orvane", "zephyr", "tram"].map((t) => df.count(t)),
      [1.5, 1, 0, 0],
    );
    // A term in every report keeps its weight: its share of the reports did not change.
    assert.ok(Math.abs(df.idf("flood") - before) < 0.1);
    df.decay();
    assert.equal(df.size, 0, "counts below one report are forgotten");
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
