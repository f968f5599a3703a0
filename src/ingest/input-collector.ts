/** Expands the paths a user gives into a sorted list of input files, recursing into folders. */
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { ErrorCode } from "../model/errors.js";
import type { Problem } from "../model/report-schema.js";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl", ".warc", ".warc.gz"] as const;

/** The input's kind by its extension, ".warc.gz" counted as one; lower-cased. */
export function inputExtension(path: string): string {
  return /\.warc\.gz$/i.test(path) ? ".warc.gz" : extname(path).toLowerCase();
}

export interface CollectedInputs {
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

/** Files named directly must be supported; files met inside folders are skipped quietly when they are not. */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      problems.push({ input: path, code: ErrorCode.InputNotFound, message: "no such file or folder" });
    } else if (info.isDirectory()) {
      files.push(...(await walk(path)));
    } else if (isSupported(path)) {
      files.push(path);
    } else {
      problems.push({
        input: path,
        code: ErrorCode.UnsupportedFormat,
        message: `expected one of ${SUPPORTED_EXTENSIONS.join(", ")}, found "${extname(path) || "no extension"}"`,
      });
    }
  }
  return { files: uniqueFiles(files), problems };
}

/** Drops a file met twice ("./a/b.txt" and, through its folder, "a/b.txt"), keeping the first spelling. */
function uniqueFiles(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(inputExtension(path));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && isSupported(full)) out.push(full);
  }
  return out;
}
