/** Reads an evaluation data set in JSON lines: the text of the file, or a usage error naming it. */
import { readFile } from "node:fs/promises";
import { ErrorCode, TriangulateError } from "../model/errors.js";

/** The file's non-blank lines with their 1-based line numbers; a missing file is an error naming it. */
export async function readEvalLines(file: string): Promise<{ line: string; number: number }[]> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    throw new TriangulateError(
      ErrorCode.InputNotFound,
      `expected a JSON lines file at ${file}, found none`,
      file,
    );
  }
  return raw.split("\n").flatMap((line, i) => (line.trim() === "" ? [] : [{ line, number: i + 1 }]));
}

/**
 * The file's lines parsed as JSON objects, with their line numbers. No lines is an error ("expected `what` in
 * FILE"), and so is a line that is not JSON (naming the line).
 */
export async function readEvalRecords(
  file: string,
  what: string,
): Promise<{ record: Record<string, unknown>; number: number }[]> {
  const lines = await readEvalLines(file);
  if (lines.length === 0)
    throw new TriangulateError(ErrorCode.EmptyInput, `expected ${what} in ${file}, found none`, file);
  return lines.map(({ line, number }) => {
    try {
      const record = JSON.parse(line);
      if (record !== null && typeof record === "object" && !Array.isArray(record)) return { record, number };
    } catch {
      // reported below
    }
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected a JSON object on line ${number} of ${file}, found ${line.slice(0, 40)}`,
      file,
    );
  });
}
