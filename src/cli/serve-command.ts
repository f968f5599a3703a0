/** `triangulate serve`: the HTTP API over a store, on loopback by default; beyond it only with a token. */
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { createApi, DEFAULT_API_OPTIONS } from "../server/api-app.js";
import { analyzeIfBehind } from "../store/report-library.js";
import { DEFAULT_DB, SqliteStore } from "../store/sqlite-store.js";
import type { ExitCode } from "./exit-codes.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function registerServe(program: Command, _setExit: (code: ExitCode) => void): void {
  program
    .command("serve")
    .description("serve the HTTP API over the store (see /openapi.json)")
    .option("--port <n>", "port to listen on", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--db <path>", "the SQLite store", DEFAULT_DB)
    .addHelpText(
      "after",
      "\nPOST /reports needs TRIANGULATE_TOKEN (sent as a Bearer token) when --host is not loopback.",
    )
    .action(async (flags: { port: string; host: string; db: string }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new TriangulateError(ErrorCode.Usage, `expected --port to be 0-65535, found ${flags.port}`);
      }
      const token = process.env.TRIANGULATE_TOKEN?.trim() || null;
      if (!LOOPBACK.has(flags.host) && token === null) {
        throw new TriangulateError(
          ErrorCode.Usage,
          `expected TRIANGULATE_TOKEN to be set to listen on ${flags.host} (not loopback), found it unset`,
        );
      }
      const store = new SqliteStore(flags.db);
      // An analysis left behind (a killed ingest) or made by an older release is made again before serving.
      if (!store.analysisIsCurrent()) {
        process.stdout.write("Analysing the stored reports again (the stored analysis is behind)\n");
        analyzeIfBehind(store, false, {});
      }
      const app = createApi(store, { ...DEFAULT_API_OPTIONS, token });
      const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
        process.stdout.write(`Triangulate API on http://${flags.host}:${info.port} (store ${flags.db})\n`);
      });
      server.on("error", (error: NodeJS.ErrnoException) => {
        // A port in use or an address that cannot be had is the caller's to fix: a usage error, not a stack trace.
        process.stderr.write(
          `triangulate: expected to listen on ${flags.host}:${port}, found ${error.code ?? error.message}\n`,
        );
        store.close();
        process.exitCode = 2;
      });
      const stop = () => server.close(() => store.close());
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
