/** Tests for expanding the paths a user names into the files to read. */
import assert from "node:assert/strict";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { test } from "node:test";
import { TRIBUNE_TXT, withTempDir } from "./fixture-reports.js";
import { collectInputs } from "./input-collector.js";
import { toProblem } from "./report-reader.js";

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

test("follows links inside a folder, to files and to folders, and names a link to nothing", async () => {
  await withTempDir(async (dir) => {
    await layOut(dir, ["store/a.txt", "store/deep/b.md", "feed/c.txt"]);
    await symlink(join(dir, "store/a.txt"), join(dir, "feed/a-link.txt"));
    await symlink(join(dir, "store/deep"), join(dir, "feed/deep-link"));
    await symlink(join(dir, "store/missing.txt"), join(dir, "feed/broken.txt"));
    await symlink(join(dir, "store/missing.jpg"), join(dir, "feed/broken.jpg"));
    // A link back up to the folder itself is walked once, not for ever.
    await symlink(dir, join(dir, "feed/loop"));
    const { files, problems } = await collectInputs([join(dir, "feed")]);
    const rel = files.map((f) => relative(dir, f).split(sep).join("/"));
    assert.deepEqual(rel, ["feed/a-link.txt", "feed/c.txt", "feed/deep-link/b.md", "feed/loop/store/a.txt"]);
    assert.deepEqual(problems, [
      {
        input: join(dir, "feed/broken.txt"),
        code: "input_not_found",
        message: "expected a file at the end of this link, found nothing there",
      },
    ]);
  });
});

test("a file the system will not let us read is an input problem, not an internal error", () => {
  const denied = Object.assign(new Error("EACCES: permission denied, open '/srv/a.txt'"), {
    code: "EACCES",
    syscall: "open",
  });
  assert.deepEqual(toProblem(denied, "/srv/a.txt"), {
    input: "/srv/a.txt",
    code: "input_not_found",
    message: "expected a file that can be read, found permission denied",
  });
});
