// The CLI against a local web server: a URL and a feed, refused by default and read with --allow-private-network.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { withTempDir } from "../ingest/fixture-reports.js";
import { type FixtureServer, startFixtureServer } from "../ingest/fixture-web-server.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const run = promisify(execFile);

let server: FixtureServer;
before(async () => {
  server = await startFixtureServer();
});
after(() => server.close());

/** The CLI runs as a child process while this process serves it, so the child must not be waited for synchronously. */
async function triangulate(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run("node", ["bin/triangulate", ...args], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

test("analyze URL --feed FEED refuses a local server by default, and reads it when allowed", async () => {
  await withTempDir(async (dir) => {
    const inputs = [`${server.origin}/news/ferry-strike`, "--feed", `${server.origin}/feed.xml`];
    const refused = await triangulate("analyze", ...inputs, "--out", join(dir, "refused"));
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /private_address|expected a public address/);

    const allowed = await triangulate(
      "analyze",
      ...inputs,
      "--allow-private-network",
      "--out",
      join(dir, "ok"),
    );
    assert.equal(allowed.code, 1, "the feed's third item is a 404");
    const report = JSON.parse(await readFile(join(dir, "ok", "report.json"), "utf8"));
    assert.deepEqual(
      report.reports.map((r: { title: string }) => r.title),
      ["Ferry strike ends", "Fire guts harbour warehouse", "Quay reopens after fire"],
    );
    assert.deepEqual(
      report.problems.map((p: { code: string }) => p.code),
      ["http_error"],
    );
  });
});
