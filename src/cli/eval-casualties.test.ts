// Tests for `triangulate eval casualties`: --json shape on invented events, the table, bad lines, usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-casualties.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

const EVENTS = [
  {
    id: "1",
    text: "Three people were killed and 12 injured when a bomb exploded at the Korvel market.",
    fatalities: 3,
  },
  {
    id: "2",
    text: "Police said 40 protesters were arrested; 2 officers died of their wounds on Friday.",
    fatalities: 2,
  },
  { id: "3", text: "Some 300 workers marched through Brenn demanding higher wages.", fatalities: 0 },
  { id: "4", text: "A village guard was hacked to death by unknown assailants near Orlen.", fatalities: 1 },
];

test("eval casualties --json scores ours and the baseline on each event, skipping a bad line", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "events.jsonl");
    await writeFile(file, `${EVENTS.map((e) => JSON.stringify(e)).join("\n")}\n{"id":"5","text":42}\n`);
    const run = triangulate("eval", "casualties", file, "--json");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /events\.jsonl:5/);
    const out = JSON.parse(run.stdout);
    assert.equal(out.events, 4);
    assert.equal(out.skipped, 1);
    assert.equal(out.ours.exact, 1);
    assert.equal(out.ours.mae, 0);
    // The baseline takes the number before the first death word: none for the fourth event.
    assert.equal(out.baseline.exact, 0.75);
    for (const key of ["exact", "within1", "mae"]) assert.equal(typeof out.baseline[key], "number");
  });
});

test("eval casualties prints a table; a missing file is a usage error naming it", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "events.jsonl");
    await writeFile(file, EVENTS.map((e) => JSON.stringify(e)).join("\n"));
    const run = triangulate("eval", "casualties", file);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /exact\s+1\.000/);
    assert.match(run.stdout, /baseline/);
    const missing = triangulate("eval", "casualties", join(dir, "none.jsonl"));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /none\.jsonl/);
  });
});
