// Tests for `triangulate eval quotes`: --json shape on an invented PolNeAR-layout folder, the table, usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-quotes.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

/** An invented article and its attributions: one direct quote, one reported claim. */
const TEXT =
  "Storm closes harbour\n\n“We have never seen the water rise this fast,” harbour master Peter Novak said on Monday.\n\nThe coastguard said that two fishing boats had been towed back to port.\n";

function span(words: string, from = 0): [number, number] {
  const start = TEXT.indexOf(words, from);
  return [start, start + words.length];
}

function brat(): string {
  const quote = span("“We have never seen the water rise this fast,”");
  const novak = span("harbour master Peter Novak");
  const said1 = span("said", novak[1]);
  const guard = span("The coastguard");
  const said2 = span("said", guard[1]);
  const claim = span("that two fishing boats had been towed back to port");
  const t = (id: number, type: string, [a, b]: [number, number]) =>
    `T${id}\t${type} ${a} ${b}\t${TEXT.slice(a, b)}`;
  return [
    t(1, "Content", quote),
    t(2, "Source", novak),
    t(3, "Cue", said1),
    "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
    t(4, "Source", guard),
    t(5, "Cue", said2),
    t(6, "Content", claim),
    "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
    "",
  ].join("\n");
}

async function writeSplit(dir: string): Promise<void> {
  await mkdir(join(dir, "text"));
  await mkdir(join(dir, "attributions"));
  await writeFile(join(dir, "text", "invented_2030-01-01_storm.txt"), TEXT);
  await writeFile(join(dir, "attributions", "invented_2030-01-01_storm_aaaa.ann"), brat());
  // A second annotator's file for the same article is not scored.
  await writeFile(
    join(dir, "attributions", "invented_2030-01-01_storm_bbbb.ann"),
    "T1\tContent 0 5\tStorm\n",
  );
}

test("eval quotes --json scores all attributions and direct quotes, ours and the baseline", async () => {
  await withTempDir(async (dir) => {
    await writeSplit(dir);
    const run = triangulate("eval", "quotes", dir, "--json");
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.articles, 1);
    assert.equal(out.attributions, 2);
    for (const subset of [out.all, out.direct, out.baseline.all, out.baseline.direct]) {
      for (const key of ["contentExactF1", "contentOverlapF1", "sourceF1"]) {
        assert.ok(subset[key] >= 0 && subset[key] <= 1, key);
      }
    }
    assert.equal(out.direct.gold, 1);
    // The direct quote and its named speaker are found exactly.
    assert.equal(out.direct.contentExactF1, 1);
    assert.equal(out.direct.sourceF1, 1);
    assert.ok(out.all.contentOverlapF1 >= 0.5);
  });
});

test("eval quotes prints a table naming both subsets and both systems", async () => {
  await withTempDir(async (dir) => {
    await writeSplit(dir);
    const run = triangulate("eval", "quotes", dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /all attributions \(gold 2/);
    assert.match(run.stdout, /direct quotes \(gold 1/);
    assert.match(run.stdout, /content overlap/);
    assert.match(run.stdout, /baseline/);
  });
});

test("eval quotes on a folder without attributions/ is a usage error that names it", async () => {
  await withTempDir(async (dir) => {
    const run = triangulate("eval", "quotes", dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /attributions/);
  });
});
