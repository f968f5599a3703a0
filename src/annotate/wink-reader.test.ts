// A report is tokenised the same whatever was read before it in the process (wink-nlp remembers unknown words).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanReport } from "../clean/report-cleaner.js";
import { rawReport } from "../ingest/fixture-reports.js";
import { Pipeline } from "../pipeline.js";
import { winkTokenizer } from "./wink-tokenizer.js";

const tokens = (text: string) =>
  winkTokenizer.annotate({ report: cleanReport(rawReport("r", text)) } as never).tokens.map((t) => t.text);

const LATER = "The council backed Velmora's plan for the Orvane bridge on Tuesday.";

describe("wink reader", () => {
  it("splits a possessive the same after a text that ended a sentence with the same word", () => {
    const alone = tokens(LATER);
    assert.deepEqual(alone.slice(3, 6), ["Velmora", "'s", "plan"]);
    // Read at a sentence's end, wink keeps "Velmora's" whole and, unless told to forget, remembers it so.
    tokens("The mayor said the final decision was Velmora's. Nobody else spoke.");
    tokens("It was Velmora's, she said.");
    assert.deepEqual(tokens(LATER), alone);
  });

  it("gives a report the same annotations in a batch as on its own", () => {
    // Another name than above: this process has read "Velmora's" already.
    const texts = [
      "The mayor said the final decision was Tarnby's. It was Tarnby's, she said.",
      "The council backed Tarnby's plan for the Orvane bridge on Tuesday.",
    ];
    const alone = new Pipeline().add(rawReport("b", texts[1] as string));
    const batch = new Pipeline();
    batch.add(rawReport("a", texts[0] as string));
    const after = batch.add(rawReport("b", texts[1] as string));
    assert.ok(alone && after);
    assert.deepEqual(after.tokens, alone.tokens);
    assert.deepEqual(after.entities, alone.entities);
  });
});
