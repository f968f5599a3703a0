/** The SQLite store: reports stored once by content with unique ids, kept across reopening, newer schemas refused. */
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { rawReport, withTempDir } from "../ingest/fixture-reports.js";
import { SqliteStore } from "./sqlite-store.js";

const raw = (id: string, text: string) => rawReport(id, text);

describe("SQLite store", () => {
  it("stores a report once by its content, whatever it is called, and keeps ids unique", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      assert.equal(store.schemaVersion, 6);
      const first = store.addReports([
        raw("a", "The Sarrow river flooded Orvane."),
        raw("b", "A tram line was approved."),
      ]);
      assert.deepEqual(first, { added: ["a", "b"], duplicates: [] });
      const again = store.addReports([
        raw("a-copy", "The  Sarrow river flooded\nOrvane."),
        raw("a", "Another text that happens to share an id."),
      ]);
      assert.deepEqual(again, { added: ["a~2"], duplicates: ["a-copy"] });
      assert.deepEqual(
        store.reports().map((r) => r.id),
        ["a", "b", "a~2"],
      );
      store.close();
    });
  });

  it("keeps its reports and analysis across reopening, and refuses a newer schema", async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "t.db");
      const store = new SqliteStore(file);
      store.addReports([raw("a", "The Sarrow river flooded Orvane.")]);
      assert.equal(store.analysis(), null);
      assert.equal(store.analysisIsCurrent(), false);
      store.saveAnalysis({ schema: "triangulate.report/1", reports: [], stories: [], problems: [] }, 1);
      assert.equal(store.analysisIsCurrent(), true);
      store.close();
      // The same file opened by another release: the analysis it finds was not made by its code.
      const upgraded = new SqliteStore(file, "another-release");
      assert.equal(upgraded.analysisIsCurrent(), false);
      upgraded.close();
      const reopened = new SqliteStore(file);
      assert.equal(reopened.reports().length, 1);
      assert.deepEqual(reopened.analysis()?.stories, []);
      reopened.close();
      const reader = new SqliteStore(file);
      assert.deepEqual(reader.analysis()?.stories, []);
      const writer = new SqliteStore(file);
      const newer = {
        schema: "triangulate.report/1" as const,
        reports: [],
        stories: [],
        problems: [{ input: "x", code: "c", message: "m" }],
      };
      assert.equal(writer.saveAnalysis(newer, 1), true);
      assert.equal(
        writer.saveAnalysis({ ...newer, problems: [] }, 0),
        false,
        "an analysis of fewer reports never wins",
      );
      writer.close();
      assert.equal(reader.analysis()?.problems.length, 1, "a save by another connection is seen");
      reader.close();
      const db = new Database(file);
      db.prepare("INSERT INTO schema_migrations (version, description) VALUES (99, 'from the future')").run();
      db.close();
      assert.throws(
        () => new SqliteStore(file),
        /expected a database at schema version 6 or older, found version 99/,
      );
    });
  });

  it("remembers where a retired story id went, following the story it went into when that is retired too", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      const empty = { schema: "triangulate.report/1" as const, reports: [], stories: [], problems: [] };
      assert.equal(store.storyMovedTo("s2"), null);
      store.saveAnalysis(empty, 1, new Map([["s2", "s1"]]));
      assert.equal(store.storyMovedTo("s2"), "s1");
      store.saveAnalysis(empty, 2, new Map([["s1", "s3"]]));
      assert.deepEqual([store.storyMovedTo("s1"), store.storyMovedTo("s2")], ["s3", "s3"]);
      // An analysis that loses to a newer one records no moves either.
      assert.equal(store.saveAnalysis(empty, 1, new Map([["s3", "s9"]])), false);
      assert.equal(store.storyMovedTo("s3"), null);
      store.close();
    });
  });
});
