// Tests for the CoNLL-2003 reader: sentences, -DOCSTART- lines, IOB1 to IOB2, malformed lines and missing files.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { withTempDir } from "../ingest/fixture-reports.js";
import { TriangulateError } from "../model/errors.js";
import { parseConll, readConll, toIob2 } from "./conll-reader.js";

const INVENTED = `-DOCSTART- -X- -X- O

Anna NNP B-NP B-PER
Berg NNP I-NP I-PER
visited VBD B-VP O
Oslo NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O
Veltro NNP B-NP B-ORG
rose VBD B-VP O
`;

test("sentences are split on blank lines and -DOCSTART- lines, keeping the first and last fields", () => {
  assert.deepEqual(parseConll(INVENTED), [
    { tokens: ["Anna", "Berg", "visited", "Oslo", "."], tags: ["B-PER", "I-PER", "O", "B-LOC", "O"] },
    { tokens: ["Veltro", "rose"], tags: ["B-ORG", "O"] },
  ]);
  assert.deepEqual(parseConll("Kim B-PER\r\nSung I-PER\r\n\r\n"), [
    { tokens: ["Kim", "Sung"], tags: ["B-PER", "I-PER"] },
  ]);
});

test("IOB1 input comes back as IOB2: an I- tag that starts an entity becomes B-", () => {
  assert.deepEqual(toIob2(["I-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"]), [
    "B-PER",
    "I-PER",
    "O",
    "B-LOC",
    "B-ORG",
    "B-ORG",
    "I-ORG",
  ]);
  const iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-MISC"];
  assert.deepEqual(toIob2(iob2), iob2);
  assert.deepEqual(parseConll("Lake NNP I-NP I-LOC\nVora NNP I-NP I-LOC\n")[0]?.tags, ["B-LOC", "I-LOC"]);
});

test("a line without an O, B-X or I-X tag is an error naming the line", () => {
  assert.throws(
    () => parseConll("Anna NNP B-NP B-PER\nBerg\n", "x.txt"),
    (error: unknown) => error instanceof TriangulateError && /x\.txt:2/.test(error.message),
  );
  assert.throws(() => parseConll("Anna NNP B-NP PERSON\n"), /O, B-X or I-X/);
});

test("a missing file is an input_not_found error naming it; a file without sentences is empty_input", async () => {
  await withTempDir(async (dir) => {
    const missing = join(dir, "nope.conll");
    await assert.rejects(readConll(missing), (error: unknown) => {
      assert.ok(error instanceof TriangulateError);
      assert.equal(error.code, "input_not_found");
      assert.ok(error.message.includes(missing));
      return true;
    });
    const empty = join(dir, "empty.conll");
    await writeFile(empty, "-DOCSTART- -X- -X- O\n\n");
    await assert.rejects(readConll(empty), { code: "empty_input" });
    const good = join(dir, "good.conll");
    await writeFile(good, INVENTED);
    assert.equal((await readConll(good)).length, 2);
  });
});
