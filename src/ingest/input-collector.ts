/** Expands the paths a user gives into a sorted list of input files, recursing into folders. */
import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
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
      await walk(path, { files, problems, visited: new Set() });
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

interface Walk {
  readonly files: string[];
  readonly problems: Problem[];
  /** Real paths of the folders entered so far: a link back to a parent folder is not followed twice. */
  readonly visited: Set<string>;
}

/**
 * Adds the supported files under `dir`, in name order. Links are followed to what they point at; a link to
 * nothing and a folder that cannot be listed are problems, and the walk goes on.
 */
async function walk(dir: string, into: Walk): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (into.visited.has(real)) return;
  into.visited.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    into.problems.push({
      input: dir,
      code: ErrorCode.InputNotFound,
      message: `expected a folder that can be listed, found ${fileSystemReason(error)}`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await linkTarget(full, into.problems) : entry;
    if (kind?.isDirectory()) await walk(full, into);
    else if (kind?.isFile() && isSupported(full)) into.files.push(full);
  }
}

/** What a link points at, or null (and a problem, when it names a supported file) for a link to nothing. */
async function linkTarget(link: string, problems: Problem[]): Promise<Stats | null> {
  try {
    return await stat(link);
  } catch (error) {
    if (isSupported(link))
      problems.push({
        input: link,
        code: ErrorCode.InputNotFound,
        message: `expected a file at the end of this link, found ${fileSystemReason(error)}`,
      });
    return null;
  }
}

/** Why the file system refused, in words ("permission denied", "nothing there"). */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "nothing there";
  if (code === "ELOOP") return "a loop of links";
  return error instanceof Error ? error.message : String(error);
}
