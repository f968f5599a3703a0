// Tests for `triangulate eval time`: --json shape on invented TimeML files, the table, the reader, usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseTimeml } from "../eval/timeml-reader.js";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-time.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

const tml = (dct: string, body: string) => `<?xml version="1.0" ?>
<TimeML>
<DOCID>INVENTED</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
${body}
</TEXT>
</TimeML>
`;

/** Invented reports: dates, a time, a duration and a set. */
const FIRST = tml(
  "2021-03-10",
  `Harbor officials <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-03-09">Tuesday</TIMEX3> that the ferry &amp; its crew left at <TIMEX3 tid="t2" type="TIME" value="2021-03-09T15:00">3 p.m.</TIMEX3> and sailed for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.`,
);
const SECOND = tml(
  "2021-04-01",
  `The market opens <TIMEX3 tid="t1" type="SET" value="P1W">every week</TIMEX3>; it first opened on <TIMEX3 tid="t2" type="DATE" value="2020-05-04">May 4, 2020</TIMEX3>, and again <TIMEX3 tid="t3" type="DATE" value="2021-04-02">tomorrow</TIMEX3>.`,
);

async function writeCorpus(dir: string): Promise<void> {
  await mkdir(join(dir, "a"));
  await mkdir(join(dir, "b"));
  await writeFile(join(dir, "a", "first.tml"), FIRST);
  await writeFile(join(dir, "b", "second.tml"), SECOND);
  await writeFile(join(dir, "b", "broken.tml"), "<TimeML><TEXT>no DCT</TEXT></TimeML>");
}

const METRICS = [
  "spanF1Strict",
  "spanF1Relaxed",
  "typeAccuracy",
  "valueF1",
  "precisionStrict",
  "recallRelaxed",
];

test("eval time --json scores ours and chrono over both folders, skipping a file that does not parse", async () => {
  await withTempDir(async (dir) => {
    await writeCorpus(dir);
    const run = triangulate("eval", "time", dir, "--json");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /broken\.tml/);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(result.files, 2);
    assert.equal(result.skipped, 1);
    assert.equal(result.timexes, 6);
    for (const side of ["ours", "chrono"]) {
      const scores = result[side] as Record<string, number>;
      for (const key of METRICS) {
        assert.equal(typeof scores[key], "number", `${side}.${key}`);
        assert.ok((scores[key] as number) >= 0 && (scores[key] as number) <= 1, `${side}.${key}`);
      }
      assert.equal(scores.gold, 6);
    }
    assert.ok(
      ((result.chrono as Record<string, number>).spanF1Relaxed ?? 0) > 0,
      "chrono finds Tuesday or May 4",
    );
  });
});

test("eval time without --json prints both columns and the metric definitions", async () => {
  await withTempDir(async (dir) => {
    await writeCorpus(dir);
    const run = triangulate("eval", "time", dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /files: 2\s+skipped: 1\s+gold timexes: 6/);
    assert.match(run.stdout, /Triangulate\s+chrono/);
    assert.match(run.stdout, /^value F1\s+[01]\.\d{3}\s+[01]\.\d{3}$/m);
  });
});

test("eval time on a missing folder is a usage error naming it", async () => {
  await withTempDir(async (dir) => {
    const missing = join(dir, "missing");
    const run = triangulate("eval", "time", missing, "--json");
    assert.equal(run.status, 2);
    assert.ok(run.stderr.includes(missing), run.stderr);
    assert.match(run.stderr, /input_not_found/);
    assert.equal(run.stdout, "");
  });
});

test("the TimeML reader gives offsets into the plain text, entities decoded and the DCT left out", () => {
  const doc = parseTimeml(FIRST, "first.tml");
  assert.equal(doc.dct, "2021-03-10");
  assert.ok(doc.text.includes("the ferry & its crew"));
  assert.ok(!doc.text.includes("<"));
  assert.deepEqual(
    doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.text, t.type, t.value]),
    [
      ["Tuesday", "Tuesday", "DATE", "2021-03-09"],
      ["3 p.m.", "3 p.m.", "TIME", "2021-03-09T15:00"],
      ["two days", "two days", "DURATION", "P2D"],
    ],
  );
});

test("eval time --help names the metric definitions and the JSON shape", () => {
  const help = triangulate("eval", "time", "--help");
  assert.equal(help.status, 0, help.stderr);
  for (const text of [
    "strict",
    "relaxed",
    "overlap",
    "type accuracy",
    "value F1",
    "chrono",
    "spanF1Strict",
  ]) {
    assert.ok(help.stdout.includes(text), text);
  }
});
