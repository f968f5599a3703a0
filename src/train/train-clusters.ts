/** `npm run train:clusters`: learns word clusters from unlabelled news and writes models/word-clusters.tsv.gz. */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { formatWordClusters } from "../annotate/word-clusters.js";
import { findRepoRoot, readUnlabeledCorpus, textFiles, unlabeledDirectory } from "./unlabeled-text.js";
import { clusterWords, type WordClustering } from "./word-clustering.js";

/** A plain-text output over this size is written gzipped (`.tsv.gz`) instead. */
const MAX_PLAIN_BYTES = 5 * 1024 * 1024;

const PROBES = [
  "Monday",
  "London",
  "Clinton",
  "shares",
  "said",
  "Germany",
  "percent",
  "January",
  "Ltd",
  "police",
];

function main(argv: readonly string[]): number {
  const parsed = parseArgs({ args: [...argv], options: { out: { type: "string" } }, allowPositionals: true });
  const root = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const started = performance.now();
  const stamp = (): string => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  let files: string[];
  try {
    files = textFiles(unlabeledDirectory(root, parsed.positionals[0] ?? process.env.TRIANGULATE_DATA));
  } catch (error) {
    console.error(`train:clusters: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { corpus, documents } = readUnlabeledCorpus(files);
  console.log(
    `[${stamp()}] read ${files.map((f) => basename(f)).join(", ")}: ${documents} documents, ${corpus.tokenCount} tokens, ${corpus.forms.length} types`,
  );
  const clustering = clusterWords(corpus, {}, (stage) => console.log(`[${stamp()}] ${stage}`));
  const path = writeClusters(clustering, parsed.values.out ?? join(root, "models", "word-clusters.tsv.gz"));
  console.log(`[${stamp()}] wrote ${path} (${statSync(path).size} bytes)`);
  console.log(
    `\nclustered ${clustering.words.length} words into ${clustering.fineCount} fine / ${clustering.coarseCount} coarse clusters in ${stamp()}`,
  );
  console.log(describeExamples(clustering, PROBES));
  return 0;
}

/**
 * Writes the clusters as sorted `word\tcN\tfN` lines: gzipped when `path` ends in `.gz` (the default, the
 * file the NER tagger reads), and also when a plain file would exceed 5 MB (then as `path.gz`).
 */
function writeClusters(clustering: WordClustering, path: string): string {
  const rows = clustering.words.map((word, row) => [
    word,
    `c${clustering.coarse[row] ?? 0}`,
    `f${clustering.fine[row] ?? 0}`,
  ]);
  const text = formatWordClusters(rows);
  const gzip = path.endsWith(".gz") || Buffer.byteLength(text) > MAX_PLAIN_BYTES;
  const target = gzip && !path.endsWith(".gz") ? `${path}.gz` : path;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, gzip ? gzipSync(text, { level: 9 }) : text);
  return target;
}

/**
 * For each probe word: its fine cluster's id, coarse id and size, and the eight most frequent members as
 * spelt in the text (lower-cased aggregate entries like "london" are counted but not listed).
 */
export function describeExamples(clustering: WordClustering, probes: readonly string[]): string {
  const lines: string[] = [];
  for (const probe of probes) {
    const row = clustering.words.indexOf(probe);
    if (row < 0) {
      lines.push(`${probe}: not clustered`);
      continue;
    }
    const fine = clustering.fine[row];
    const members = [...clustering.words.keys()].filter((r) => clustering.fine[r] === fine);
    const shown = members.filter((r) => !clustering.lowerCased[r]).slice(0, 8);
    const head = `f${fine} (c${clustering.coarse[row]}, ${members.length} words)`;
    lines.push(`${probe.padEnd(8)} ${head.padEnd(24)} ${shown.map((r) => clustering.words[r]).join(" ")}`);
  }
  return lines.join("\n");
}

process.exitCode = main(process.argv.slice(2));
