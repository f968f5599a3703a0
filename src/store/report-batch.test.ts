/** The report batch commits every 25 reports as they come, the rest on flush, and keeps empty reports out. */
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { rawReport, withTempDir } from "../ingest/fixture-reports.js";
import { ReportBatch } from "./report-batch.js";
import { SqliteStore } from "./sqlite-store.js";

describe("report batch", () => {
  it("commits every 25 reports as they come, the rest on flush, and keeps empty reports out", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "b.db"));
      const batch = new ReportBatch(store);
      for (let i = 0; i < 26; i++)
        batch.add(rawReport(`r${i}`, `The Orvane relief office counted ${i} boats.`));
      assert.equal(store.reports().length, 25, "committed before the flush: a kill now keeps these");
      batch.add(rawReport("empty", "   "));
      batch.flush();
      assert.equal(store.reports().length, 26);
      assert.equal(batch.added.length, 26);
      assert.deepEqual(
        batch.problems.map((p) => p.code),
        ["empty_after_cleaning"],
      );
      store.close();
    });
  });
});
