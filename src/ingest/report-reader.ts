/** Reads one input file into raw reports, turning each unreadable report into a problem instead of a crash. */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import type { RawReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { Problem } from "../model/report-schema.js";
import { articleReport } from "./article-report.js";
import { decodeWebText, sniffCharset } from "./html-charset.js";
import { extractArticle } from "./html-extractor.js";
import { fileSystemReason, inputExtension } from "./input-collector.js";
import { parseJsonlLine } from "./jsonl-record.js";
import { markdownToText } from "./markdown-text.js";
import { byteOrderMark, decodeText, guessUtf16, strictUtf8 } from "./text-decoder.js";
import { urlId } from "./url-id.js";
import { readWarc } from "./warc-reader.js";

export interface ReadOptions {
  /** Largest single-report file read, in bytes; .jsonl files are read a line at a time instead. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult = { readonly report: RawReport } | { readonly problem: Problem };

export async function* readReports(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const ext = inputExtension(file);
  if (ext === ".jsonl") {
    yield* readJsonl(file, options);
    return;
  }
  if (ext === ".warc" || ext === ".warc.gz") {
    yield* readWarcReports(file);
    return;
  }
  try {
    const info = await stat(file);
    if (info.size > options.maxBytes) {
      throw new TriangulateError(
        ErrorCode.TooLarge,
        `expected at most ${options.maxBytes} bytes, found ${info.size}`,
        file,
      );
    }
    yield { report: fileReport(file, ext, decodeFile(await readFile(file), ext, file)) };
  } catch (error) {
    yield { problem: toProblem(error, file) };
  }
}

/** A page that declares a legacy charset is decoded by it; everything else must be UTF-8, UTF-16 or Windows-1252. */
function decodeFile(bytes: Uint8Array, ext: string, file: string): string {
  const charset = ext === ".html" || ext === ".htm" ? sniffCharset(bytes) : null;
  if (charset && !/^utf-?8$/i.test(charset) && bytes.length > 0) return decodeWebText(bytes);
  return decodeText(bytes, file).text;
}

function fileReport(file: string, ext: string, text: string): RawReport {
  const base = {
    id: basename(file, extname(file)),
    input: file,
    url: null,
    published: null,
    publishedBasis: null,
  };
  if (ext === ".html" || ext === ".htm") {
    return articleReport(extractArticle(text, file), { ...base, format: "html" });
  }
  if (text.trim() === "") {
    throw new TriangulateError(ErrorCode.EmptyInput, "expected text, found only whitespace", file);
  }
  const md = ext === ".md" ? markdownToText(text) : null;
  return {
    ...base,
    format: "text",
    text: md ? md.text : text,
    title: md?.title ?? null,
    outlet: null,
    captions: [],
  };
}

async function* readJsonl(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  // Read as latin1 (one char a byte) so each line's bytes can be checked and decoded strictly:
  // a stray byte becomes a problem on its line instead of a silent U+FFFD in the text.
  const lines = createInterface({
    input: createReadStream(file, { encoding: "latin1" }),
    crlfDelay: Infinity,
  });
  let lineNo = 0;
  let seen = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const bytes = Buffer.from(raw, "latin1");
      if (lineNo === 1 && isUtf16(bytes)) {
        // Every line would fail on its own; one problem says why.
        const message = "expected JSON lines in UTF-8, found UTF-16 text (save the file as UTF-8)";
        yield { problem: { input: file, code: ErrorCode.BadEncoding, message } };
        return;
      }
      const result = readJsonlLine(bytes, file, lineNo, options);
      if (!result) continue;
      seen++;
      yield result;
    }
  } catch (error) {
    yield { problem: toProblem(error, file) };
    return;
  }
  if (seen === 0) {
    yield {
      problem: { input: file, code: ErrorCode.EmptyInput, message: "expected JSON lines, found none" },
    };
  }
}

/** UTF-16 by its byte order mark, or by the NUL beside each ASCII character of a JSON line. */
function isUtf16(bytes: Uint8Array): boolean {
  const bom = byteOrderMark(bytes);
  return bom === "utf-16le" || bom === "utf-16be" || guessUtf16(bytes) !== null;
}

/** The 1-based line a report read from a .jsonl file came from (its input is `file:line`), else null. */
export function jsonlLineOf(input: string): number | null {
  const line = /:(\d+)$/.exec(input)?.[1];
  return line === undefined ? null : Number(line);
}

/** One line's bytes to a report or a problem named `file:line`; null for a blank line. */
function readJsonlLine(bytes: Buffer, file: string, lineNo: number, options: ReadOptions): ReadResult | null {
  const input = `${file}:${lineNo}`;
  const bom = lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    if (body.length > options.maxBytes) {
      throw new TriangulateError(
        ErrorCode.TooLarge,
        `expected at most ${options.maxBytes} bytes a line, found ${body.length}`,
        input,
      );
    }
    const line = strictUtf8(body, input);
    if (line.trim() === "") return null;
    return { report: parseJsonlLine(line, input, `${basename(file, ".jsonl")}-${lineNo}`) };
  } catch (error) {
    return { problem: toProblem(error, input) };
  }
}

/** Each HTML page archived in a WARC file is one report; a page without an article is one problem. */
async function* readWarcReports(file: string): AsyncGenerator<ReadResult> {
  try {
    for await (const page of readWarc(file)) {
      const input = `${file}#${page.recordIndex}`;
      try {
        const article = extractArticle(page.html, input, page.url);
        yield {
          report: articleReport(article, { id: urlId(page.url), input, format: "html", url: page.url }),
        };
      } catch (error) {
        yield { problem: toProblem(error, input) };
      }
    }
  } catch (error) {
    yield { problem: toProblem(error, file) };
  }
}

export function toProblem(error: unknown, input: string): Problem {
  if (error instanceof TriangulateError) {
    return { input: error.input ?? input, code: error.code, message: error.message };
  }
  // The file system refused (permission denied, removed while the run read it): the input, not our code.
  if (typeof (error as NodeJS.ErrnoException)?.syscall === "string") {
    const message = `expected a file that can be read, found ${fileSystemReason(error)}`;
    return { input, code: ErrorCode.InputNotFound, message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { input, code: ErrorCode.Internal, message };
}
