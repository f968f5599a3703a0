/** Copy detection: near-verbatim copies, rewrites, shared passages with offsets, copies counted once as sources. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateText } from "../annotate/annotate-text.js";
import { detectCopies } from "./copy-detector.js";
import { independentSources } from "./story-builder.js";

const ORIGINAL = [
  "A fire destroyed a grain warehouse on the Brenn quay overnight, the harbour authority said on Monday.",
  "Firefighters from three towns fought the blaze for six hours before bringing it under control.",
  "The authority said nobody was hurt but that two cargo ships had been moved away from the quay.",
  "Police said they were treating the fire as suspicious and asked witnesses to come forward.",
].join("\n\n");

const NEAR_COPY = ORIGINAL.replace("grain warehouse", "grain store").replace("six hours", "seven hours");

const REWRITE = [
  "A blaze wrecked a grain depot at the Brenn quay during the night, the port authority stated on Monday.",
  "Fire crews from three towns battled the flames for six hours before getting them under control.",
  "The authority stated nobody was injured but that two cargo vessels had been moved from the quay.",
  "Officers said they were treating the blaze as suspicious and asked any witnesses to come forward.",
].join("\n\n");

const OTHER = [
  "The council approved a new tram line for the eastern suburbs after a long debate on Thursday.",
  "Police said they were treating the fire as suspicious and asked witnesses to come forward.",
  "The line will have eighteen stops and open in four years, the mayor said.",
].join("\n\n");

const docs = [ORIGINAL, NEAR_COPY, REWRITE, OTHER].map((t, i) => annotateText(t, { id: `r${i + 1}` }));

describe("copy detector", () => {
  const copies = detectCopies(docs);
  const kindOf = (a: string, b: string) => copies.find((c) => c.reports[0] === a && c.reports[1] === b)?.kind;

  it("finds a near-verbatim copy", () => {
    assert.equal(kindOf("r1", "r2"), "duplicate");
  });

  it("finds a sentence-by-sentence rewrite with swapped words", () => {
    assert.equal(kindOf("r1", "r3"), "rewrite");
  });

  it("finds a shared passage between otherwise different reports, with both sides' offsets", () => {
    const shared = copies.find((c) => c.reports[0] === "r1" && c.reports[1] === "r4");
    assert.equal(shared?.kind, "shared-passage");
    const [a, b] = shared?.evidence ?? [];
    assert.equal(
      a?.text,
      "Police said they were treating the fire as suspicious and asked witnesses to come forward.",
    );
    assert.equal(b?.text, a?.text);
    assert.equal(docs[3]?.report.text.slice(b?.start, b?.end), b?.text);
  });

  it("counts a copied report once among the independent sources", () => {
    assert.equal(independentSources(["r1", "r2", "r3", "r4"], copies), 2);
  });
});
