// Kills `triangulate ingest` (SIGKILL) at 20 random points while it ingests a few hundred reports arriving in
// rounds, then proves that a restart stores every report exactly once and gives the stories a batch run gives.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { analyze } from "../analyze.js";
import { withTempDir } from "../ingest/fixture-reports.js";
import { SqliteStore } from "./sqlite-store.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOWNS = ["Orvane", "Brenn", "Korvel", "Hestmoor", "Tarvesk", "Vell", "Lune", "Kell", "Marro", "Sedd"];
const EVENTS = ["flood", "fire", "landslide", "storm", "blast"];
const REPORTS = 300;
const ROUNDS = 20;

/** Invented reports: 60 events (a town and what hit it), five reports each, with differing tolls. */
function report(i: number): string {
  const event = Math.floor(i / 5);
  const town = TOWNS[event % TOWNS.length] as string;
  const what = EVENTS[Math.floor(event / TOWNS.length) % EVENTS.length] as string;
  const toll = 3 + ((event * 7 + (i % 5) * 2) % 20);
  return [
    `A ${what} hit the town of ${town} on Monday, event ${event}, and rescue teams searched the ruins through the night.`,
    `The ${town} relief office said ${toll} people were killed by the ${what}, report ${i}.`,
  ].join("\n\n");
}

/** Runs ingest and kills it after `ms`; resolves when the process is gone. */
function ingestKilledAfter(dir: string, db: string, ms: number | null): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/triangulate", "ingest", dir, "--db", db], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const timer = ms === null ? null : setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
}

test("ingest killed 20 times at random points restarts without losing or duplicating a report", {
  timeout: 300_000,
}, async () => {
  await withTempDir(async (dir) => {
    const inputs = join(dir, "reports");
    await mkdir(inputs);
    const db = join(dir, "library.db");
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let killed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Each round, the next 15 reports arrive; the run is killed somewhere between start-up and the analysis.
      for (let i = round * 15; i < (round + 1) * 15; i++)
        await writeFile(join(inputs, `r${String(i).padStart(3, "0")}.txt`), report(i));
      if ((await ingestKilledAfter(inputs, db, Math.round(300 + random() * 2500))) === null) killed++;
    }
    assert.ok(killed >= 10, `expected most runs to be killed mid-way, found ${killed} of ${ROUNDS}`);
    assert.equal(await ingestKilledAfter(inputs, db, null), 0);
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
