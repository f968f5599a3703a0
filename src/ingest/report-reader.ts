/** Reads one input file into raw reports, turning each unreadable report into a problem instead of a crash. */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import type { RawReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { Problem } from "../model/report-schema.js";
import { extractArticle } from "./html-extractor.js";
import { parseJsonlLine } from "./jsonl-record.js";
import { markdownToText } from "./markdown-text.js";
import { decodeText } from "./text-decoder.js";

export interface ReadOptions {
  /** Largest single-report file read, in bytes; .jsonl files are read a line at a time instead. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadResult = { readonly report: RawReport } | { readonly problem: Problem };

export async function* readReports(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl") {
    yield* readJsonl(file, options);
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
    const { text } = decodeText(await readFile(file), file);
    yield { report: fileReport(file, ext, text) };
  } catch (error) {
    yield { problem: toProblem(error, file) };
  }
}

function fileReport(file: string, ext: string, text: string): RawReport {
  const base = { id: basename(file, extname(file)), input: file, url: null, published: null, publishedBasis: null };
  if (ext === ".html" || ext === ".htm") {
    const article = extractArticle(text, file);
    return { ...base, ...article, format: "html", text: article.text };
  }
  if (text.trim() === "") throw new TriangulateError(ErrorCode.EmptyInput, "the file holds only whitespace", file);
  const md = ext === ".md" ? markdownToText(text) : null;
  return { ...base, format: "text", text: md ? md.text : text, title: md?.title ?? null, outlet: null, captions: [] };
}

async function* readJsonl(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  let seen = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === "") continue;
      seen++;
      const input = `${file}:${lineNo}`;
      try {
        if (line.length > options.maxBytes) {
          throw new TriangulateError(ErrorCode.TooLarge, `expected at most ${options.maxBytes} bytes a line`, input);
        }
        yield { report: parseJsonlLine(line, input, `${basename(file, ".jsonl")}-${lineNo}`) };
      } catch (error) {
        yield { problem: toProblem(error, input) };
      }
    }
  } catch (error) {
    yield { problem: toProblem(error, file) };
  }
  if (seen === 0) yield { problem: { input: file, code: ErrorCode.EmptyInput, message: "the file holds no lines" } };
}

export function toProblem(error: unknown, input: string): Problem {
  if (error instanceof TriangulateError) return { input: error.input ?? input, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { input, code: ErrorCode.Internal, message };
}
