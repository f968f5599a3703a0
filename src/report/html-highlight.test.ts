/** Property tests for the span highlighter: any set of spans gives well-formed marks with exact coverage. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { AnchoredSpan } from "./evidence-anchors.js";
import { highlightText } from "./html-highlight.js";
import { markCoverage, nestingErrors } from "./html-test-utils.js";

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("nested, crossing and shared-boundary spans always give well-formed, exact highlights", () => {
  const next = random(42);
  const text = "a<b>&\"c' d\u{1F600}e <script>x</script> f g h i j";
  for (let round = 0; round < 300; round++) {
    const spans: AnchoredSpan[] = [];
    for (let i = 0; i < 1 + Math.floor(next() * 6); i++) {
      const a = Math.floor(next() * (text.length + 1));
      const b = Math.floor(next() * (text.length + 1));
      spans.push({ id: `s${i}`, start: Math.min(a, b), end: Math.max(a, b) });
    }
    const html = highlightText(text, spans);
    assert.deepEqual(nestingErrors(html), [], html);
    assert.ok(!html.includes("<script"));
    const { text: plain, coverage } = markCoverage(html);
    assert.equal(plain, text);
    for (const span of spans) {
      const expected = span.start < span.end ? [[span.start, span.end]] : undefined;
      assert.deepEqual(coverage.get(span.id), expected, `${span.id} in ${html}`);
    }
  }
});

test("ignores spans outside the text and duplicate ids", () => {
  const spans = [
    { id: "a", start: 0, end: 3 },
    { id: "a", start: 1, end: 2 },
    { id: "b", start: 2, end: 99 },
  ];
  assert.equal(highlightText("abcd", spans), '<mark class="ev" id="a">abc</mark>d');
});
