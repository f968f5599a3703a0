/** `npm run bench:api`: requests per second of the HTTP API's story page on the example store, server on one core. */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { ingest } from "../store/report-library.js";
import { SqliteStore } from "../store/sqlite-store.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PORT = 18_931;
const SECONDS = 10;
const CONNECTIONS = 10;

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "triangulate-api-bench-"));
  const db = join(dir, "bench.db");
  const store = new SqliteStore(db);
  const { analysis } = await ingest(store, [join(ROOT, "examples", "corpus")]);
  store.close();
  const story = analysis?.stories[0]?.id ?? "s1";
  // The server runs in a process of its own: Node runs it on one core.
  const server = spawn(process.execPath, ["bin/triangulate", "serve", "--port", String(PORT), "--db", db], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => server.stdout?.once("data", () => resolve()));
  try {
    const rows = [];
    for (const [name, path] of [
      [`story page (/stories/${story})`, `/stories/${story}`],
      ["story list (/stories)", "/stories"],
      ["baseline: static document (/openapi.json)", "/openapi.json"],
    ] as const) {
      const result = await autocannon({
        url: `http://127.0.0.1:${PORT}${path}`,
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      rows.push({
        name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    }
    console.log(
      `HTTP API on the example store (${analysis?.reports.length} reports, ${analysis?.stories.length} stories); ${CONNECTIONS} connections, ${SECONDS} s each, autocannon against 127.0.0.1`,
    );
    console.log(
      `${"endpoint".padEnd(46)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"errors".padStart(8)}`,
    );
    for (const r of rows)
      console.log(
        `${r.name.padEnd(46)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${String(r.errors).padStart(8)}`,
      );
    return 0;
  } finally {
    server.kill("SIGTERM");
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
