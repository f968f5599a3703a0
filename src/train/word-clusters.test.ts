/** Tests for the word-cluster file loader and for clustering a tiny invented corpus. */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import {
  formatWordClusters,
  loadWordClusters,
  lookupWordClusters,
  parseWordClusters,
} from "../annotate/word-clusters.js";
import { selectVocabulary } from "./context-vectors.js";
import { corpusFromDocuments } from "./token-corpus.js";
import { clusterWords, type WordClustering } from "./word-clustering.js";

test("formatWordClusters sorts by word in code-point order and parseWordClusters reads it back", () => {
  const text = formatWordClusters([
    ["london", "c3", "f7"],
    ["London", "c3", "f7"],
    ["'s", "c0", "f1"],
  ]);
  assert.equal(text, "'s\tc0\tf1\nLondon\tc3\tf7\nlondon\tc3\tf7\n");
  const clusters = parseWordClusters(`${text}\nbad-line\r\n`);
  assert.deepEqual([...clusters.keys()], ["'s", "London", "london"]);
  assert.deepEqual(clusters.get("London"), ["c3", "f7"]);
});

test("loadWordClusters reads plain and gzipped files; lookup falls back to lower case", () => {
  const dir = mkdtempSync(join(tmpdir(), "word-clusters-"));
  try {
    const text = "Reuters\tc1\tf10\nreuters\tc1\tf10\nsaid\tc2\tf20\n";
    writeFileSync(join(dir, "clusters.tsv"), text);
    writeFileSync(join(dir, "clusters.tsv.gz"), gzipSync(text));
    const plain = loadWordClusters(join(dir, "clusters.tsv"));
    assert.deepEqual(loadWordClusters(join(dir, "clusters.tsv.gz")), plain);
    assert.equal(plain.size, 3);
    assert.deepEqual(lookupWordClusters(plain, "REUTERS"), ["c1", "f10"]);
    assert.deepEqual(lookupWordClusters(plain, "said"), ["c2", "f20"]);
    assert.equal(lookupWordClusters(plain, "unseen"), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Animals share one set of contexts and cities another, so each group's rows are identical. */
function tinyCorpus(): string[][] {
  const documents: string[][] = [];
  for (let i = 0; i < 3; i++) {
    for (const animal of ["cat", "dog", "fox"]) documents.push(["the", animal, "ran", "away", "."]);
    for (const city of ["Paris", "Rome", "Oslo"])
      documents.push(["flights", "to", city, "were", "cancelled", "."]);
  }
  documents.push(["a", "rare", "word"]);
  return documents;
}

const TINY = { minCount: 3, dims: 16, fineClusters: 10, coarseClusters: 3, contextWords: 50 };

function clusterOf(clustering: WordClustering, word: string): number {
  const row = clustering.words.indexOf(word);
  assert.ok(row >= 0, `${word} should be clustered`);
  return clustering.fine[row] ?? -1;
}

test("clusterWords puts words with identical contexts together and keeps other groups apart", () => {
  const clustering = clusterWords(corpusFromDocuments(tinyCorpus()), TINY);
  const cat = clusterOf(clustering, "cat");
  const paris = clusterOf(clustering, "Paris");
  assert.equal(clusterOf(clustering, "dog"), cat);
  assert.equal(clusterOf(clustering, "fox"), cat);
  assert.equal(clusterOf(clustering, "Rome"), paris);
  assert.equal(clusterOf(clustering, "Oslo"), paris);
  assert.notEqual(cat, paris);
  assert.equal(clusterOf(clustering, "paris"), paris, "lower-cased form of a capitalised word is clustered");
  assert.equal(clustering.words.includes("rare"), false, "words below minCount are left out");
  for (const fine of clustering.fine) assert.ok(fine >= 0 && fine < clustering.fineCount);
  for (const coarse of clustering.coarse) assert.ok(coarse >= 0 && coarse < clustering.coarseCount);
});

test("clusterWords is deterministic for the same input", () => {
  const first = clusterWords(corpusFromDocuments(tinyCorpus()), TINY);
  const second = clusterWords(corpusFromDocuments(tinyCorpus()), TINY);
  assert.deepEqual(second, first);
});

test("selectVocabulary pools all casings under a lower-case spelling rarer than minCount", () => {
  const corpus = corpusFromDocuments([
    ["Reuters", "said", "."],
    ["Reuters", "said", "."],
    ["REUTERS", "said", "."],
    ["see", "reuters", "."],
  ]);
  const vocabulary = selectVocabulary(corpus, 2, 100);
  const row = vocabulary.words.indexOf("reuters");
  assert.ok(row >= 0);
  assert.equal(vocabulary.lowerCased[row], true);
  assert.equal(vocabulary.counts[row], 4);
  assert.ok(vocabulary.words.includes("Reuters"));
  assert.equal(vocabulary.words.includes("REUTERS"), false, "exact spellings still need minCount");
  assert.equal(vocabulary.lowerCased[vocabulary.words.indexOf("said")], false);
});
