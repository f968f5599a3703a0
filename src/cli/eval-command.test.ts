// Tests for `triangulate eval extraction`: Scrapinghub and trafilatura layouts, --json shape, human tables, usage errors.
import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { withTempDir } from "../ingest/fixture-reports.js";

/** dist/cli/eval-command.test.js → the repository root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function triangulate(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, encoding: "utf8" });
}

/** Invented article text: a storm on an invented coast, and a council vote in an invented town. */
const STORM = [
  "Heavy rain and gale force winds closed the coast road between Millbay and Fenwick early on Tuesday morning, stranding dozens of drivers for several hours.",
  "The regional roads office said crews had cleared fallen trees from three sections of the road by noon, but a landslip near the old quarry kept one lane shut.",
  "Residents of the lower town were asked to move cars away from the harbour front after the tide rose almost a metre above the usual spring level.",
  "A spokeswoman for the coastguard said two fishing boats had been towed back to port and that nobody had been hurt during the night.",
  "Forecasters expect the wind to ease on Wednesday, although further showers are likely across the hills until the end of the week.",
];
const COUNCIL = [
  "The Ashford Vale town council voted by seven votes to four on Monday evening to build a new footbridge across the river beside the market square.",
  "Supporters said the bridge would cut the walk from the railway station to the school by more than ten minutes for hundreds of children each day.",
  "Opponents argued that the cost, which the council put at just over two million, should instead go towards repairing the existing road bridge.",
  "Work is due to start in the spring and the council expects the footbridge to open to walkers and cyclists before the end of next year.",
];

