/** `triangulate watch --feeds FILE`: polls feeds into the store on a schedule and logs what changed. */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { describeChanges } from "../store/change-log.js";
import { pollFeed } from "../store/feed-watcher.js";
import { analyzeIfBehind } from "../store/report-library.js";
import { DEFAULT_DB, SqliteStore } from "../store/sqlite-store.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

interface WatchFlags {
  readonly feeds: string;
  readonly interval: string;
  readonly once?: boolean;
  readonly db: string;
  readonly allowPrivateNetwork?: boolean;
}

export function registerWatch(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("watch")
    .description(
      "poll RSS/Atom feeds on a schedule (ETag and Last-Modified respected), store new items, log changes",
    )
    .requiredOption("--feeds <file>", "a text file with one feed URL a line (# comments allowed)")
    .option("--interval <seconds>", "time between polls", "300")
    .option("--once", "poll every feed once and exit")
    .option("--db <path>", "the SQLite store", DEFAULT_DB)
    .option(
      "--allow-private-network",
      "let feeds and articles reach loopback, private and link-local addresses",
    )
    .addHelpText(
      "after",
      "\nStops cleanly on SIGINT or SIGTERM (after the poll under way). Exit codes: 0, 2 usage error.",
    )
    .action(async (flags: WatchFlags) => {
      const interval = Number(flags.interval);
      if (!(interval > 0))
        throw new TriangulateError(ErrorCode.Usage, `expected --interval above 0, found ${flags.interval}`);
      const feeds = await readFeedList(flags.feeds);
      const store = new SqliteStore(flags.db);
      try {
        // A run killed between storing items and analysing them, or an upgrade, leaves the analysis behind.
        analyzeIfBehind(store, false, {});
        await watchUntilStopped(store, feeds, flags, interval);
        log("stopped");
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
}

/** Polls every feed and logs what changed, then sleeps, until `--once` or SIGINT/SIGTERM. */
async function watchUntilStopped(
  store: SqliteStore,
  feeds: readonly string[],
  flags: WatchFlags,
  interval: number,
): Promise<void> {
  const signal = stopSignal();
  while (!signal.stopping) {
    const before = store.analysis();
    for (const feed of feeds) {
      if (signal.stopping) break;
      const result = await pollFeed(store, feed, { allowPrivateNetwork: flags.allowPrivateNetwork === true });
      log(`${feed}: ${result.notModified ? "not modified" : `${result.added.length} new`}`);
      for (const p of result.problems) log(`  ${p.input}: ${p.message} (${p.code})`);
    }
    for (const line of describeChanges(before, store.analysis())) log(line);
    if (flags.once) break;
    await signal.sleep(interval * 1000);
  }
}

/** `stopping` turns true on SIGINT or SIGTERM, which also ends a sleep under way (a poll under way finishes). */
function stopSignal(): { readonly stopping: boolean; sleep(ms: number): Promise<void> } {
  let wake: () => void = () => {};
  const state = {
    stopping: false,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
  };
  const stop = () => {
    state.stopping = true;
    wake();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return state;
}

async function readFeedList(file: string): Promise<string[]> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new TriangulateError(
      ErrorCode.InputNotFound,
      `expected a readable feed list at ${file}, found none`,
      file,
    );
  });
  const feeds = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  if (feeds.length === 0)
    throw new TriangulateError(ErrorCode.Usage, `expected feed URLs in ${file}, found none`, file);
  return feeds;
}

function log(line: string): void {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}
