/** Locates and reads the gzipped unlabelled news text (one document a line) into a token corpus. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { stripCapitalTitle, tokenizeNews } from "./news-tokenizer.js";
import { type TokenCorpus, TokenCorpusBuilder } from "./token-corpus.js";

/** The nearest folder at or above `start` that holds a package.json. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json found at or above ${start}`);
    dir = parent;
  }
  return dir;
}

/**
 * The folder of `*.txt.gz` files: the override if given (a data root holding `unlabeled/` also works),
 * else `../shared/data/unlabeled` beside the repository root.
 */
export function unlabeledDirectory(repoRoot: string, override: string | undefined): string {
  const dir = override ? resolve(override) : resolve(repoRoot, "..", "shared", "data", "unlabeled");
  const nested = join(dir, "unlabeled");
  return existsSync(nested) && statSync(nested).isDirectory() ? nested : dir;
}

/** The sorted `*.txt.gz` files of `dir`; throws when there are none. */
export function textFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `data folder not found: ${dir} (pass a path as the first argument or set TRIANGULATE_DATA)`,
    );
  }
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".txt.gz"))
    .sort();
  if (names.length === 0) throw new Error(`no .txt.gz files in ${dir}`);
  return names.map((name) => join(dir, name));
}

/** Tokenizes every document of `files` (leading all-capitals titles dropped) into one corpus. */
export function readUnlabeledCorpus(files: readonly string[]): { corpus: TokenCorpus; documents: number } {
  const builder = new TokenCorpusBuilder();
  let documents = 0;
  for (const file of files) {
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    for (const line of text.split("\n")) {
      const body = stripCapitalTitle(line.trim());
      if (body === "") continue;
      builder.add(tokenizeNews(body));
      documents++;
    }
  }
  return { corpus: builder.build(), documents };
}
