// Kills `triangulate ingest` (SIGKILL) at 20 random points while it ingests a few hundred reports arriving in
// rounds, then proves that a restart stores every report exactly once and gives the stories a batch run gives.
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { withTempDir } from "../ingest/fixture-reports.js";
import { cliKilledAfter, inventedReport, seededRandom } from "./crash-fixture.js";
import { SqliteStore } from "./sqlite-store.js";

const REPORTS = 300;
const ROUNDS = 20;

test("ingest killed 20 times at random points restarts without losing or duplicating a report", {
  timeout: 300_000,
}, async () => {
  await withTempDir(async (dir) => {
    const inputs = join(dir, "reports");
    await mkdir(inputs);
    const db = join(dir, "library.db");
    const random = seededRandom(7);
    const ingest = (ms: number | null) => cliKilledAfter(["ingest", inputs, "--db", db], ms);
    let killed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Each round, the next 15 reports arrive; the run is killed somewhere between start-up and the analysis.
      for (let i = round * 15; i < (round + 1) * 15; i++)
        await writeFile(join(inputs, `r${String(i).padStart(3, "0")}.txt`), inventedReport(i));
      if ((await ingest(Math.round(300 + random() * 2500))) === null) killed++;
    }
    assert.ok(killed >= 10, `expected most runs to be killed mid-way, found ${killed} of ${ROUNDS}`);
    assert.equal(await ingest(null), 0);
    const store = new SqliteStore(db);
    const stored = store.reports();
    assert.equal(stored.length, REPORTS);
    assert.equal(new Set(stored.map((r) => r.id)).size, REPORTS);
    assert.ok(store.analysisIsCurrent());
    const batch = await analyze([inputs]);
    const shape = (stories: typeof batch.stories) =>
      stories.map((s) => ({ reports: s.reports, claimGroups: s.claimGroups }));
    assert.deepEqual(shape(store.analysis()?.stories ?? []), shape(batch.stories));
    store.close();
  });
});
