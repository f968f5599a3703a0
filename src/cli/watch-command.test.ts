// `triangulate watch` through the CLI: a poll, a clean stop on SIGINT, and usage errors.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let server: Server;
let base = "";

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed") {
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"one"' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

test("watch polls, then stops cleanly on SIGINT", async () => {
  await withTempDir(async (dir) => {
    const feeds = join(dir, "feeds.txt");
    await writeFile(feeds, `# test feeds\n${base}/feed\n`);
    const args = [
      "bin/triangulate",
      "watch",
      "--feeds",
      feeds,
      "--interval",
      "60",
      "--db",
      join(dir, "w.db"),
    ];
    const child = spawn(process.execPath, [...args, "--allow-private-network"], { cwd: ROOT });
    let out = "";
    const polled = new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk) => {
        out += String(chunk);
        if (out.includes("/feed: 0 new")) resolve();
      }),
    );
    await polled;
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGINT");
    assert.equal(await exited, 0);
    assert.match(out, /stopped\n$/);
  });
});

test("watch names a missing feed list and a bad interval as usage errors", async () => {
  await withTempDir(async (dir) => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["bin/triangulate", "watch", ...args], { cwd: ROOT, encoding: "utf8" });
    const missing = run("--feeds", join(dir, "none.txt"), "--once", "--db", join(dir, "w.db"));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /expected a readable feed list/);
    const feeds = join(dir, "feeds.txt");
    await writeFile(feeds, `${base}/feed\n`);
    const interval = run("--feeds", feeds, "--interval", "soon", "--db", join(dir, "w.db"));
    assert.equal(interval.status, 2);
  });
});
