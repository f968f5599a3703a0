// A story keeps its id from one analysis of a library to the next; a new story never takes an id once shown.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { rawReport, withTempDir } from "../ingest/fixture-reports.js";
import type { Story, TriangulateReport } from "../model/report-schema.js";
import { addReports, ingest } from "./report-library.js";
import { SqliteStore } from "./sqlite-store.js";
import { keepStoryIds } from "./story-id-keeper.js";

const CORPUS = fileURLToPath(new URL("../../examples/corpus/", import.meta.url));

/** A story with only what the keeper reads and renames: its reports and one id of each kind inside it. */
function story(id: string, reports: string[], phaseOf: string | null = null): Story {
  return {
    id,
    reports,
    phaseOf,
    entities: [{ id: `${id}-e1` }],
    claims: [{ id: `${id}-c2`, partOf: `${id}-c1` }],
    claimGroups: [{ id: `${id}-g1`, claims: [`${id}-c1`] }],
    disputes: [{ id: `${id}-d1`, claims: [`${id}-c1`, `${id}-c2`] }],
    quotes: [{ id: `${id}-q1`, speakerEntity: `${id}-e1` }],
  } as unknown as Story;
}

function analysis(...stories: Story[]): TriangulateReport {
  return { schema: "triangulate.report/1", reports: [], stories, problems: [] } as TriangulateReport;
}

const ids = (a: TriangulateReport) => a.stories.map((s) => [s.id, s.reports.join("+")]);

describe("story id keeper", () => {
  it("keeps the id of the story sharing most reports and gives new stories ids above any shown", () => {
    const before = analysis(story("s1", ["a", "b"]), story("s2", ["c"]), story("s3", ["d"]));
    // The batch numbers stories by size: a story of three new reports would take s1 and push the rest down.
    const after = analysis(
      story("s1", ["x", "y", "z"]),
      story("s2", ["a", "b", "e"]),
      story("s3", ["c", "d"]),
    );
    const kept = keepStoryIds(before, after, 1);
    assert.deepEqual(ids(kept), [
      ["s4", "x+y+z"],
      ["s1", "a+b+e"],
      ["s2", "c+d"],
    ]);
    // s3 was merged into s2: it is retired, and the next new story is numbered after the highest ever given.
    const later = keepStoryIds(kept, analysis(story("s1", ["a", "b", "e"]), story("s2", ["f"])), 5);
    assert.deepEqual(ids(later), [
      ["s1", "a+b+e"],
      ["s5", "f"],
    ]);
  });

  it("renames every id inside a story and the phase link with it", () => {
    const before = analysis(story("s1", ["a"]), story("s2", ["b"]));
    const after = analysis(story("s1", ["b", "c"]), story("s2", ["a"], "s1"));
    const [first, second] = keepStoryIds(before, after, 3).stories as [Story, Story];
    assert.equal(first.id, "s2");
    assert.deepEqual(
      [first.entities[0]?.id, first.claims[0]?.id, first.claims[0]?.partOf, first.claimGroups[0]?.claims],
      ["s2-e1", "s2-c2", "s2-c1", ["s2-c1"]],
    );
    assert.deepEqual(
      [first.disputes[0]?.claims, first.quotes[0]?.speakerEntity],
      [["s2-c1", "s2-c2"], "s2-e1"],
    );
    assert.equal(second.id, "s1");
    assert.equal(second.phaseOf, "s2");
  });

  it("leaves a first analysis as the batch numbered it", () => {
    const after = analysis(story("s1", ["a"]));
    assert.equal(keepStoryIds(null, after, 1), after);
  });

  it("keeps a library's story ids across ingests, so an exported or linked story stays the same story", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "t.db"));
      const first = (await ingest(store, [CORPUS])).analysis;
      assert.ok(first);
      const count = first.stories.length;
      // Three reports on a new story: the biggest story, which a fresh batch would number s1.
      const quarry = [
        "A rockfall closed the Vell quarry road near Dunmarrow on Tuesday, the county roads office said.",
        "The Vell quarry road near Dunmarrow stayed closed on Tuesday after the rockfall, the roads office said.",
        "Engineers inspected the rockfall on the Vell quarry road near Dunmarrow, the county roads office said.",
      ].map((text, i) => rawReport(`quarry-${i + 1}`, text, "2031-05-06"));
      const next = addReports(store, quarry).analysis;
      assert.ok(next);
      const byReports = (a: TriangulateReport) => new Map(a.stories.map((s) => [s.reports.join("+"), s.id]));
      const now = byReports(next);
      // The earlier stories are unchanged by the new one and keep their ids, though each now sorts one lower.
      assert.deepEqual(
        [...byReports(first)].map(([reports]) => now.get(reports)),
        first.stories.map((s) => s.id),
      );
      const added = next.stories.find((s) => s.reports.includes("quarry-1"));
      assert.equal(added?.id, `s${count + 1}`);
      assert.equal(added?.reports.length, 3);
      for (const s of next.stories) {
        const inner = [...s.entities, ...s.claims, ...s.claimGroups, ...s.disputes, ...s.quotes].map(
          (x) => x.id,
        );
        assert.ok(
          inner.every((id) => id.startsWith(`${s.id}-`)),
          `${s.id}: ${inner.join(", ")}`,
        );
      }
      assert.equal(store.nextStoryNumber(), count + 2);
      store.close();
    });
  });
});