function page(title: string, paragraphs: readonly string[], boilerplate: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${title}</h1>
${boilerplate}
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article></main>
<footer><p>Copyright 2025 Invented Media. All rights reserved.</p></footer></body></html>`;
}

const SHARE_AND_RELATED =
  '<div class="share">Share on Facebook | Twitter | Email</div>' +
  "<p>Published 2 hours ago</p>" +
  "%PARAS%" +
  '<h3>You may also like</h3><ul><li><a href="/a">Ferry service resumes after storm</a></li>' +
  '<li><a href="/b">Bakery wins regional prize</a></li></ul>';

/** The storm page holds share, dateline and related-stories boilerplate inside the article. */
function stormPage(): string {
  const html = page("Storm closes coast road", [], SHARE_AND_RELATED);
  return html.replace("%PARAS%", STORM.map((p) => `<p>${p}</p>`).join("\n"));
}

async function scrapinghubFolder(dir: string): Promise<string> {
  const root = join(dir, "scrapinghub");
  await mkdir(join(root, "html"), { recursive: true });
  await writeFile(join(root, "html", "storm01.html.gz"), gzipSync(stormPage()));
  await writeFile(
    join(root, "html", "council02.html.gz"),
    gzipSync(page("Council backs footbridge", COUNCIL, "")),
  );
  await writeFile(
    join(root, "ground-truth.json"),
    JSON.stringify({
      storm01: { articleBody: STORM.join("\n"), url: "https://news.invalid/2025/03/11/storm" },
      council02: { articleBody: COUNCIL.join("\n\n"), url: "https://news.invalid/council" },
    }),
  );
  return root;
}

async function trafilaturaFolder(dir: string): Promise<string> {
  const root = join(dir, "trafilatura");
  await mkdir(join(root, "html"), { recursive: true });
  await writeFile(join(root, "html", "storm.html.gz"), gzipSync(stormPage()));
  await writeFile(
    join(root, "html", "council.html.gz"),
    gzipSync(page("Council backs footbridge", COUNCIL, "")),
  );
  await writeFile(
    join(root, "evaldata.json"),
    JSON.stringify({
      "https://news.invalid/storm": {
        file: "storm.html",
        with: [STORM[0], STORM[3]],
        without: ["Share on Facebook", "Ferry service resumes after storm", "Copyright 2025 Invented Media"],
      },
      "https://news.invalid/council": {
        file: "council.html",
        with: [COUNCIL[1]],
        without: ["Sport"],
      },
    }),
  );
  return root;
}

function assertUnit(value: unknown, name: string): void {
  assert.equal(typeof value, "number", name);
  assert.ok((value as number) >= 0 && (value as number) <= 1, `${name} = ${value}`);
}

test("eval extraction --json on a Scrapinghub-layout folder prints the scores as one JSON object", async () => {
  await withTempDir(async (dir) => {
    const run = triangulate("eval", "extraction", await scrapinghubFolder(dir), "--json");
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(result.pages, 2);
    for (const side of ["ours", "readability"]) {
      const score = result[side] as Record<string, unknown>;
      assert.deepEqual(Object.keys(score).sort(), ["f1", "precision", "recall"], side);
      for (const key of ["precision", "recall", "f1"]) assertUnit(score[key], `${side}.${key}`);
    }
    const ours = result.ours as { f1: number; precision: number };
    assert.ok(ours.f1 >= 0.9, `ours.f1 = ${ours.f1}`);
    assert.equal(typeof result.pagesPerSecond, "number");
    assert.ok((result.pagesPerSecond as number) > 0);
    assert.equal(typeof result.medianMs, "number");
    assert.ok((result.medianMs as number) >= 0);
    assert.ok(!("perPage" in result), "--json leaves the per-page list out");
  });
});

test("eval extraction without --json prints per-page and summary tables with Triangulate and Readability rows", async () => {
  await withTempDir(async (dir) => {
    const run = triangulate("eval", "extraction", await scrapinghubFolder(dir));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Triangulate\s+[01]\.\d{3}\s+[01]\.\d{3}\s+[01]\.\d{3}/m);
    assert.match(run.stdout, /^Readability\s+[01]\.\d{3}\s+[01]\.\d{3}\s+[01]\.\d{3}/m);
    assert.match(run.stdout, /pages: 2/);
    assert.match(run.stdout, /storm01/);
    assert.match(run.stdout, /https:\/\/news\.invalid\/council/);
    const noPages = triangulate("eval", "extraction", join(dir, "scrapinghub"), "--no-pages");
    assert.equal(noPages.status, 0, noPages.stderr);
    assert.doesNotMatch(noPages.stdout, /storm01/);
    assert.match(noPages.stdout, /^Triangulate/m);
  });
});

test("eval extraction on a trafilatura-layout folder counts the snippets kept and dropped", async () => {
  await withTempDir(async (dir) => {
    const root = await trafilaturaFolder(dir);
    const run = triangulate("eval", "extraction", root, "--json");
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as {
      layout: string;
      pages: number;
      ours: Record<string, number>;
      readability: Record<string, number>;
    };
    assert.equal(result.layout, "trafilatura");
    assert.equal(result.pages, 2);
    assert.deepEqual(result.ours, { withKept: 3, withTotal: 3, withoutDropped: 4, withoutTotal: 4 });
    assert.equal(result.readability.withTotal, 3);
    assert.equal(result.readability.withoutTotal, 4);
    const human = triangulate("eval", "extraction", root);
    assert.equal(human.status, 0, human.stderr);
    assert.match(human.stdout, /^Triangulate\s+3 \/ 3 kept \(100\.0%\)\s+4 \/ 4 dropped \(100\.0%\)/m);
    assert.match(human.stdout, /^Readability\s+\d \/ 3 kept/m);
  });
});

test("a folder with neither ground-truth.json nor evaldata.json is a usage error naming both layouts", async () => {
  await withTempDir(async (dir) => {
    const run = triangulate("eval", "extraction", dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ground-truth\.json \(Scrapinghub layout\)/);
    assert.match(run.stderr, /evaldata\.json \(trafilatura layout\)/);
    assert.equal(run.stdout, "");
  });
});

test("eval extraction without a folder is a usage error", () => {
  const run = triangulate("eval", "extraction");
  assert.equal(run.status, 2);
  assert.match(run.stderr, /missing required argument/i);
});

test("eval --help and eval extraction --help exit 0 and document the command", () => {
  const evalHelp = triangulate("eval", "--help");
  assert.equal(evalHelp.status, 0, evalHelp.stderr);
  assert.match(evalHelp.stdout, /Usage: triangulate eval/);
  assert.match(evalHelp.stdout, /extraction/);
  assert.match(evalHelp.stdout, /Exit codes: 0 success, 2 usage error/);
  const help = triangulate("eval", "extraction", "--help");
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /Usage: triangulate eval extraction \[options\] <dir>/);
  for (const text of ["--json", "--no-pages", "Scrapinghub", "trafilatura", "pagesPerSecond"])
    assert.ok(help.stdout.includes(text), text);
});
