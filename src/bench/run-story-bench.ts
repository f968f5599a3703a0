/** `npm run bench:stories`: streams 100,000 mixed and perturbed real reports through story clustering and copy detection. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { cleanReport } from "../clean/report-cleaner.js";
import { CopyStream } from "../link/copy-stream.js";
import { segmentSentences } from "../link/sentence-segmenter.js";
import { storyFeatures } from "../link/story-features.js";
import { StoryStream } from "../link/story-stream.js";
import type { RawReport } from "../model/document.js";
import { batchMark, formatBatchMarks } from "./batch-story-bench.js";
import {
  BenchDataError,
  type BenchRecord,
  dataDirectory,
  findRepoRoot,
  loadRecords,
} from "./bench-corpus.js";
import { type Checkpoint, formatStoryBench, StoryBenchScorer } from "./story-bench-score.js";
import { streamCorpus } from "./stream-corpus.js";

const MARKS = [10_000, 30_000, 100_000];
/** Batch sizes clustered as `analyze` does, after the stream (a batch holds every report's vector at once). */
const BATCH_MARKS = [10_000, 30_000];

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { json: { type: "boolean" }, reports: { type: "string" }, "no-batch": { type: "boolean" } },
    allowPositionals: true,
  });
  const total = Number(values.reports ?? 100_000);
  const dataDir = dataDirectory(findRepoRoot(dirname(fileURLToPath(import.meta.url))), positionals[0]);
  let groups: BenchRecord[][];
  try {
    groups = await storyGroups(dataDir);
  } catch (error) {
    if (!(error instanceof BenchDataError)) throw error;
    console.error(`bench:stories: ${error.message}`);
    return 2;
  }
  const stories = new StoryStream();
  const copies = new CopyStream();
  const scorer = new StoryBenchScorer();
  const checkpoints: Checkpoint[] = [];
  const marks = [...MARKS.filter((m) => m < total), total];
  for (const item of streamCorpus(groups, total)) {
    const started = process.hrtime.bigint();
    const placed = stories.add(storyFeatures(item.text, { day: item.day }));
    const found = copies.add({
      id: String(item.index),
      text: item.text,
      sentences: segmentSentences(item.text),
      day: item.day,
    });
    scorer.record(item, placed, found, Number(process.hrtime.bigint() - started) / 1e9);
    if (marks.includes(item.index + 1)) checkpoints.push(scorer.checkpoint(stories.size, copies.size));
  }
  // After the stream, so that the stream's peak memory is its own.
  const batches = values["no-batch"]
    ? []
    : BATCH_MARKS.filter((m) => m <= total).map((m) => batchMark(groups, m));
  console.log(
    values.json
      ? JSON.stringify({ groups: groups.length, checkpoints, batches }, null, 2)
      : `${formatStoryBench(groups.length, checkpoints)}\n\n${formatBatchMarks(batches)}`,
  );
  return 0;
}

/**
 * Labelled stories from the story data (one group per gold story) and each unlabelled text as a story of its own.
 * A page with no article text (a web-archive notice, a script wall) is left out, as `analyze` leaves it out.
 */
async function storyGroups(dataDir: string): Promise<BenchRecord[][]> {
  const byStory = new Map<string, BenchRecord[]>();
  for (const r of (await loadRecords(dataDir)).filter(hasArticle))
    byStory.set(`${r.source}/${r.story}`, [...(byStory.get(`${r.source}/${r.story}`) ?? []), r]);
  const groups = [...byStory.values()];
  const unlabeled = join(dataDir, "..", "unlabeled");
  for (const name of ["reuters21578", "agnews", "bbc"]) {
    let lines: string[];
    try {
      lines = gunzipSync(readFileSync(join(unlabeled, `${name}.txt.gz`)))
        .toString("utf8")
        .split("\n");
    } catch {
      throw new BenchDataError(`expected ${name}.txt.gz in ${unlabeled}, found none`);
    }
    lines.forEach((text, i) => {
      if (text.trim())
        groups.push([{ source: `unlabeled/${name}`, id: `${name}/${i}`, text, story: String(i) }]);
    });
  }
  return groups;
}

/** Whether a record keeps article text after the clean stage (a page that only shows a notice does not). */
function hasArticle(record: BenchRecord): boolean {
  const raw: RawReport = {
    id: record.id,
    input: record.source,
    format: "text",
    text: record.text,
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedBasis: null,
    captions: [],
  };
  return cleanReport(raw).text.trim() !== "";
}

process.exitCode = await main(process.argv.slice(2));
