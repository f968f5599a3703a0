// Decoding tagged spans into attributions, on hand-made labels.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeAttributions, roleSpans } from "./attribution-decoder.js";

const tokens = [0, 1, 2, 3, 4, 5].map((i) => ({ start: i * 2, end: i * 2 + 1 }));

test("I- after O starts a new span instead of swallowing the gap", () => {
  const spans = roleSpans(["B-CON", "I-CON", "O", "I-CON", "B-CUE", "B-SRC"], tokens, 0);
  assert.deepEqual(
    spans.map((s) => [s.role, s.start, s.end]),
    [
      ["CON", 0, 3],
      ["CON", 6, 7],
      ["CUE", 8, 9],
      ["SRC", 10, 11],
    ],
  );
});

test("each cue takes its nearest content and source; content without a cue continues the sentence before", () => {
  const first = roleSpans(["B-SRC", "B-CUE", "B-CON", "I-CON", "O", "O"], tokens, 0);
  const next = roleSpans(
    ["B-CON", "I-CON", "O", "O", "O", "O"],
    tokens.map((t) => ({ start: t.start + 20, end: t.end + 20 })),
    1,
  );
  const [a] = decodeAttributions([...first, ...next]);
  assert.deepEqual(a?.source, { role: "SRC", start: 0, end: 1, sentence: 0 });
  assert.equal(a?.content.length, 2);
  assert.equal(decodeAttributions([...first, ...next], () => false).length, 2);
});
