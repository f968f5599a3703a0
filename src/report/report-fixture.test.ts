/** Checks that the hand-made test fixture is a valid report and that its evidence offsets are exact. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { reportSchema } from "../model/report-schema.js";
import { citedEvidence } from "./evidence-anchors.js";
import { fixtureReport } from "./report-fixture.js";

test("the fixture parses with reportSchema", () => {
  const parsed = reportSchema.parse(fixtureReport);
  assert.deepEqual(parsed, fixtureReport);
});

test("every cited evidence text in the fixture is the exact substring at its offsets", () => {
  const texts = new Map(fixtureReport.reports.map((entry) => [entry.id, entry.text]));
  const cited = fixtureReport.stories.flatMap(citedEvidence);
  assert.ok(cited.length > 10);
  for (const evidence of cited) {
    const text = texts.get(evidence.report);
    assert.ok(text !== undefined, `unknown report ${evidence.report}`);
    if (evidence.text !== undefined) assert.equal(text.slice(evidence.start, evidence.end), evidence.text);
  }
});
