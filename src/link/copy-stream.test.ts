/** The copy stream: copies found within twice the window, spun rewrites, and which report is the original. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CopyStream } from "./copy-stream.js";
import { segmentSentences } from "./sentence-segmenter.js";

const ORIGINAL = [
  "A fire destroyed a grain warehouse on the Brenn quay overnight, the harbour authority said on Monday.",
  "Firefighters from three towns fought the blaze for six hours before bringing it under control.",
  "The authority said nobody was hurt but that two cargo ships had been moved away from the quay.",
  "Police said they were treating the fire as suspicious and asked witnesses to come forward.",
].join(" ");
// A spun copy: words swapped for synonyms, one misspelt, the sentence structure kept.
const SPUN = ORIGINAL.replace("destroyed", "wrecked")
  .replace(/said/g, "stated")
  .replace("Firefighters", "Firefigthers")
  .replace("cargo ships", "cargo vessels")
  .replace("Police", "Officers");
const UNRELATED =
  "The council approved a new tram line for the eastern suburbs after a long debate on Thursday. The line will have eighteen stops.";

const source = (id: string, text: string, day: string | null) => ({
  id,
  text,
  sentences: segmentSentences(text),
  day,
});

describe("copy stream", () => {
  it("finds a copy up to twice its window back, and none beyond", () => {
    const filler = (i: number) =>
      source(`f${i}`, `Filler report ${i} about the quarry number ${i} at Vell.`, null);
    const found = (gap: number) => {
      const stream = new CopyStream({ rows: 2, minSimilarity: 0.3, window: 4 });
      stream.add(source("a", ORIGINAL, null));
      for (let i = 0; i < gap; i++) stream.add(filler(i));
      return stream.add(source("b", ORIGINAL, null)).length;
    };
    assert.equal(found(6), 1, "six reports back, within twice the window of four");
    assert.equal(found(9), 0, "nine reports back, beyond twice the window");
  });

  it("flags a spun rewrite of an earlier report and names the earlier one its original", () => {
    const stream = new CopyStream();
    assert.deepEqual(stream.add(source("first", ORIGINAL, "2025-03-10")), []);
    assert.deepEqual(stream.add(source("other", UNRELATED, "2025-03-10")), []);
    const [copy] = stream.add(source("spun", SPUN, "2025-03-11"));
    assert.equal(copy?.kind, "rewrite");
    assert.deepEqual(copy?.reports, ["first", "spun"]);
    assert.equal(copy?.original, "first");
    const [a, b] = copy?.evidence ?? [];
    assert.equal(a?.report, "first");
    assert.equal(SPUN.slice(b?.start, b?.end), b?.text);
  });

  it("puts an earlier-dated copy first and leaves the original unknown without dates", () => {
    const stream = new CopyStream();
    stream.add(source("late", ORIGINAL, "2025-03-12"));
    const [dated] = stream.add(source("early", `${ORIGINAL} Distributed by Wire Service 2.`, "2025-03-11"));
    assert.equal(dated?.kind, "duplicate");
    assert.deepEqual([dated?.reports, dated?.original], [["early", "late"], "early"]);
    const [undated] = stream.add(source("third", ORIGINAL, null));
    assert.equal(undated?.original, null);
  });
});
