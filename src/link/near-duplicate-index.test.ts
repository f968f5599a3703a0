/** MinHash and LSH: similarity estimates, finding the earlier near copy, and the window of reports remembered. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { copySignature } from "./copy-detector.js";
import { estimatedJaccard } from "./minhash.js";
import { NearDuplicateIndex } from "./near-duplicate-index.js";

const BASE =
  "The harbour authority said a fire destroyed a grain warehouse on the Brenn quay overnight, and firefighters from three towns fought the blaze for six hours before bringing it under control, while two cargo ships were moved away from the quay as a precaution.";
const NEAR = BASE.replace("six hours", "seven hours").replace("as a precaution", "");
const OTHER =
  "The council approved a new tram line for the eastern suburbs after a long debate on Thursday, and the mayor said the line would have eighteen stops and open in four years.";

describe("MinHash and LSH", () => {
  it("estimates high similarity for a near copy and low for another text", () => {
    assert.equal(estimatedJaccard(copySignature(BASE), copySignature(BASE)), 1);
    assert.ok(estimatedJaccard(copySignature(BASE), copySignature(NEAR)) > 0.6);
    assert.ok(estimatedJaccard(copySignature(BASE), copySignature(OTHER)) < 0.1);
  });

  it("finds the earlier near copy and not the unrelated report", () => {
    const index = new NearDuplicateIndex();
    index.add(1, copySignature(BASE));
    index.add(2, copySignature(OTHER));
    assert.deepEqual(
      index.query(copySignature(NEAR)).map((d) => d.key),
      [1],
    );
  });

  it("remembers at least its window of latest reports and at most twice that", () => {
    const index = new NearDuplicateIndex({ rows: 2, minSimilarity: 0.3, window: 2 });
    index.add(1, copySignature(BASE));
    index.add(2, copySignature(OTHER));
    index.add(3, copySignature(`${OTHER} Nothing else was said.`));
    // Report 1 is three reports back: still remembered (within twice the window).
    assert.equal(index.size, 3);
    assert.deepEqual(
      index.query(copySignature(NEAR)).map((d) => d.key),
      [1],
    );
    index.add(4, copySignature(`${OTHER} The council met again.`));
    index.add(5, copySignature(`${OTHER} The river fell overnight.`));
    // Five reports in: the generation holding 1 and 2 is gone, the last two or more are kept.
    assert.equal(index.size, 3);
    assert.equal(index.has(1), false);
    assert.ok([3, 4, 5].every((k) => index.has(k)));
    assert.deepEqual(index.query(copySignature(NEAR)), []);
  });
});
