/** One batch of broken inputs beside good ones: each broken input is one problem, the good reports are analysed. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { analyze } from "../analyze.js";
import { reportSchema, type TriangulateReport } from "../model/report-schema.js";
import { GAZETTE_BODY, GAZETTE_MD, TRIBUNE_BODY, TRIBUNE_TXT, WIRE_RECORD } from "./fixture-reports.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

const NAV_ONLY_HTML = `<!doctype html>
<html><head><title>Port Wren Tribune</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
  <footer><p>© 2031 Port Wren Tribune. All rights reserved.</p></footer>
</body></html>
`;

/** What a crawler gets from an archive's capture page: the archive's note on its crawl, no article. */
const ARCHIVE_NOTICE_HTML = `<!doctype html>
<html><head><title>Capture | Port Wren Tribune</title></head>
<body>
  <article>
    <h1>Port Wren Tribune, captured 12 March 2031</h1>
    <p>Since 2003, Northwind Search has given its crawl data to the Internet Archive. Every day the new captures are added to the Wayback Machine after an embargo period, so that a page can be seen as it was when it was first published, and a link that breaks later still leads somewhere.</p>
    <p>The seed list for this crawl was every host that Northwind Search had indexed in the month before the crawl began. The WARC files of this crawl are not currently available to the general public, but the captures can be browsed from the calendar.</p>
    <p>Learn more</p>
  </article>
</body></html>
`;

let dir: string;
/** Each broken input (file, or file:line for .jsonl) and the problem code it must give. */
let expected: Map<string, string>;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "triangulate-bad-input-"));
  const at = (name: string) => join(dir, name);
  await writeFile(at("empty.txt"), "");
  await writeFile(at("photo.txt"), Buffer.concat([Buffer.from(PNG_HEADER), Buffer.alloc(256)]));
  // 50 MB of plain text: over the 10 MiB default cap, so it is refused on its size alone.
  await writeFile(at("huge.txt"), Buffer.alloc(50 * 1024 * 1024, "a "));
  await writeFile(
    at("mixed-encoding.txt"),
    Buffer.concat([
      Buffer.from("Café owners on the quay said “the smoke came fast”.", "utf8"),
      Buffer.from([0xff]),
      Buffer.from(" Then the roof fell in.\n", "utf8"),
    ]),
  );
  await writeFile(at("nav-only.html"), NAV_ONLY_HTML);
  await writeFile(at("capture.html"), ARCHIVE_NOTICE_HTML);
  const { text: _text, ...noText } = WIRE_RECORD;
  await writeFile(
    at("wire.jsonl"),
    `${JSON.stringify(WIRE_RECORD)}\nthis line is not JSON at all\n${JSON.stringify({ ...noText, id: "wire-3" })}\n`,
  );
  // The same record saved as UTF-16 (with its byte order mark): one problem for the file, not one a line.
  await writeFile(
    at("utf16.jsonl"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${JSON.stringify(WIRE_RECORD)}\n`, "utf16le")]),
  );
  await symlink(at("moved-away.txt"), at("gone.txt"));
  await writeFile(at("tribune.txt"), TRIBUNE_TXT);
  await writeFile(at("gazette.md"), GAZETTE_MD);
  expected = new Map([
    [at("empty.txt"), "empty_input"],
    [at("photo.txt"), "binary_input"],
    [at("huge.txt"), "too_large"],
    [at("mixed-encoding.txt"), "bad_encoding"],
    [at("nav-only.html"), "no_article"],
    [at("capture.html"), "no_article"],
    [`${at("wire.jsonl")}:2`, "bad_json_line"],
    [`${at("wire.jsonl")}:3`, "bad_json_line"],
    [at("utf16.jsonl"), "bad_encoding"],
    [at("gone.txt"), "input_not_found"],
  ]);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function assertProblems(report: TriangulateReport): void {
  for (const [input, code] of expected) {
    const found = report.problems.filter((p) => p.input === input);
    assert.equal(found.length, 1, `exactly one problem for ${input}, got ${JSON.stringify(found)}`);
    assert.equal(found[0]?.code, code, `code for ${input}`);
    assert.match(found[0]?.message ?? "", /^expected .+, found .+/, `message for ${input}`);
  }
  assert.deepEqual(
    report.problems.map((p) => p.input).sort(),
    [...expected.keys()].sort(),
    "no other problems",
  );
}

test("analyze() turns each bad input into one problem with a stable code", async () => {
  const report = await analyze(dir);
  assertProblems(report);
  const byInput = new Map(report.problems.map((p) => [p.input, p.message]));
  assert.match(byInput.get(join(dir, "huge.txt")) ?? "", /expected at most 10485760 bytes, found 52428800/);
  assert.equal(
    byInput.get(join(dir, "capture.html")),
    "expected an article in the HTML page, found a web archive notice in place of it",
  );
  assert.match(
    byInput.get(`${join(dir, "wire.jsonl")}:2`) ?? "",
    /expected a JSON object, found invalid JSON/,
  );
  assert.match(
    byInput.get(`${join(dir, "wire.jsonl")}:3`) ?? "",
    /expected a non-empty "text" or "html" field/,
  );
  assert.equal(
    byInput.get(join(dir, "utf16.jsonl")),
    "expected JSON lines in UTF-8, found UTF-16 text (save the file as UTF-8)",
  );
  assert.equal(
    byInput.get(join(dir, "gone.txt")),
    "expected a file at the end of this link, found nothing there",
  );
});

test("analyze() still analyses every good report in the batch, with its cleaned text", async () => {
  const report = await analyze(dir);
  const byId = new Map(report.reports.map((r) => [r.id, r]));
  assert.deepEqual([...byId.keys()].sort(), ["gazette", "tribune", "wire-1"]);

  const tribune = byId.get("tribune");
  assert.equal(tribune?.input, join(dir, "tribune.txt"));
  assert.equal(tribune?.title, "Fire destroys warehouse on Port Wren harbour");
  assert.equal(tribune?.text, TRIBUNE_BODY);

  const gazette = byId.get("gazette");
  assert.equal(gazette?.input, join(dir, "gazette.md"));
  assert.equal(gazette?.title, "Harbour blaze leaves quay in ruins");
  assert.equal(gazette?.text, GAZETTE_BODY);

  const wire = byId.get("wire-1");
  assert.equal(wire?.input, `${join(dir, "wire.jsonl")}:1`);
  assert.equal(wire?.outlet, "Coastline Wire");
  assert.equal(wire?.published.date, "2031-03-14");
  assert.equal(wire?.text, WIRE_RECORD.text);

  assert.ok(report.stories.length >= 1, "the good reports make at least one story");
});

test("the CLI writes all three report files, lists the problems and exits 1", async () => {
  const out = await mkdtemp(join(tmpdir(), "triangulate-bad-input-out-"));
  try {
    const run = spawnSync(process.execPath, ["bin/triangulate", "analyze", dir, "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(run.status, 1, run.stderr);
    for (const name of ["report.json", "report.md", "report.html"]) {
      assert.ok(existsSync(join(out, name)), `${name} written`);
    }
    const parsed = reportSchema.safeParse(JSON.parse(await readFile(join(out, "report.json"), "utf8")));
    assert.ok(parsed.success, parsed.success ? "" : parsed.error.message);
    assertProblems(parsed.data);
    assert.equal(parsed.data.reports.length, 3);
    assert.match(run.stdout, new RegExp(`${expected.size} problems:`));
    for (const input of expected.keys())
      assert.ok(run.stdout.includes(`${input}: expected `), `stdout lists ${input}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
