// Tests for `triangulate eval ner`: --json shape on an invented CoNLL file, the human table, and usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-ner.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

/** Invented sentences with all four types: people, places, an organization and a nationality (MISC). */
const CONLL = `-DOCSTART- -X- -X- O

Maria NNP B-NP B-PER
Delgado NNP I-NP I-PER
flew VBD B-VP O
from IN B-PP O
Lisbon NNP B-NP B-LOC
to TO B-PP O
Toronto NNP B-NP B-LOC
. . O O

Shares NNS B-NP O
of IN B-PP O
Veltronic NNP B-NP B-ORG
Industries NNPS I-NP I-ORG
fell VBD B-VP O
after IN B-PP O
Brenda NNP B-NP B-PER
Okafor NNP I-NP I-PER
spoke VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

The DT B-NP O
Portuguese JJ I-NP B-MISC
minister NN I-NP O
visited VBD B-VP O
Oslo NNP B-NP B-LOC
on IN B-PP O
Friday NNP B-NP O
. . O O

Kenji NNP B-NP B-PER
Mori NNP I-NP I-PER
joined VBD B-VP O
the DT B-NP O
Norwegian JJ I-NP B-MISC
Red NNP I-NP B-ORG
Cross NNP I-NP I-ORG
. . O O
`;

type Score = Record<string, number>;

function assertScore(score: Score, name: string): void {
  for (const key of ["precision", "recall", "f1"]) {
    assert.equal(typeof score[key], "number", `${name}.${key}`);
    assert.ok((score[key] as number) >= 0 && (score[key] as number) <= 1, `${name}.${key} = ${score[key]}`);
  }
}

function assertPerType(perType: Record<string, Score>, name: string, gold: Record<string, number>): void {
  assert.deepEqual(Object.keys(perType), ["PER", "ORG", "LOC", "MISC"], name);
  for (const [type, score] of Object.entries(perType)) {
    assertScore(score, `${name}.${type}`);
    assert.equal(score.gold, gold[type], `${name}.${type}.gold`);
    assert.ok(
      Number.isInteger(score.predicted) && (score.predicted as number) >= 0,
      `${name}.${type}.predicted`,
    );
  }
}

test("eval ner --json prints our scores at the top level and compromise's beside them", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "invented.conll");
    await writeFile(file, CONLL);
    const run = triangulate("eval", "ner", file, "--json");
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    const gold = { PER: 3, ORG: 2, LOC: 3, MISC: 2 };
    assertScore(result as Score, "ours");
    assertPerType(result.perType as Record<string, Score>, "ours", gold);
    assert.equal(result.sentences, 4);
    assert.equal(result.tokens, 34);
    assert.equal(typeof result.tokensPerSecond, "number");
    assert.ok((result.tokensPerSecond as number) > 0);
    const compromise = result.compromise as Record<string, unknown>;
    assertScore(compromise as Score, "compromise");
    assertPerType(compromise.perType as Record<string, Score>, "compromise", gold);
    assert.equal((compromise.perType as Record<string, Score>).MISC?.predicted, 0, "compromise has no MISC");
  });
});

test("eval ner without --json prints a table with both taggers and the speed", async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, "invented.conll");
    await writeFile(file, CONLL);
    const run = triangulate("eval", "ner", file);
    assert.equal(run.status, 0, run.stderr);
    for (const type of ["PER", "ORG", "LOC", "MISC", "overall"]) {
      assert.match(run.stdout, new RegExp(`^${type}\\s+\\d+\\s+[01]\\.\\d{3}`, "m"), type);
    }
    assert.match(run.stdout, /Triangulate\s+compromise/);
    assert.match(run.stdout, /sentences: 4\s+tokens: 34/);
    assert.match(run.stdout, /speed: \d+ tokens\/s/);
  });
});

test("eval ner on a missing file is a usage error naming the file", async () => {
  await withTempDir(async (dir) => {
    const missing = join(dir, "missing.conll");
    const run = triangulate("eval", "ner", missing, "--json");
    assert.equal(run.status, 2);
    assert.ok(run.stderr.includes(missing), run.stderr);
    assert.match(run.stderr, /input_not_found/);
    assert.equal(run.stdout, "");
  });
});

test("eval ner --help documents the conlleval definition, compromise's missing MISC and the JSON shape", () => {
  const help = triangulate("eval", "ner", "--help");
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /Usage: triangulate eval ner \[options\] <file>/);
  for (const text of ["conlleval", "exact entity matches", "no MISC", "--json", "tokensPerSecond"]) {
    assert.ok(help.stdout.includes(text), text);
  }
  assert.match(triangulate("eval", "--help").stdout, /\bner\b/);
});
