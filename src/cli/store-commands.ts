/** `triangulate ingest` and `triangulate export`: keep a library of reports in a store and export one story. */
import type { Command } from "commander";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { type ExportFormat, exportStory, findStory, ingest } from "../store/report-library.js";
import { DEFAULT_DB, SqliteStore } from "../store/sqlite-store.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

const FORMATS: readonly ExportFormat[] = ["json", "md", "html"];

export function registerStore(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("ingest")
    .description(
      "add reports to the store (each stored once, by content) and analyse the stored reports again",
    )
    .argument("<inputs...>", "files, folders, article URLs (as for analyze)")
    .option("--db <path>", "the SQLite store", DEFAULT_DB)
    .option("--allow-private-network", "let URLs reach loopback, private and link-local addresses")
    .addHelpText("after", "\nExit codes: 0 success, 1 some inputs failed (listed), 2 usage error.")
    .action(async (paths: string[], flags: { db: string; allowPrivateNetwork?: boolean }) => {
      const store = new SqliteStore(flags.db);
      try {
        const fetch = { allowPrivateNetwork: flags.allowPrivateNetwork === true };
        const result = await ingest(store, paths, { fetch });
        const stories = result.analysis?.stories.length ?? 0;
        process.stdout.write(
          `${result.added.length} added, ${result.duplicates.length} already stored; ${store.reports().length} reports in ${stories} stories in ${flags.db}\n`,
        );
        for (const p of result.problems) process.stderr.write(`${p.input}: ${p.message} (${p.code})\n`);
        setExit(result.problems.length > 0 ? EXIT.someInputsFailed : EXIT.ok);
      } finally {
        store.close();
      }
    });
  registerExport(program, setExit);
}

function registerExport(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("export")
    .description("write one story of the store's latest analysis, with its reports, to stdout")
    .requiredOption("--story <id>", "the story id, e.g. s1")
    .option("--format <format>", "json, md or html", "json")
    .option("--db <path>", "the SQLite store", DEFAULT_DB)
    .action((flags: { story: string; format: string; db: string }) => {
      if (!FORMATS.includes(flags.format as ExportFormat)) {
        throw new TriangulateError(
          ErrorCode.Usage,
          `expected --format json, md or html, found ${flags.format}`,
        );
      }
      const store = new SqliteStore(flags.db);
      try {
        const moved = findStory(store, flags.story)?.story.id;
        if (moved && moved !== flags.story)
          process.stderr.write(
            `triangulate: story ${flags.story} went into story ${moved}; writing ${moved}\n`,
          );
        process.stdout.write(exportStory(store, flags.story, flags.format as ExportFormat));
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
}
