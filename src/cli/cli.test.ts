/** Tests for the `triangulate` command line, run as a user would: `node bin/triangulate ...` from the repository root. */
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { GAZETTE_MD, TRIBUNE_TXT, withTempDir } from "../ingest/fixture-reports.js";
import { reportSchema, type TriangulateReport } from "../model/report-schema.js";

/** dist/cli/cli.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

async function readReport(out: string): Promise<TriangulateReport> {
  return reportSchema.parse(JSON.parse(await readFile(join(out, "report.json"), "utf8")));
}

/** A folder with two invented reports of the same harbour fire. */
async function goodFolder(dir: string): Promise<string> {
  const inputs = join(dir, "inputs");
  await mkdir(inputs);
  await writeFile(join(inputs, "tribune.txt"), TRIBUNE_TXT);
  await writeFile(join(inputs, "gazette.md"), GAZETTE_MD);
  return inputs;
}

test("--help describes the program and its exit codes, and exits 0", () => {
  const run = triangulate("--help");
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Usage: triangulate/);
  assert.match(run.stdout, /analyze/);
  assert.match(run.stdout, /Exit codes: 0 success, 1 some inputs failed.*, 2 usage error/);
});

test("analyze --help documents its options and exit codes, and exits 0", () => {
  const run = triangulate("analyze", "--help");
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Usage: triangulate analyze \[options\] \[inputs\.\.\.\]/);
  assert.match(run.stdout, /--feed <url>/);
  assert.match(run.stdout, /--allow-private-network/);
  for (const option of ["--out", "--max-bytes", "--quiet", "--no-progress"])
    assert.ok(run.stdout.includes(option), option);
  assert.match(run.stdout, /Exit codes: 0 success, 1 some inputs failed.*, 2 usage error/);
});

test("no arguments at all is a usage error: exit 2, help on stderr", () => {
  const run = triangulate();
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Usage: triangulate/);
  assert.equal(run.stdout, "");
});

test("analyze without a path, an unknown option or an unknown command is a usage error (exit 2)", () => {
  const cases: [string[], RegExp][] = [
    [["analyze"], /expected at least one file, folder, URL or --feed, found none/],
    [["analyze", "--bogus", "x"], /unknown option '--bogus'/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["analyze", "--max-bytes", "-3", "x"], /expected a positive whole number, found "-3"/],
    [["analyze", "--max-bytes", "ten", "x"], /expected a positive whole number, found "ten"/],
  ];
  for (const [args, message] of cases) {
    const run = triangulate(...args);
    assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, message, args.join(" "));
    assert.ok(!run.stderr.includes("    at "), `${args.join(" ")}: no stack trace`);
  }
});

test("a missing path still writes the report, lists it under problems and exits 1", async () => {
  await withTempDir(async (dir) => {
    const inputs = await goodFolder(dir);
    const missing = join(dir, "no-such-folder");
    const out = join(dir, "out");
    const run = triangulate("analyze", missing, inputs, "--out", out);
    assert.equal(run.status, 1, run.stderr);
    for (const name of ["report.json", "report.md", "report.html"])
      assert.ok(existsSync(join(out, name)), name);
    const report = await readReport(out);
    assert.deepEqual(
      report.problems.map((p) => [p.input, p.code]),
      [[missing, "input_not_found"]],
    );
    assert.equal(report.reports.length, 2, "the paths that exist are still analysed");
    assert.ok(run.stdout.includes(missing), "the missing path is listed on stdout");
  });
});

test("a good folder exits 0 and the summary gives the number of stories", async () => {
  await withTempDir(async (dir) => {
    const inputs = await goodFolder(dir);
    const out = join(dir, "out");
    const run = triangulate("analyze", inputs, "--out", out);
    assert.equal(run.status, 0, run.stderr);
    const report = await readReport(out);
    assert.equal(report.reports.length, 2);
    assert.deepEqual(report.problems, []);
    const stories = report.stories.length;
    assert.ok(stories >= 1);
    const found = new RegExp(`^${stories} (story|stories) found in 2 reports:`, "m");
    assert.match(run.stdout, found);
    assert.match(run.stdout, /^0 problems\.$/m);
    assert.ok(run.stdout.includes(join(out, "report.json")), "says where the report was written");
  });
});

test("--summary-words sets the length of each story's summary", async () => {
  await withTempDir(async (dir) => {
    const inputs = await goodFolder(dir);
    const words = async (n: string) => {
      const out = join(dir, `out${n}`);
      const run = triangulate("analyze", inputs, "--out", out, "--summary-words", n, "-q");
      assert.equal(run.status, 0, run.stderr);
      const report = await readReport(out);
      return report.stories.flatMap((s) => s.summary).reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
    };
    const short = await words("15");
    const long = await words("300");
    assert.ok(short > 0 && short < long, `expected fewer words at 15 (${short}) than at 300 (${long})`);
    const bad = triangulate("analyze", inputs, "--out", join(dir, "bad"), "--summary-words", "none");
    assert.equal(bad.status, 2);
  });
});

test("--quiet prints nothing on success and only the problems, on stderr, otherwise", async () => {
  await withTempDir(async (dir) => {
    const inputs = await goodFolder(dir);
    const ok = triangulate("analyze", inputs, "--out", join(dir, "out"), "--quiet");
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, "");
    assert.equal(ok.stderr, "");

    const missing = join(dir, "gone.txt");
    const failed = triangulate("analyze", inputs, missing, "--out", join(dir, "out"), "-q");
    assert.equal(failed.status, 1);
    assert.equal(failed.stdout, "");
    assert.equal(failed.stderr, `${missing}: no such file or folder (input_not_found)\n`);
  });
});

test("an --out that is a file is a usage error with a message, not a crash", async () => {
  await withTempDir(async (dir) => {
    const inputs = await goodFolder(dir);
    const blocker = join(dir, "report-here");
    await writeFile(blocker, "not a folder");
    const run = triangulate("analyze", inputs, "--out", blocker);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /expected --out ".*report-here" to be a folder that can be written, found a file in the way/,
    );
    assert.ok(!run.stderr.includes("    at "), "no stack trace");
  });
});
