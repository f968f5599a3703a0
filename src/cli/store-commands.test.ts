// `triangulate ingest` and `triangulate export` on the example corpus through the CLI.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { SqliteStore } from "../store/sqlite-store.js";

/** dist/cli/store-commands.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

test("ingest stores each report once and export writes one story as JSON, Markdown or HTML", async () => {
  await withTempDir(async (dir) => {
    const db = join(dir, "library.db");
    const first = triangulate("ingest", "examples/corpus", "--db", db);
    assert.equal(first.status, 0, first.stderr);
    const added = Number(/^(\d+) added, 0 already stored/m.exec(first.stdout)?.[1]);
    assert.ok(added > 0, first.stdout);
    const second = triangulate("ingest", "examples/corpus", "--db", db);
    assert.match(second.stdout, new RegExp(`^0 added, ${added} already stored`, "m"));
    const json = triangulate("export", "--story", "s1", "--db", db);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).stories.map((s: { id: string }) => s.id),
      ["s1"],
    );
    assert.match(
      triangulate("export", "--story", "s1", "--format", "md", "--db", db).stdout,
      /^# Triangulate report/,
    );
    assert.match(triangulate("export", "--story", "s1", "--format", "html", "--db", db).stdout, /<html/i);
    const badFormat = triangulate("export", "--story", "s1", "--format", "pdf", "--db", db);
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /expected --format json, md or html, found pdf/);
    const badStory = triangulate("export", "--story", "s404", "--db", db);
    assert.equal(badStory.status, 2);
    assert.match(badStory.stderr, /expected a story id/);
    // A story id a later analysis retired (its story merged into s1) exports the story it went into.
    const store = new SqliteStore(db);
    store.saveAnalysis(store.analysis() as TriangulateReport, added, new Map([["s404", "s1"]]));
    store.close();
    const moved = triangulate("export", "--story", "s404", "--db", db);
    assert.equal(moved.status, 0, moved.stderr);
    assert.equal(JSON.parse(moved.stdout).stories[0].id, "s1");
    assert.match(moved.stderr, /story s404 went into story s1; writing s1/);
  });
});
