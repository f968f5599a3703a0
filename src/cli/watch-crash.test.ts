// Kills `triangulate watch` (SIGKILL) at 20 random points while its feed grows, then proves that a restart
// stores every item exactly once and gives the same stories as one uninterrupted poll of the whole feed.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { withTempDir } from "../ingest/fixture-reports.js";
import { cliKilledAfter, inventedReport, seededRandom } from "../store/crash-fixture.js";
import { SqliteStore } from "../store/sqlite-store.js";

const ROUNDS = 20;
const PER_ROUND = 8;
let published = 0;
let fetches = 0;
let server: Server;
let base = "";

const page = (i: number) =>
  `<!doctype html><html><head><title>Report ${i}</title></head><body><article><h1>Report ${i}</h1>${inventedReport(
    i,
  )
    .split("\n\n")
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed") {
      const etag = `"n${published}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
      const items = Array.from(
        { length: published },
        (_, i) => `<item><title>Report ${i}</title><link>${base}/r/${i}</link></item>`,
      );
      res.writeHead(200, { "content-type": "application/rss+xml", etag });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.join("")}</channel></rss>`,
      );
      return;
    }
    // Each item link redirects to a new address on every fetch, so a report fetched twice would be stored
    // twice (its URL is part of its content hash): only finding the item by its link prevents that.
    const link = /^\/r\/(\d+)$/.exec(req.url ?? "");
    if (link && Number(link[1]) < published) {
      fetches += 1;
      return void res.writeHead(302, { location: `/r/${link[1]}/v${fetches}` }).end();
    }
    const match = /^\/r\/(\d+)\/v\d+$/.exec(req.url ?? "");
    if (!match || Number(match[1]) >= published) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(Number(match[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

/** Story memberships by item URL, so two stores' analyses can be compared whatever ids they gave. */
function storiesByUrl(store: SqliteStore): string[][] {
  const analysis = store.analysis();
  const urls = new Map(store.reports().map((r) => [r.id, r.input]));
  return (analysis?.stories ?? []).map((s) => s.reports.map((id) => urls.get(id) ?? id).sort()).sort();
}

test("watch killed 20 times at random points restarts without losing or duplicating an item", {
  timeout: 300_000,
}, async () => {
  await withTempDir(async (dir) => {
    const feeds = join(dir, "feeds.txt");
    await writeFile(feeds, `${base}/feed\n`);
    const watch = (db: string, ms: number | null, ...more: string[]) =>
      cliKilledAfter(["watch", "--feeds", feeds, "--db", db, "--allow-private-network", ...more], ms);
    const db = join(dir, "watched.db");
    const random = seededRandom(11);
    let killed = 0;
    let interrupted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Each round the feed grows; the watcher is killed anywhere from start-up to the middle of a poll.
      published += PER_ROUND;
      if ((await watch(db, Math.round(300 + random() * 2700), "--interval", "0.2")) === null) killed++;
      const mid = new SqliteStore(db);
      if (mid.reports().length < published || !mid.analysisIsCurrent()) interrupted++;
      mid.close();
    }
    assert.ok(killed >= 15, `expected most runs to be killed, found ${killed} of ${ROUNDS}`);
    assert.ok(interrupted >= 5, `expected kills in the middle of polls, found ${interrupted}`);
    assert.equal(await watch(db, null, "--once"), 0);
    const store = new SqliteStore(db);
    const inputs = store.reports().map((r) => r.input);
    assert.equal(inputs.length, published);
    assert.equal(new Set(inputs).size, published);
    assert.ok(store.analysisIsCurrent());
    const once = join(dir, "once.db");
    assert.equal(await watch(once, null, "--once"), 0);
    const uninterrupted = new SqliteStore(once);
    assert.deepEqual(storiesByUrl(store), storiesByUrl(uninterrupted));
    store.close();
    uninterrupted.close();
  });
});
