// Tests for `triangulate eval summaries`: --json shape on invented clusters, the table, usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-summaries.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

const CLUSTER = {
  id: "c1",
  documents: [
    "The Orlen river burst its banks on Monday, flooding the lower town of Brenn. Hundreds of families left their homes as the water rose through the night. The regional fire service pumped water from the streets on Tuesday.",
    "Families in the lower town of Brenn returned on Tuesday to homes wrecked by the Orlen river. The regional fire service said the water had fallen by a metre overnight. The mayor promised money to repair the wrecked homes.",
  ],
  summary:
    "The Orlen river flooded the lower town of Brenn on Monday, forcing hundreds of families from their homes; the fire service pumped the streets dry on Tuesday.",
};

test("eval summaries --json scores ours, Lead-3, LexRank and TextRank with ROUGE", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "summaries.jsonl");
    await writeFile(file, `${JSON.stringify(CLUSTER)}\n`);
    const run = triangulate("eval", "summaries", file, "--json", "--summary-words", "40");
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.clusters, 1);
    assert.equal(out.words, 40);
    for (const system of ["ours", "lead3", "lexrank", "textrank"]) {
      for (const measure of ["rouge1", "rouge2", "rougeL"]) {
        const value = out[system][measure];
        assert.ok(value > 0 && value <= 100, `${system}.${measure} = ${value}`);
      }
    }
  });
});

test("eval summaries prints a table; bad lines and bad lengths are usage errors", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "summaries.jsonl");
    await writeFile(file, `${JSON.stringify(CLUSTER)}\n`);
    const run = triangulate("eval", "summaries", file, "--summary-words", "40");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Triangulate\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+\.\d\d/);
    assert.match(run.stdout, /Porter-stemmed/);
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, '{"id":"x","documents":"not a list","summary":"s"}\n');
    const failed = triangulate("eval", "summaries", bad);
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /line 1/);
    const length = triangulate("eval", "summaries", file, "--summary-words", "many");
    assert.equal(length.status, 2);
    assert.match(length.stderr, /expected --summary-words/);
  });
});
