/** Loads the labelled story data sets and writes them as one temporary .jsonl corpus for `analyze`. */
import { existsSync, statSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";

/** One labelled report; `id` is already prefixed with its source so ids are unique across sources. */
export interface BenchRecord {
  readonly source: string;
  readonly id: string;
  readonly text: string;
  readonly story: string;
}

/** A corpus file on disk; line `n` (1-based) holds `records[n - 1]`. */
export interface CorpusFile {
  readonly file: string;
  readonly records: readonly BenchRecord[];
  dispose(): Promise<void>;
}

/** Raised for a missing or malformed data folder; the bench reports it and exits with code 2. */
export class BenchDataError extends Error {}

/** The nearest folder at or above `start` that holds a package.json. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new BenchDataError(`no package.json found at or above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The data folder: the override if given, else `../shared/data/stories` beside the repository root. */
export function dataDirectory(repoRoot: string, override: string | undefined): string {
  return override ? resolve(override) : resolve(repoRoot, "..", "shared", "data", "stories");
}

/** Reads every `*.jsonl` file in `dir` (sorted by name) as labelled records. */
export async function loadRecords(dir: string): Promise<BenchRecord[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new BenchDataError(
      `data folder not found: ${dir} (pass a path as the first argument or set TRIANGULATE_DATA)`,
    );
  }
  const names = (await readdir(dir)).filter((name) => name.endsWith(".jsonl")).sort();
  if (names.length === 0) throw new BenchDataError(`no .jsonl files in data folder ${dir}`);
  const records: BenchRecord[] = [];
  for (const name of names)
    records.push(...parseSource(join(dir, name), await readFile(join(dir, name), "utf8")));
  return records;
}

function parseSource(path: string, content: string): BenchRecord[] {
  const source = basename(path, ".jsonl");
  const records: BenchRecord[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${path}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BenchDataError(`${where}: expected a JSON object, found invalid JSON`);
    }
    const { id, text, story } = (value ?? {}) as Record<string, unknown>;
    if (typeof id !== "string" || typeof text !== "string" || typeof story !== "string") {
      throw new BenchDataError(`${where}: expected string fields "id", "text" and "story"`);
    }
    records.push({ source, id: `${source}/${id}`, text, story });
  });
  return records;
}

/** The first `share` (0-1] of each source's records, so every subset keeps the sources' mix. */
export function firstShare(records: readonly BenchRecord[], share: number): BenchRecord[] {
  const bySource = new Map<string, BenchRecord[]>();
  for (const record of records) {
    const list = bySource.get(record.source);
    if (list) list.push(record);
    else bySource.set(record.source, [record]);
  }
  return [...bySource.values()].flatMap((list) =>
    list.slice(0, Math.max(1, Math.round(list.length * share))),
  );
}

/** Writes `{"id","text"}` lines to a fresh file under the OS temp folder; `dispose` removes it. */
export async function writeCorpus(records: readonly BenchRecord[]): Promise<CorpusFile> {
  const dir = await mkdtemp(join(tmpdir(), "triangulate-bench-"));
  const file = join(dir, "corpus.jsonl");
  await writeFile(
    file,
    records.map((r) => `${JSON.stringify({ id: r.id, text: r.text })}\n`).join(""),
    "utf8",
  );
  return { file, records, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Distinct sources in the order they first appear. */
export function sourcesOf(records: readonly BenchRecord[]): string[] {
  return [...new Set(records.map((r) => r.source))];
}
