/** The annotation pipeline: default order, refusing misordered or clashing annotators, frozen documents. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { buildPipeline, DEFAULT_ANNOTATORS } from "./annotation-pipeline.js";
import { claimExtractor } from "./claim-extractor.js";
import { winkTokenizer } from "./wink-tokenizer.js";

describe("annotation pipeline", () => {
  it("builds with the default order", () => {
    assert.equal(buildPipeline().annotators.length, DEFAULT_ANNOTATORS.length);
  });

  it("refuses an annotator whose requirements come later, naming what is missing", () => {
    assert.throws(
      () => buildPipeline([claimExtractor, winkTokenizer]),
      (error: unknown) =>
        error instanceof TriangulateError &&
        error.code === ErrorCode.PipelineOrder &&
        /claim-extractor" expected sentences, numbers, entities/.test(error.message),
    );
  });

  it("refuses two annotators that assign the same key", () => {
    assert.throws(() => buildPipeline([winkTokenizer, winkTokenizer]), /already assigns/);
  });

  it("returns a frozen document whose sentences point into the cleaned text", () => {
    const pipeline = buildPipeline();
    const doc = pipeline.annotate({
      id: "x",
      input: "x",
      url: null,
      text: "Rain fell. “Stay home,” the mayor said.",
      title: null,
      outlet: null,
      outletBasis: "none",
      credits: [],
      captions: [],
      removed: [],
      metadata: [],
      declaredDate: null,
      declaredDateBasis: null,
    });
    assert.ok(Object.isFrozen(doc) && Object.isFrozen(doc.sentences));
    assert.deepEqual(
      doc.sentences.map((s) => doc.report.text.slice(s.start, s.end)),
      ["Rain fell.", "“Stay home,” the mayor said."],
    );
  });
});
