// Ingesting into a store, in two steps, gives what one batch run over the same reports gives.
import assert from "node:assert/strict";
import { cp, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { analyze } from "../analyze.js";
import { rawReport, withTempDir } from "../ingest/fixture-reports.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { DEFAULT_SUMMARY_OPTIONS } from "../summarize/story-summarizer.js";
import { ANNOTATION_VERSION } from "./code-version.js";
import { addReports, exportStory, ingest } from "./report-library.js";
import { SqliteStore } from "./sqlite-store.js";

/** dist/store/report-library.test.js → the repository's example corpus. */
const CORPUS = fileURLToPath(new URL("../../examples/corpus/", import.meta.url));

describe("report library", () => {
  it("mends an analysis left behind by a run killed between storing and analysing", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      await ingest(store, [CORPUS]);
      // As if a run had stored a report and died before analysing it.
      store.addReports([
        rawReport("late", "The Sarrow river fell by a metre overnight in Orvane, the relief office said."),
      ]);
      assert.equal(store.analysisIsCurrent(), false);
      const next = await ingest(store, [CORPUS]);
      assert.equal(next.added.length, 0);
      assert.ok(store.analysisIsCurrent());
      assert.ok(next.analysis?.reports.some((r) => r.id === "late"));
      store.close();
    });
  });

  it("annotates each report once and reuses its stored annotations while the annotating code is unchanged", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      const first = await ingest(store, [CORPUS]);
      const version = ANNOTATION_VERSION;
      const stored = store.annotations(version);
      assert.equal(stored.size, first.added.length);
      // Tamper with one report's stored annotations: the next analysis must show it, proving they were reused.
      const [id, doc] = [...stored.entries()][0] ?? [];
      assert.ok(id && doc);
      store.saveAnnotations(version, [{ ...doc, published: { ...doc.published, date: "1999-01-01" } }]);
      const late = rawReport(
        "late",
        "The Sarrow river fell by a metre overnight in Orvane, the relief office said.",
      );
      const next = addReports(store, [late]);
      assert.equal(next.analysis?.reports.find((r) => r.id === id)?.published.date, "1999-01-01");
      assert.equal(store.annotations(version).size, first.added.length + 1);
      // Annotations from other code (another version) are not reused: the report is annotated again.
      store.saveAnnotations("other", [doc]);
      store.addReports([rawReport("later", "Orvane's schools reopened on Friday, the council said.")]);
      const mended = addReports(store, []);
      assert.equal(mended.analysis?.reports.find((r) => r.id === id)?.published.date, doc.published.date);
      assert.ok(store.annotations(version).has(id));
      store.close();
    });
  });

  it("analyses again when the stored analysis was made by another release", async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "t.db");
      const old = new SqliteStore(file, "an-older-release");
      await ingest(old, [CORPUS]);
      // As if the older release had written an analysis without a field this one adds.
      const stale = old.analysis();
      assert.ok(stale);
      old.saveAnalysis(
        { ...stale, stories: stale.stories.map(({ sources: _, ...s }) => s) } as typeof stale,
        stale.reports.length,
      );
      old.close();
      const store = new SqliteStore(file);
      assert.equal(store.analysisIsCurrent(), false);
      const mended = addReports(store, []);
      assert.ok(mended.analysis?.stories.every((s) => Array.isArray(s.sources)));
      assert.ok(store.analysisIsCurrent());
      store.close();
    });
  });

  it("takes a story no new report joined from the last analysis instead of building it again", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      const first = (await ingest(store, [CORPUS])).analysis;
      assert.ok(first);
      // Mark every stored story: a story taken as it is keeps the mark, one built again loses it.
      const mark = (a: TriangulateReport) => ({
        ...a,
        stories: a.stories.map((s) => ({ ...s, title: `marked ${s.title}` })),
      });
      store.saveAnalysis(mark(first), first.reports.length);
      const late = rawReport(
        "late",
        "A rockfall closed the Vell quarry road near Dunmarrow, the roads office said.",
        "2031-05-06",
      );
      const next = addReports(store, [late]).analysis;
      assert.ok(next);
      const dated = new Set(next.reports.filter((r) => r.published.date).map((r) => r.id));
      const own = next.stories.find((s) => s.reports.includes("late"));
      assert.equal(own?.title.startsWith("marked"), false);
      const kept = next.stories.filter((s) => s !== own && s.reports.some((id) => dated.has(id)));
      assert.ok(kept.length > 0);
      assert.ok(kept.every((s) => s.title.startsWith("marked")));
      // A story with no dated report takes its date bounds from the other stories: it is always built again.
      const undated = next.stories.filter((s) => !s.reports.some((id) => dated.has(id)));
      assert.ok(undated.every((s) => !s.title.startsWith("marked")));
      // Other summary settings than the last analysis's: every story is built again.
      store.saveAnalysis(mark(next), next.reports.length);
      const other = addReports(
        store,
        [rawReport("later", "The Vell quarry road reopened on Friday.", "2031-05-09")],
        {
          summary: { ...DEFAULT_SUMMARY_OPTIONS, maxWords: 30 },
        },
      ).analysis;
      assert.ok(other?.stories.every((s) => !s.title.startsWith("marked")));
      store.close();
    });
  });

  it("keeps one wire text carried by two outlets as two reports", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      const text = "The Sarrow river flooded Orvane on Tuesday, the relief office said, and 12 people died.";
      const result = store.addReports([
        { ...rawReport("ap", text), outlet: "AP" },
        { ...rawReport("bbc", text), outlet: "BBC" },
      ]);
      assert.deepEqual(result, { added: ["ap", "bbc"], duplicates: [] });
      store.close();
    });
  });

  it("gives the same stories and ledgers incrementally as in one batch, and re-ingesting adds nothing", async () => {
    await withTempDir(async (dir) => {
      const names = (await readdir(CORPUS)).sort();
      const [first, second] = [join(dir, "first"), join(dir, "second")];
      await mkdir(first);
      await mkdir(second);
      for (const [i, name] of names.entries())
        await cp(join(CORPUS, name), join(i < 4 ? first : second, name));
      const store = new SqliteStore(join(dir, "t.db"));
      const one = await ingest(store, [first]);
      const two = await ingest(store, [second]);
      assert.ok(one.added.length > 0 && two.added.length > 0);
      const stored = store.reports().length;
      assert.equal(stored, one.added.length + two.added.length);
      const again = await ingest(store, [first, second]);
      assert.deepEqual([again.added.length, again.duplicates.length], [0, stored]);
      const batch = await analyze([first, second]);
      // Everything a story holds (ledger, quotes, timeline, summary, copies), and every report's entry.
      assert.deepEqual(again.analysis?.stories, batch.stories);
      assert.deepEqual(
        again.analysis?.reports.map(({ input: _, ...rest }) => rest),
        batch.reports.map(({ input: _, ...rest }) => rest),
      );
      const md = exportStory(store, "s1", "md");
      assert.match(md, /^# Triangulate report/);
      assert.match(md, new RegExp(`## ${batch.stories[0]?.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      const json = JSON.parse(exportStory(store, "s1", "json"));
      assert.deepEqual(
        json.stories.map((s: { id: string }) => s.id),
        ["s1"],
      );
      assert.deepEqual(
        json.reports.map((r: { id: string }) => r.id).sort(),
        [...(batch.stories[0]?.reports ?? [])].sort(),
      );
      assert.throws(() => exportStory(store, "s99", "html"), /expected a story id \(s1/);
      store.close();
    });
  });
});
