/** Tests for expanding the paths a user names into the files to read. */
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { test } from "node:test";
import { TRIBUNE_TXT, withTempDir } from "./fixture-reports.js";
import { collectInputs } from "./input-collector.js";

/** Writes each relative path (creating folders) with a short report text. */
async function layOut(dir: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), TRIBUNE_TXT);
  }
}

test("recurses into nested folders and returns the files in sorted order", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, [
      "wire/day2/b.jsonl",
      "wire/day1/a.jsonl",
      "tribune.txt",
      "gazette.md",
      "web/page.HTML",
      "web/old-page.htm",
    ]);
    const { files, problems } = await collectInputs([dir]);
    assert.deepEqual(
      files,
      [
        "gazette.md",
        "tribune.txt",
        "web/old-page.htm",
        "web/page.HTML",
        "wire/day1/a.jsonl",
        "wire/day2/b.jsonl",
      ].map((p) => join(dir, p)),
    );
    assert.deepEqual(problems, []);
  });
});

test("skips hidden files and hidden folders", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, ["report.txt", ".draft.txt", ".git/notes.md", "sub/.cache/old.txt", "sub/kept.md"]);
    const { files, problems } = await collectInputs([dir]);
    assert.deepEqual(files, [join(dir, "report.txt"), join(dir, "sub/kept.md")]);
    assert.deepEqual(problems, []);
  });
});

test("skips files of other types inside a folder quietly", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, ["notes.docx", "photo.jpg", "README", "report.txt"]);
    const { files, problems } = await collectInputs([dir]);
    assert.deepEqual(files, [join(dir, "report.txt")]);
    assert.deepEqual(problems, []);
  });
});

test("an unsupported file named directly is an unsupported_format problem", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, ["notes.docx", "README", "report.txt"]);
    const { files, problems } = await collectInputs([
      join(dir, "notes.docx"),
      join(dir, "README"),
      join(dir, "report.txt"),
    ]);
    assert.deepEqual(files, [join(dir, "report.txt")]);
    assert.deepEqual(problems, [
      {
        input: join(dir, "notes.docx"),
        code: "unsupported_format",
        message: 'expected one of .txt, .md, .html, .htm, .jsonl, .warc, .warc.gz, found ".docx"',
      },
      {
        input: join(dir, "README"),
        code: "unsupported_format",
        message: 'expected one of .txt, .md, .html, .htm, .jsonl, .warc, .warc.gz, found "no extension"',
      },
    ]);
  });
});

test("a missing path is input_not_found; the other paths are still collected", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, ["report.txt"]);
    const missing = join(dir, "no-such-folder");
    const { files, problems } = await collectInputs([missing, dir]);
    assert.deepEqual(files, [join(dir, "report.txt")]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.input, missing);
    assert.equal(problems[0]?.code, "input_not_found");
  });
});

test("a file named both directly and through its folder is read once", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, ["report.txt"]);
    const { files } = await collectInputs([join(dir, "report.txt"), dir]);
    assert.deepEqual(files, [join(dir, "report.txt")]);
    // The same file spelt two ways: "./tmp/x/report.txt" given, "tmp/x/report.txt" found in the folder.
    const relativeDir = relative(process.cwd(), dir);
    const spelt = `.${sep}${join(relativeDir, "report.txt")}`;
    assert.deepEqual((await collectInputs([spelt, relativeDir])).files, [spelt]);
  });
});
