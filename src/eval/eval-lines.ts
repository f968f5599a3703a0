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
