/** `triangulate eval summaries FILE`: ROUGE of our story summaries and of Lead-3, LexRank and TextRank. */
import { buildPipeline } from "../annotate/annotation-pipeline.js";
import { cleanReport } from "../clean/report-cleaner.js";
import { buildStory } from "../link/story-builder.js";
import type { AnnotatedReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { summarizeStory } from "../summarize/story-summarizer.js";
import { readEvalRecords } from "./eval-lines.js";
import { type RougeScores, rouge } from "./rouge-scorer.js";
import { lead3, lexRank, type SentenceCluster, textRank } from "./summary-baselines.js";

/** Multi-News summaries average about 260 words (Fabbri et al. 2019): the length every system is given. */
export const EVAL_SUMMARY_WORDS = 260;

export interface SummaryEvaluation {
  readonly clusters: number;
  /** Mean F1 × 100 over clusters. */
  readonly ours: RougeScores;
  readonly lead3: RougeScores;
  readonly lexrank: RougeScores;
  readonly textrank: RougeScores;
  readonly words: number;
  /** Our summarizer alone (the annotation and linking it reads are not counted). */
  readonly summariesPerSecond: number;
}

interface Cluster {
  readonly id: string;
  readonly documents: readonly string[];
  readonly summary: string;
}

export async function evaluateSummaries(
  file: string,
  words = EVAL_SUMMARY_WORDS,
): Promise<SummaryEvaluation> {
  const clusters = await readClusters(file);
  const pipeline = buildPipeline();
  const totals = { ours: zero(), lead3: zero(), lexrank: zero(), textrank: zero() };
  let summarizing = 0;
  for (const cluster of clusters) {
    const docs = cluster.documents.map((text, i) => annotate(pipeline, `${cluster.id}#${i}`, text));
    const sentences: SentenceCluster = docs.map((d) =>
      d.sentences.map((s) => d.report.text.slice(s.start, s.end)),
    );
    const story = buildStory(cluster.id, docs);
    const started = performance.now();
    const ours = summarizeStory(docs, story, { maxWords: words, maxDisputes: 2 });
    summarizing += performance.now() - started;
    add(totals.ours, rouge(ours.map((s) => s.text).join(" "), cluster.summary));
    add(totals.lead3, rouge(lead3(sentences), cluster.summary));
    add(totals.lexrank, rouge(lexRank(sentences, words), cluster.summary));
    add(totals.textrank, rouge(textRank(sentences, words), cluster.summary));
  }
  const mean = (s: RougeScores) => ({
    rouge1: (100 * s.rouge1) / clusters.length,
    rouge2: (100 * s.rouge2) / clusters.length,
    rougeL: (100 * s.rougeL) / clusters.length,
  });
  return {
    clusters: clusters.length,
    ours: mean(totals.ours),
    lead3: mean(totals.lead3),
    lexrank: mean(totals.lexrank),
    textrank: mean(totals.textrank),
    words,
    summariesPerSecond: summarizing === 0 ? 0 : (1000 * clusters.length) / summarizing,
  };
}

function annotate(pipeline: ReturnType<typeof buildPipeline>, id: string, text: string): AnnotatedReport {
  const raw = { id, input: id, format: "jsonl" as const, text, title: null, outlet: null, url: null };
  return pipeline.annotate(cleanReport({ ...raw, published: null, publishedBasis: null, captions: [] }));
}

type Totals = { rouge1: number; rouge2: number; rougeL: number };

function zero(): Totals {
  return { rouge1: 0, rouge2: 0, rougeL: 0 };
}

function add(total: Totals, s: RougeScores): void {
  total.rouge1 += s.rouge1;
  total.rouge2 += s.rouge2;
  total.rougeL += s.rougeL;
}

async function readClusters(file: string): Promise<Cluster[]> {
  return (await readEvalRecords(file, "clusters")).map(({ record, number }) => {
    const { documents, summary } = record;
    if (
      !Array.isArray(documents) ||
      !documents.every((d) => typeof d === "string") ||
      typeof summary !== "string"
    ) {
      throw new TriangulateError(
        ErrorCode.Usage,
        `expected "documents" (strings) and "summary" on line ${number} of ${file}, found ${Object.keys(record).join(", ")}`,
        file,
      );
    }
    return { id: typeof record.id === "string" ? record.id : `line${number}`, documents, summary };
  });
}
