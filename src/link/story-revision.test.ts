// Tests for the batch revision of stories: moves to closer stories, merges of close ones, time gates both ways.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayNumber, type MonthDay } from "./story-features.js";
import { type RevisionItem, reviseStories } from "./story-revision.js";
import { topTerms } from "./term-vector.js";

const OPTIONS = { threshold: 0.12, mergeThreshold: 0.2, maxDaysApart: 45 };

/** A report as the revision sees it, from term weights (made unit length), with an optional day or named days. */
function item(
  weights: Record<string, number>,
  day: string | null = null,
  named: MonthDay[] = [],
): RevisionItem {
  const norm = Math.hypot(...Object.values(weights));
  const vector = new Map(Object.entries(weights).map(([t, w]) => [t, w / norm]));
  return {
    features: { terms: new Map(), day: dayNumber(day), after: null, named },
    vector,
    keys: topTerms(vector, 16),
  };
}

describe("story revision", () => {
  it("moves a report to the story whose reports it is closer to on average", () => {
    const items = [
      item({ flood: 1, river: 1, orvane: 1 }),
      item({ flood: 1, river: 1, orvane: 1, dam: 1 }),
      item({ tram: 1, council: 1, vote: 1, river: 0.2 }),
      item({ tram: 1, council: 1, vote: 1 }),
      item({ tram: 1, council: 1, hestmoor: 1 }),
    ];
    // The stream put the third report (on the tram) with the flood reports before the tram story began.
    assert.deepEqual(
      reviseStories(
        items,
        [
          [0, 1, 2],
          [3, 4],
        ],
        OPTIONS,
      ),
      [
        [0, 1],
        [2, 3, 4],
      ],
    );
  });

  it("merges stories whose reports are as close as the merge bar, closest first, and keeps the rest apart", () => {
    const items = [
      item({ quake: 1, island: 1, sumba: 1 }),
      item({ quake: 1, island: 1, sumba: 1, toll: 1 }),
      item({ quake: 1, sumba: 1, toll: 1, rescue: 1 }),
      item({ quake: 1, island: 1, rescue: 1, toll: 1 }),
      item({ heist: 1, jewels: 1, paris: 1 }),
    ];
    assert.deepEqual(reviseStories(items, [[0, 1], [2, 3], [4]], OPTIONS), [[0, 1, 2, 3], [4]]);
  });

  it("neither moves nor merges reports across the time gate", () => {
    const items = [
      item({ flood: 1, river: 1, orvane: 1 }, "2025-03-10"),
      item({ flood: 1, river: 1, orvane: 1 }, "2025-03-11"),
      item({ flood: 1, river: 1, orvane: 1 }, "2025-06-20"),
      item({ flood: 1, river: 1, orvane: 1 }, "2025-06-21"),
    ];
    assert.deepEqual(reviseStories(items, [[0, 1], [2], [3]], OPTIONS), [
      [0, 1],
      [2, 3],
    ]);
  });

  it("keeps a dated report out of an undated story one of whose reports names a day well after it", () => {
    const items = [
      item({ flood: 1, river: 1, orvane: 1 }, "2025-03-11"),
      item({ flood: 1, river: 1, orvane: 1, inquiry: 1 }, null, [{ month: 6, day: 20 }]),
    ];
    assert.deepEqual(reviseStories(items, [[0], [1]], OPTIONS), [[0], [1]]);
    // Without the named day the two are one story.
    const undated = [items[0] as RevisionItem, item({ flood: 1, river: 1, orvane: 1, inquiry: 1 })];
    assert.deepEqual(reviseStories(undated, [[0], [1]], OPTIONS), [[0, 1]]);
  });

  it("does not move a report out of a story that would no longer hold together in time without it", () => {
    const flood = { flood: 1, river: 1, orvane: 1 };
    const items = [
      item(flood, "2025-01-01"),
      item({ flood: 1, tram: 1, council: 1, budget: 1, delay: 1, route: 1 }, "2025-02-10"),
      item(flood, "2025-03-20"),
      item({ tram: 1, council: 1, vote: 1 }, "2025-02-11"),
      item({ tram: 1, council: 1, vote: 1 }, "2025-02-12"),
    ];
    // The second report is closer to the tram story, but without it the flood reports are 78 days apart.
    assert.deepEqual(
      reviseStories(
        items,
        [
          [0, 1, 2],
          [3, 4],
        ],
        OPTIONS,
      ),
      [
        [0, 1, 2],
        [3, 4],
      ],
    );
    // With a flood report between them, it moves.
    const bridged = [...items, item(flood, "2025-02-14")];
    assert.deepEqual(
      reviseStories(
        bridged,
        [
          [0, 1, 2, 5],
          [3, 4],
        ],
        OPTIONS,
      ),
      [
        [0, 2, 5],
        [1, 3, 4],
      ],
    );
  });

  it("checks undated reports against the days two stories would span together", () => {
    const quake = { quake: 1, island: 1, sumba: 1 };
    const items = [
      item(quake, "2025-09-30"),
      item(quake, "2025-10-01"),
      item(quake, "2025-11-10"),
      item(quake, null, [{ month: 11, day: 15 }]),
    ];
    // November 15 is more than 45 days after September 30, but not after November 10.
    assert.deepEqual(reviseStories(items, [[0], [1, 2, 3]], OPTIONS), [[0, 1, 2, 3]]);
  });

  it("leaves stories as they are when no report is closer elsewhere, and returns nothing for nothing", () => {
    const items = [item({ flood: 1, river: 1 }), item({ flood: 1, river: 1 }), item({ tram: 1, vote: 1 })];
    assert.deepEqual(reviseStories(items, [[2], [0, 1]], OPTIONS), [[0, 1], [2]]);
    assert.deepEqual(reviseStories([], [], OPTIONS), []);
  });
});
