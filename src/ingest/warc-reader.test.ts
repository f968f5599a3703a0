/** Tests for reading the HTML pages out of small invented web archives, plain and gzipped. */
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { withTempDir } from "./fixture-reports.js";
import { CRLF, http, record, response } from "./fixture-warc.js";
import { readWarc, type WarcPage } from "./warc-reader.js";

const FIRE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour fire</title></head>
<body><p>A fire destroyed a timber warehouse on the north quay — boats wait.</p></body></html>`;
// Latin-1 bytes: é (0xE9) and curly quotes 0x93/0x94, which the WHATWG iso-8859-1 label reads as Windows-1252.
const FERRY_HTML =
  "<html><body><p>The caf\u00e9 by the pier said \u201cno ferries today\u201d.</p></body></html>";

/** warcinfo, request, HTML (UTF-8), HTML (ISO-8859-1), metadata, PNG, 404, revisit — in that order. */
function archiveRecords(): Buffer[] {
  const fireUrl = "https://tribune.example/news/harbour-fire";
  const request = `GET /news/harbour-fire HTTP/1.1${CRLF}Host: tribune.example${CRLF}${CRLF}`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  return [
    record(
      "warcinfo",
      { "WARC-Date": "2025-03-11T00:00:00Z", "Content-Type": "application/warc-fields" },
      Buffer.from(`software: hand-written test fixture${CRLF}format: WARC File Format 1.0${CRLF}`),
    ),
    record(
      "request",
      {
        "WARC-Target-URI": fireUrl,
        "WARC-Date": "2025-03-11T23:59:58Z",
        "Content-Type": "application/http; msgtype=request",
      },
      Buffer.from(request),
    ),
    response(
      fireUrl,
      "2025-03-11T23:59:59Z",
      http("200 OK", { "Content-Type": "text/html; charset=utf-8" }, Buffer.from(FIRE_HTML, "utf8")),
    ),
    response(
      "https://gazette.example/ferries",
      "2025-03-12T08:00:00Z",
      http("200 OK", { "Content-Type": 'text/html; charset="ISO-8859-1"' }, latin1(FERRY_HTML)),
    ),
    record(
      "metadata",
      { "WARC-Target-URI": fireUrl, "WARC-Date": "2025-03-12T00:00:01Z", "Content-Type": "text/html" },
      Buffer.from("<html><body>not a page</body></html>"),
    ),
    response(
      "https://tribune.example/img/quay.png",
      "2025-03-12T00:00:02Z",
      http("200 OK", { "Content-Type": "image/png" }, png),
    ),
    response(
      "https://tribune.example/missing",
      "2025-03-12T00:00:03Z",
      http(
        "404 Not Found",
        { "Content-Type": "text/html" },
        Buffer.from("<html><body>Not found</body></html>"),
      ),
    ),
    record(
      "revisit",
      {
        "WARC-Target-URI": fireUrl,
        "WARC-Date": "2025-03-13T00:00:00Z",
        "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
      },
      http("200 OK", { "Content-Type": "text/html" }, Buffer.alloc(0)),
    ),
  ];
}

/** ISO-8859-1 bytes as a browser would send them for the Windows-1252 repertoire. */
function latin1(text: string): Buffer {
  return Buffer.from(text.replace("\u201c", "\x93").replace("\u201d", "\x94"), "latin1");
}

async function readAll(path: string): Promise<WarcPage[]> {
  const pages: WarcPage[] = [];
  for await (const page of readWarc(path)) pages.push(page);
  return pages;
}

const EXPECTED: WarcPage[] = [
  { url: "https://tribune.example/news/harbour-fire", date: "2025-03-11", html: FIRE_HTML, recordIndex: 2 },
  { url: "https://gazette.example/ferries", date: "2025-03-12", html: FERRY_HTML, recordIndex: 3 },
];

test("yields only the two HTML 200 responses of a plain .warc, decoded by their charsets", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "crawl.warc");
    await writeFile(path, Buffer.concat(archiveRecords()));
    assert.deepEqual(await readAll(path), EXPECTED);
  });
});

test("reads a .warc.gz whose records are gzipped one by one", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "crawl.warc.gz");
    await writeFile(path, Buffer.concat(archiveRecords().map((r) => gzipSync(r))));
    assert.deepEqual(await readAll(path), EXPECTED);
  });
});

test("undoes chunked transfer encoding and gzip content encoding; no charset means UTF-8", async () => {
  await withTempDir(async (dir) => {
    const html = "<html><body><p>Ørsted’s turbines</p></body></html>";
    const gz = gzipSync(Buffer.from(html, "utf8"));
    const chunked = Buffer.concat([
      Buffer.from(`${gz.length.toString(16)}\r\n`),
      gz,
      Buffer.from("\r\n0\r\n\r\n"),
    ]);
    const headers = {
      "Content-Type": "application/xhtml+xml",
      "Content-Encoding": "gzip",
      "Transfer-Encoding": "chunked",
    };
    const path = join(dir, "encoded.warc");
    await writeFile(
      path,
      response("https://wire.example/a/1", "2025-03-14T10:00:00Z", http("200 OK", headers, chunked)),
    );
    assert.deepEqual(await readAll(path), [
      { url: "https://wire.example/a/1", date: "2025-03-14", html, recordIndex: 0 },
    ]);
  });
});

function badWarc(path: string): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof TriangulateError);
    assert.equal(error.code, ErrorCode.BadWarc);
    assert.equal(error.input, path);
    assert.match(error.message, /^expected a WARC file, found /);
    return true;
  };
}

test("a text file, a gzipped text file and an empty file are bad_warc", async () => {
  await withTempDir(async (dir) => {
    const text = "Port Wren harbour reopens on Monday.\nThe council said so.\n";
    const plain = join(dir, "notes.warc");
    const gz = join(dir, "notes.warc.gz");
    const empty = join(dir, "empty.warc");
    await writeFile(plain, text);
    await writeFile(gz, gzipSync(text));
    await writeFile(empty, "");
    await assert.rejects(readAll(plain), badWarc(plain));
    await assert.rejects(readAll(gz), badWarc(gz));
    await assert.rejects(readAll(empty), badWarc(empty));
  });
});

test("a record that does not start with WARC/ after good ones is bad_warc", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "truncated.warc");
    const [info] = archiveRecords();
    await writeFile(
      path,
      Buffer.concat([info as Buffer, Buffer.from("garbage line\r\nmore: stuff\r\n\r\n")]),
    );
    await assert.rejects(readAll(path), badWarc(path));
  });
});

test("a missing file is input_not_found", async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, "nowhere.warc");
    await assert.rejects(
      readAll(path),
      (error) =>
        error instanceof TriangulateError && error.code === ErrorCode.InputNotFound && error.input === path,
    );
  });
});
