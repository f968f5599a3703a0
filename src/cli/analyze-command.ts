/** `triangulate analyze PATH...`: analyses files and folders and writes report.json, report.md and report.html. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { analyze } from "../analyze.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { renderHtml } from "../report/html-renderer.js";
import { renderMarkdown } from "../report/markdown-renderer.js";
import { renderTerminalSummary } from "../report/terminal-summary.js";
import { DEFAULT_SUMMARY_OPTIONS } from "../summarize/story-summarizer.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { progressReporter } from "./progress-reporter.js";

interface AnalyzeFlags {
  readonly out: string;
  readonly feed: string[];
  readonly allowPrivateNetwork?: boolean;
  readonly timeout: number;
  readonly maxBytes: number;
  readonly summaryWords: number;
  readonly quiet?: boolean;
  readonly progress: boolean;
}

export function registerAnalyze(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command("analyze")
    .description("analyse news reports and write report.json, report.md and report.html")
    .argument(
      "[inputs...]",
      "files (.txt, .md, .html, .htm, .jsonl, .warc, .warc.gz), folders (read recursively) and article URLs",
    )
    .option("--feed <url>", "an RSS or Atom feed: every item's article is fetched (repeatable)", collect, [])
    .option("--allow-private-network", "let URLs and feeds reach loopback, private and link-local addresses")
    .option("--timeout <ms>", "time allowed for each web request, redirects included", parsePositive, 15_000)
    .option("-o, --out <dir>", "folder to write the report files to", "out")
    .option(
      "--max-bytes <n>",
      "largest single-report file to read, in bytes",
      parsePositive,
      10 * 1024 * 1024,
    )
    .option(
      "--summary-words <n>",
      "words to aim for in each story's summary, dispute lines included (a lead sentence and the dispute lines are always kept)",
      parsePositive,
      DEFAULT_SUMMARY_OPTIONS.maxWords,
    )
    .option("-q, --quiet", "print nothing but problems")
    .option("--no-progress", "never show a progress bar")
    .addHelpText(
      "after",
      "\nExit codes: 0 success, 1 some inputs failed (listed under problems), 2 usage error.\n" +
        "Examples:\n  ./bin/triangulate analyze examples/corpus --out out/\n" +
        "  ./bin/triangulate analyze https://example.com/news/story.html --feed https://example.com/rss.xml",
    )
    .action(async (paths: string[], flags: AnalyzeFlags) => setExit(await runAnalyze(paths, flags)));
}

/** Analyses the inputs, writes the three report files and prints the summary (or only the problems). */
async function runAnalyze(paths: string[], flags: AnalyzeFlags): Promise<ExitCode> {
  if (paths.length === 0 && flags.feed.length === 0) {
    throw new TriangulateError(
      ErrorCode.Usage,
      "expected at least one file, folder, URL or --feed, found none",
    );
  }
  const progress = progressReporter(flags.progress && !flags.quiet);
  const report = await analyze(paths, {
    maxBytes: flags.maxBytes,
    feeds: flags.feed,
    allowPrivateNetwork: flags.allowPrivateNetwork === true,
    fetch: { timeoutMs: flags.timeout },
    summary: { ...DEFAULT_SUMMARY_OPTIONS, maxWords: flags.summaryWords },
    onProgress: progress.update,
  });
  progress.stop();
  const written = await writeReport(report, flags.out);
  if (!flags.quiet) {
    process.stdout.write(`${renderTerminalSummary(report)}\n`);
    process.stdout.write(`Wrote ${written.join(", ")}\n`);
  } else if (report.problems.length > 0) {
    for (const p of report.problems) process.stderr.write(`${p.input}: ${p.message} (${p.code})\n`);
  }
  return report.problems.length > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function writeReport(report: TriangulateReport, dir: string): Promise<string[]> {
  const files: [string, string][] = [
    ["report.json", `${JSON.stringify(report, null, 2)}\n`],
    ["report.md", renderMarkdown(report)],
    ["report.html", renderHtml(report)],
  ];
  try {
    await mkdir(dir, { recursive: true });
    for (const [name, content] of files) await writeFile(join(dir, name), content, "utf8");
  } catch (error) {
    // An --out that names a file or an unwritable place is the caller's to fix: a usage error, not a crash.
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected --out "${dir}" to be a folder that can be written, found ${writeFailure(error)}`,
    );
  }
  return files.map(([name]) => join(dir, name));
}

function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EEXIST" || code === "ENOTDIR") return "a file in the way";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "no permission to write there";
  return error instanceof Error ? error.message : String(error);
}

function parsePositive(value: string): number {
  const n = Number(value);
  // commander reports an InvalidArgumentError as a usage error (exit 2); any other error would crash the CLI.
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidArgumentError(`expected a positive whole number, found "${value}"`);
  }
  return n;
}
