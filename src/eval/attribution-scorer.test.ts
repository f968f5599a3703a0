// The attribution scorer on hand-made spans: exact and overlap pairing, one to one, and sources.
import assert from "node:assert/strict";
import { test } from "node:test";
import { attributionScores, countAttributions } from "./attribution-scorer.js";
import { parseBrat } from "./polnear-reader.js";

const TEXT = "He said the bridge is safe. “It will stand,” the mayor said.";

test("exact needs the same extent (white space aside); overlap one to one; the source must overlap too", () => {
  const gold = [
    { content: [[8, 26]] as const, source: [[0, 2]] as const },
    { content: [[28, 44]] as const, source: [[45, 54]] as const },
  ];
  const predicted = [
    { content: [[8, 27]] as const, source: [[0, 2]] as const },
    { content: [[28, 44]] as const, source: [[55, 59]] as const },
    { content: [[30, 35]] as const, source: null },
  ];
  const s = attributionScores(countAttributions(TEXT, gold, predicted));
  assert.equal(s.contentExact.precision, 1 / 3);
  assert.equal(s.contentExact.recall, 1 / 2);
  assert.equal(s.contentOverlap.recall, 1);
  assert.equal(s.contentOverlap.precision, 2 / 3);
  // One of the two overlap pairs has the right source; two predictions name a source.
  assert.equal(s.source.precision, 1 / 2);
  assert.equal(s.source.recall, 1 / 2);
});

test("BRAT: discontinuous spans, relations, direct quotes by their opening mark, span text over lines", () => {
  const ann = [
    "T1\tSource 45 54\tthe mayor",
    "T2\tCue 55 59\tsaid",
    "T3\tContent 28 35;36 44\t“It will stand,”",
    "T4\tContent 8 26\tthe bridge is safe",
    "continued text of a long span",
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
    "E2\tAttribution:T2 Content:T4",
  ].join("\n");
  const [quote, claim] = parseBrat(ann, TEXT);
  assert.deepEqual(quote?.content, [
    [28, 35],
    [36, 44],
  ]);
  assert.equal(quote?.direct, true);
  assert.deepEqual(quote?.source, [[45, 54]]);
  assert.equal(claim?.direct, false);
  assert.equal(claim?.source, null);
});
