// Polling a feed served on 127.0.0.1: conditional requests, only new items read, changes described.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { withTempDir } from "../ingest/fixture-reports.js";
import { describeChanges } from "./change-log.js";
import { pollFeed } from "./feed-watcher.js";
import { SqliteStore } from "./sqlite-store.js";

const ARTICLES: Record<string, string> = {
  "/a1":
    "Flood waters from the Sarrow river swept through Orvane on Tuesday. The Relief Society said at least 12 people were killed in the flood.",
  "/a2":
    "The Sarrow river burst its banks and flooded Orvane on Tuesday. Governor Ana Ruiz said 20 people were killed in Orvane.",
  "/a3":
    "Rescuers in Orvane searched the flooded streets on Wednesday after the Sarrow river flood. The Relief Society said 25 people were killed.",
};
let items = ["/a1", "/a2"];
let feedRequests: (string | undefined)[] = [];
let server: Server;
let base = "";

const MORE = [
  "Families in the lower town of Orvane spent the night in the school hall while the water stayed high in the streets around the market.",
  "Engineers from the regional council said the old bridge over the Sarrow river would stay closed until its piers had been inspected.",
  "The Relief Society opened two shelters and asked for blankets, drinking water and dry food to be brought to the town hall in Orvane.",
];
const page = (text: string) =>
  `<!doctype html><html><head><title>Orvane flood</title></head><body><article><h1>Orvane flood</h1>${[
    text,
    ...MORE,
  ]
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed") {
      const etag = `"v${items.length}"`;
      feedRequests.push(req.headers["if-none-match"] as string | undefined);
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      const entries = items
        .map((p) => `<item><title>Orvane ${p}</title><link>${base}${p}</link></item>`)
        .join("");
      res.writeHead(200, { "content-type": "application/rss+xml", etag });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Orvane</title>${entries}</channel></rss>`,
      );
      return;
    }
    const text = ARTICLES[req.url ?? ""];
    if (!text) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(text));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

describe("feed watcher", () => {
  it("reads new items once, asks with the ETag next time, and describes what changed", async () => {
    await withTempDir(async (dir) => {
      items = ["/a1", "/a2"];
      feedRequests = [];
      const store = new SqliteStore(join(dir, "w.db"));
      const options = { allowPrivateNetwork: true };
      const first = await pollFeed(store, `${base}/feed`, options);
      assert.equal(first.added.length, 2);
      const afterFirst = store.analysis();
      assert.ok(describeChanges(null, afterFirst).some((l) => l.startsWith("new story s1")));
      const second = await pollFeed(store, `${base}/feed`, options);
      assert.deepEqual([second.notModified, second.added.length], [true, 0]);
      items = ["/a1", "/a2", "/a3"];
      const third = await pollFeed(store, `${base}/feed`, options);
      assert.equal(third.added.length, 1);
      assert.deepEqual(feedRequests, [undefined, '"v2"', '"v2"']);
      const changes = describeChanges(afterFirst, store.analysis());
      assert.ok(
        changes.some((l) => l.startsWith("new report in s1")),
        changes.join("\n"),
      );
      assert.ok(
        changes.some((l) => l.startsWith("dispute changed in s1")),
        changes.join("\n"),
      );
      assert.equal(store.reports().length, 3);
      store.close();
    });
  });
});
