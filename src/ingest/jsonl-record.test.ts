/** Tests for reading one .jsonl line into a report, and for .jsonl files read a line at a time. */
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { TriangulateError } from "../model/errors.js";
import { WIRE_RECORD, withTempDir } from "./fixture-reports.js";
import { parseJsonlLine } from "./jsonl-record.js";
import { type ReadResult, readReports } from "./report-reader.js";

const ARTICLE_HTML = `<html><head><meta property="og:site_name" content="Port Wren Tribune">
<meta property="article:published_time" content="2031-03-13T22:10:00Z"></head>
<body><article><h1>Warehouse fire on the north quay</h1>
<p>A fire destroyed a timber warehouse on the north quay of Port Wren harbour late on Thursday, the town's fire brigade said.</p>
<p>At least 40 firefighters fought the flames for six hours before bringing them under control, brigade chief Maren Tolly said.</p>
</article></body></html>`;

function assertBadLine(line: string, message: RegExp): void {
  assert.throws(
    () => parseJsonlLine(line, "wire.jsonl:4", "wire-4"),
    (error: unknown) => {
      assert.ok(error instanceof TriangulateError);
      assert.equal(error.code, "bad_json_line");
      assert.equal(error.input, "wire.jsonl:4");
      assert.match(error.message, message);
      return true;
    },
  );
}

test("a text record keeps its id, outlet, title and publication day", () => {
  const report = parseJsonlLine(JSON.stringify(WIRE_RECORD), "wire.jsonl:1", "wire-1");
  assert.deepEqual(report, {
    id: "wire-1",
    input: "wire.jsonl:1",
    format: "jsonl",
    url: null,
    published: "2031-03-14",
    publishedBasis: "jsonl published field",
    text: WIRE_RECORD.text,
    title: "Crews contain blaze at Port Wren quay",
    outlet: "Coastline Wire",
    captions: [],
  });
});

test("a record without an id is named after the file and line; a numeric id becomes a string", () => {
  assert.equal(
    parseJsonlLine(JSON.stringify({ text: WIRE_RECORD.text }), "wire.jsonl:7", "wire-7").id,
    "wire-7",
  );
  assert.equal(
    parseJsonlLine(JSON.stringify({ id: 42, text: WIRE_RECORD.text }), "wire.jsonl:8", "wire-8").id,
    "42",
  );
});

test("an html record is extracted like an HTML page; fields in the record win over the page's", () => {
  const report = parseJsonlLine(
    JSON.stringify({ id: "tribune-web", html: ARTICLE_HTML, title: "Fire on the quay" }),
    "web.jsonl:1",
    "web-1",
  );
  assert.equal(report.title, "Fire on the quay");
  assert.equal(report.outlet, "Port Wren Tribune");
  assert.equal(report.published, "2031-03-13");
  assert.equal(report.publishedBasis, "meta article:published_time");
  assert.match(report.text, /^A fire destroyed a timber warehouse/);
});

test("lines that are not a JSON object of the right shape are bad_json_line, in 'expected X, found Y' words", () => {
  assertBadLine("this line is not JSON", /^expected a JSON object, found invalid JSON/);
  assertBadLine('["fire", "quay"]', /^expected a JSON object, found an array of 2$/);
  assertBadLine('"fire on the quay"', /^expected a JSON object, found the string "fire on the quay"$/);
  assertBadLine(
    '{"id": "x", "outlet": "Coastline Wire"}',
    /^expected a non-empty "text" or "html" field, found neither$/,
  );
  assertBadLine('{"text": "   "}', /^expected a non-empty "text" or "html" field, found only whitespace$/);
  assertBadLine('{"text": 42}', /^field "text": expected a string, found number$/);
  assertBadLine(
    '{"id": "", "text": "Boats burned."}',
    /^field "id": expected a non-empty string or a number, found the string ""$/,
  );
});

async function readAll(file: string, maxBytes = 10 * 1024 * 1024): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readReports(file, { maxBytes })) results.push(result);
  return results;
}

test("a .jsonl file gives one result a line, skips blank lines and names problems file:line", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "wire.jsonl");
    await writeFile(file, `${JSON.stringify(WIRE_RECORD)}\r\n\r\n{"id": "w3"}\r\n`);
    const results = await readAll(file);
    assert.equal(results.length, 2);
    assert.ok(results[0] && "report" in results[0]);
    assert.equal(results[0].report.input, `${file}:1`);
    assert.deepEqual(results[1], {
      problem: {
        input: `${file}:3`,
        code: "bad_json_line",
        message: 'expected a non-empty "text" or "html" field, found neither',
      },
    });
  });
});

test("a UTF-8 BOM at the start of a .jsonl file does not spoil its first line", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "bom.jsonl");
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(WIRE_RECORD))]),
    );
    const results = await readAll(file);
    assert.equal(results.length, 1);
    assert.ok(results[0] && "report" in results[0], JSON.stringify(results[0]));
    assert.equal(results[0].report.id, "wire-1");
  });
});

test("a .jsonl line with invalid UTF-8 is bad_encoding on that line only", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "wire.jsonl");
    const broken = Buffer.concat([
      Buffer.from('{"text": "Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' on the quay burned."}\n'),
    ]);
    await writeFile(file, Buffer.concat([broken, Buffer.from(`${JSON.stringify(WIRE_RECORD)}\n`)]));
    const results = await readAll(file);
    assert.deepEqual(results[0], {
      problem: {
        input: `${file}:1`,
        code: "bad_encoding",
        message: "expected valid UTF-8, found invalid byte sequences",
      },
    });
    assert.ok(results[1] && "report" in results[1]);
  });
});

test("a .jsonl line over the size cap is too_large; an empty .jsonl file is empty_input", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "wire.jsonl");
    const line = JSON.stringify(WIRE_RECORD);
    await writeFile(file, `${line}\n`);
    const [result] = await readAll(file, 100);
    assert.deepEqual(result, {
      problem: {
        input: `${file}:1`,
        code: "too_large",
        message: `expected at most 100 bytes a line, found ${Buffer.byteLength(line)}`,
      },
    });
    const empty = join(dir, "empty.jsonl");
    await writeFile(empty, "\n\n");
    assert.deepEqual(await readAll(empty), [
      { problem: { input: empty, code: "empty_input", message: "expected JSON lines, found none" } },
    ]);
  });
});

test("a .jsonl file saved as UTF-16 without a byte order mark is one bad_encoding problem", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "wire16.jsonl");
    await writeFile(
      file,
      Buffer.from(`${JSON.stringify(WIRE_RECORD)}\n${JSON.stringify(WIRE_RECORD)}\n`, "utf16le"),
    );
    assert.deepEqual(await readAll(file), [
      {
        problem: {
          input: file,
          code: "bad_encoding",
          message: "expected JSON lines in UTF-8, found UTF-16 text (save the file as UTF-8)",
        },
      },
    ]);
  });
});
