// Tests for `triangulate eval stories`: --json shape on invented labelled reports, the table, usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-stories.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

const FLOOD =
  "The Orlen river burst its banks on Monday, flooding the lower town of Brenn and forcing hundreds of families from their homes, the regional fire service said.";
const FLOOD2 =
  "Families in the lower town of Brenn returned on Tuesday to homes wrecked when the Orlen river burst its banks, as the regional fire service pumped water from the streets.";
const ELECTION =
  "Voters in Korvel chose a new mayor on Sunday, electing the former teacher Ana Petrel with a narrow majority after a long count in the town hall.";
const ELECTION2 =
  "Ana Petrel, the former teacher elected mayor of Korvel on Sunday, promised to repair the town hall and reopen the market after her narrow win.";

async function writeCorpus(file: string): Promise<void> {
  const lines = [
    { id: "f1", text: FLOOD, story: "flood" },
    { id: "e1", text: ELECTION, story: "election" },
    { id: "f2", text: FLOOD2, story: "flood" },
    { id: "e2", text: ELECTION2, story: "election" },
  ];
  await writeFile(file, lines.map((l) => JSON.stringify(l)).join("\n"));
}

/** The corpus and a flood report that is only a script wall: no article text, so it cannot be analysed. */
async function writeCorpusWithNotice(file: string): Promise<void> {
  await writeCorpus(file);
  const notice = "JavaScript is disabled\n\nYou need to enable JavaScript to use this player";
  await writeFile(file, `\n${JSON.stringify({ id: "x", text: notice, story: "flood" })}`, { flag: "a" });
}

test("eval stories --json scores our clustering and the tuned baseline against the gold stories", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "stories.jsonl");
    await writeCorpus(file);
    const run = triangulate("eval", "stories", file, "--json");
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.reports, 4);
    assert.equal(out.gold, 2);
    assert.deepEqual([out.ours.f1, out.ours.clusters], [1, 2]);
    assert.equal(out.baseline.f1, 1);
    assert.equal(typeof out.baseline.threshold, "number");
    assert.ok(out.reportsPerSecond > 0);
  });
});

test("eval stories prints a table; a line without a story is a usage error naming the line", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "stories.jsonl");
    await writeCorpus(file);
    const run = triangulate("eval", "stories", file);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Triangulate\s+1\.000\s+1\.000\s+1\.000\s+2/);
    assert.match(run.stdout, /TF-IDF single pass @/);
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, '{"id":"x","text":"no label here"}\n');
    const failed = triangulate("eval", "stories", bad);
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /line 1/);
  });
});

test("eval stories scores a report with no article text as a story of its own and states the ceiling", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "stories.jsonl");
    await writeCorpusWithNotice(file);
    const run = triangulate("eval", "stories", file, "--json");
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.unanalysed, 1);
    // The flood story's three reports: the notice stands alone, so recall on it cannot reach 1.
    assert.ok(out.ceiling.f1 < 1 && out.ceiling.precision === 1);
    assert.match(triangulate("eval", "stories", file).stdout, /1 report had no article text/);
  });
});

test("eval stories --orders scores ours and the baseline over seeded input orders, the file's first", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "stories.jsonl");
    await writeCorpusWithNotice(file);
    // One order is the file's: the same clustering as the whole analysis, the unanalysed report alone in both.
    const one = JSON.parse(triangulate("eval", "stories", file, "--json", "--orders", "1").stdout);
    assert.equal(one.orders.count, 1);
    assert.equal(one.orders.ours.f1.mean, one.ours.f1);
    assert.ok(one.ours.f1 < 1);
    assert.equal(one.orders.baseline.f1.mean, one.baseline.f1);
    const run = triangulate("eval", "stories", file, "--json", "--orders", "4");
    assert.equal(run.status, 0, run.stderr);
    const { orders } = JSON.parse(run.stdout);
    assert.equal(orders.count, 4);
    for (const side of [orders.ours, orders.baseline]) {
      assert.ok(side.f1.min <= side.f1.mean && side.f1.mean <= side.f1.max);
      assert.ok(side.precision > 0 && side.recall > 0);
    }
    const table = triangulate("eval", "stories", file, "--orders", "4");
    assert.match(table.stdout, /Over 4 input orders/);
    const bad = triangulate("eval", "stories", file, "--orders", "0");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /expected --orders to be a whole number from 1 to 100, found "0"/);
  });
});
