// The TF-IDF single-pass baseline on invented texts: joins by cosine, splits below the threshold.
import assert from "node:assert/strict";
import { test } from "node:test";
import { singlePass, tfidfVectors } from "./tfidf-baseline.js";

test("texts sharing their words join one story; a text on another matter starts its own", () => {
  const vectors = tfidfVectors([
    "River flood hits Brenn lower town homes",
    "Council election in Korvel picks new mayor",
    "Brenn lower town homes under river flood water",
  ]);
  assert.deepEqual(singlePass(vectors, 0.2), [0, 1, 0]);
  assert.deepEqual(singlePass(vectors, 0.99), [0, 1, 2]);
});
