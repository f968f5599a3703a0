/** Reads the HTML pages (HTTP 200 responses) out of a .warc or .warc.gz web archive, with warcio. */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { WARCParser, type WARCRecord } from "warcio";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { decodeWebText } from "./html-charset.js";

export interface WarcPage {
  /** The WARC-Target-URI. */
  readonly url: string;
  /** YYYY-MM-DD from WARC-Date (always UTC). */
  readonly date: string | null;
  /** The payload, de-chunked and uncompressed, decoded by the HTTP charset, else as UTF-8 (see `decodeWebText`). */
  readonly html: string;
  /** The record's position in the archive, counting every record from 0. */
  readonly recordIndex: number;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/**
 * Yields the archive's `response` records with HTTP status 200 and an HTML content type; every other
 * record (warcinfo, request, metadata, revisit, resource, images, errors) is skipped.
 * Throws `bad_warc` for a file that is not a WARC, `input_not_found` for one that cannot be read.
 */
export async function* readWarc(path: string): AsyncGenerator<WarcPage> {
  await checkSignature(path);
  const stream = createReadStream(path);
  try {
    const records = new WARCParser(stream)[Symbol.asyncIterator]();
    for (let index = 0; ; index++) {
      const page = await nextPage(records, path, index);
      if (page === "end") return;
      if (page) yield page;
    }
  } finally {
    stream.destroy();
  }
}

function badWarc(found: string, path: string): TriangulateError {
  return new TriangulateError(ErrorCode.BadWarc, `expected a WARC file, found ${found}`, path);
}

/** A plain WARC starts with "WARC/"; a gzipped one with the gzip magic number (its records are checked later). */
async function checkSignature(path: string): Promise<void> {
  let head: Buffer;
  try {
    const file = await open(path, "r");
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(16), 0, 16, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new TriangulateError(
      ErrorCode.InputNotFound,
      `expected a readable WARC file, found ${reason}`,
      path,
    );
  }
  if (head.length === 0) throw badWarc("an empty file", path);
  if (head[0] === 0x1f && head[1] === 0x8b) return;
  if (!head.toString("latin1").startsWith("WARC/")) {
    throw badWarc(`a file starting ${JSON.stringify(head.toString("latin1"))}`, path);
  }
}

/** Reads the next record: a page, null for a record that is skipped, "end" after the last. */
async function nextPage(
  records: AsyncIterator<WARCRecord>,
  path: string,
  index: number,
): Promise<WarcPage | null | "end"> {
  try {
    const next = await records.next();
    if (next.done) {
      if (index === 0) throw badWarc("no WARC record", path);
      return "end";
    }
    const record = next.value;
    if (!record.warcHeaders.statusline.startsWith("WARC/")) {
      const line = record.warcHeaders.statusline.slice(0, 40);
      throw badWarc(`record ${index} starting ${JSON.stringify(line)} instead of "WARC/"`, path);
    }
    return await toPage(record, index);
  } catch (error) {
    if (error instanceof TriangulateError) throw error;
    throw badWarc(`a broken record at index ${index} (${(error as Error).message})`, path);
  }
}

async function toPage(record: WARCRecord, recordIndex: number): Promise<WarcPage | null> {
  if (record.warcType !== "response" || !record.httpHeaders) return null;
  const http = record.httpHeaders;
  if (!http.statusline.startsWith("HTTP/") || Number(http.statusCode) !== 200) return null;
  const contentType = http.headers.get("content-type") ?? "";
  const mediaType = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  const url = record.warcTargetURI;
  if (!HTML_TYPES.has(mediaType) || !url) return null;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? "")?.[0] ?? null;
  // readFully(true): the payload with chunked transfer and gzip/deflate content encodings undone.
  const body = await record.readFully(true);
  // A BOM, else the HTTP charset (iso-8859-1 read as Windows-1252, as browsers do), else UTF-8, else the
  // charset the page declares, else Windows-1252: a page is never lost to a stray byte.
  return { url, date, html: decodeWebText(body, contentType), recordIndex };
}
