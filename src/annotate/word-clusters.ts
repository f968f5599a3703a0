/** Reads and writes the word-cluster file `word<TAB>coarse<TAB>fine` (optionally gzipped); dependency-free. */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * Parses cluster-file text: one `word<TAB>id<TAB>id...` line per word (e.g. `London\tc12\tf345`);
 * blank or tab-less lines are skipped. Returns word → feature ids, in file order.
 */
export function parseWordClusters(text: string): Map<string, string[]> {
  const clusters = new Map<string, string[]>();
  const ids = new Map<string, string>();
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const fields = line.split("\t");
    if (fields.length < 2 || fields[0] === "") continue;
    const features: string[] = [];
    for (let i = 1; i < fields.length; i++) {
      const id = fields[i] ?? "";
      if (id === "") continue;
      let shared = ids.get(id);
      if (shared === undefined) {
        shared = id;
        ids.set(id, id);
      }
      features.push(shared);
    }
    clusters.set(fields[0] ?? "", features);
  }
  return clusters;
}

/** Loads a cluster file (`.tsv`, or gzip by magic bytes / `.gz`): word → cluster feature ids like ["c12", "f345"]. */
export function loadWordClusters(path: string): Map<string, string[]> {
  const bytes = readFileSync(path);
  const gzipped = path.endsWith(".gz") || (bytes[0] === 0x1f && bytes[1] === 0x8b);
  return parseWordClusters((gzipped ? gunzipSync(bytes) : bytes).toString("utf8"));
}

/**
 * The cluster ids of a token as a tagger sees it: its exact form, else its lower-cased form
 * (so "REUTERS" or a sentence-initial rare capital still finds "reuters"), else undefined.
 */
export function lookupWordClusters(
  clusters: ReadonlyMap<string, string[]>,
  token: string,
): string[] | undefined {
  return clusters.get(token) ?? clusters.get(token.toLowerCase());
}

/** Formats `[word, ...ids]` rows as cluster-file text, sorted by word in code-point order. */
export function formatWordClusters(rows: Iterable<readonly string[]>): string {
  const lines = [...rows].filter((row) => row.length > 1).map((row) => row.join("\t"));
  lines.sort((a, b) => {
    const wa = a.slice(0, a.indexOf("\t"));
    const wb = b.slice(0, b.indexOf("\t"));
    return wa < wb ? -1 : wa > wb ? 1 : 0;
  });
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
