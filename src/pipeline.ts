/** The pure core, in order: clean, annotate, link, summarize. No clock, no I/O: callers bring both. */
import { buildPipeline } from "./annotate/annotation-pipeline.js";
import type { AnyAnnotator } from "./annotate/annotator.js";
import { emptyPageMessage } from "./clean/placeholder-page.js";
import { cleanReport } from "./clean/report-cleaner.js";
import { toProblem } from "./ingest/report-reader.js";
import { EarlierStories } from "./link/earlier-stories.js";
import { datePhase } from "./link/phase-dater.js";
import { buildStory } from "./link/story-builder.js";
import { type ClusterOptions, clusterStories, DEFAULT_CLUSTER_OPTIONS } from "./link/story-clusterer.js";
import { renameStory } from "./link/story-renamer.js";
import type { AnnotatedReport, RawReport } from "./model/document.js";
import { ErrorCode, TriangulateError } from "./model/errors.js";
import {
  type Problem,
  REPORT_SCHEMA_ID,
  type ReportEntry,
  type Story,
  type TriangulateReport,
} from "./model/report-schema.js";
import { compareSources } from "./summarize/source-comparison.js";
import {
  DEFAULT_SUMMARY_OPTIONS,
  type SummaryOptions,
  summarizeStory,
} from "./summarize/story-summarizer.js";

export type Stage = "clean" | "annotate" | "link" | "summarize";

/** Runs `work` for `stage`; a caller that wants timings passes one that reads its own clock. */
export type StageRunner = <T>(stage: Stage, work: () => T) => T;

export interface PipelineOptions {
  readonly annotators?: readonly AnyAnnotator[];
  readonly cluster?: ClusterOptions;
  readonly summary?: SummaryOptions;
  readonly runStage?: StageRunner;
}

const untimed: StageRunner = (_stage, work) => work();

/** Cleans and annotates one report at a time, so a stream of reports never sits in memory as raw text. */
export class Pipeline {
  private readonly annotation;
  private readonly docs: AnnotatedReport[] = [];
  private readonly problems: Problem[] = [];
  private readonly ids = new Set<string>();
  private readonly run: StageRunner;

  constructor(private readonly options: PipelineOptions = {}) {
    this.annotation = buildPipeline(options.annotators);
    this.run = options.runStage ?? untimed;
  }

  /** Adds one report and returns its annotations; a report that fails becomes a problem (null) and the pipeline goes on. */
  add(raw: RawReport): AnnotatedReport | null {
    try {
      const clean = this.run("clean", () => cleanReport({ ...raw, id: this.uniqueId(raw.id) }));
      if (clean.text.trim() === "") {
        throw new TriangulateError(ErrorCode.EmptyAfterCleaning, emptyPageMessage(clean.removed), raw.input);
      }
      const doc = this.run("annotate", () => this.annotation.annotate(clean));
      this.docs.push(doc);
      return doc;
    } catch (error) {
      this.problems.push(toProblem(error, raw.input));
      return null;
    }
  }

  /**
   * Adds a report annotated earlier by this same pipeline (a store keeps them, see store/code-version): what
   * `add` would have made for it, without the cost. Its id must be new to this pipeline.
   */
  addAnnotated(doc: AnnotatedReport): void {
    const id = this.uniqueId(doc.report.id);
    if (id !== doc.report.id)
      throw new TriangulateError(
        ErrorCode.Usage,
        `expected a report id new to this run, found ${doc.report.id} twice`,
      );
    this.docs.push(doc);
  }

  addProblem(problem: Problem): void {
    this.problems.push(problem);
  }

  /**
   * Links the reports added so far into stories and writes the report object. With `earlier`, an analysis
   * made by this same code and options (a store's last), a story of exactly the same reports is taken from it
   * rather than built again (see link/earlier-stories): the result is the same, at a fraction of the cost.
   */
  finish(earlier: TriangulateReport | null = null): TriangulateReport {
    const groups = this.run("link", () =>
      clusterStories(this.docs, this.options.cluster ?? DEFAULT_CLUSTER_OPTIONS),
    );
    const known = new EarlierStories(earlier);
    const dated = groups.members.map((g) => {
      const docs = g.map((i) => this.docs[i] as AnnotatedReport);
      return known.story(docs) ? docs : this.run("annotate", () => this.withStoryDates(docs));
    });
    const phased = this.run("link", () => withPhaseDates(dated));
    const order = phased
      .map((_, k) => k)
      .sort(
        (a, b) =>
          (phased[b] as AnnotatedReport[]).length - (phased[a] as AnnotatedReport[]).length ||
          firstId(phased[a] as AnnotatedReport[]).localeCompare(firstId(phased[b] as AnnotatedReport[])),
      );
    const ordered = order.map((k) => phased[k] as AnnotatedReport[]);
    const position = new Map(order.map((k, i) => [k, i]));
    const byId = new Map(ordered.flat().map((d) => [d.report.id, d]));
    this.docs.splice(0, this.docs.length, ...this.docs.map((d) => byId.get(d.report.id) ?? d));
    const taken = new Set<string>();
    const stories: Story[] = ordered.map((docs, i) => {
      const prior = known.story(docs);
      for (const d of prior ? docs : []) taken.add(d.report.id);
      const story = prior
        ? renameStory(prior, new Map([[prior.id, `s${i + 1}`]]))
        : this.build(`s${i + 1}`, docs);
      const earlierStory = groups.phaseOf[order[i] as number];
      const at = earlierStory === null || earlierStory === undefined ? undefined : position.get(earlierStory);
      return { ...story, phaseOf: at === undefined ? null : `s${at + 1}` };
    });
    return {
      schema: REPORT_SCHEMA_ID,
      reports: this.docs.map(
        (d) => (taken.has(d.report.id) ? known.entry(d.report.id) : undefined) ?? entryOf(d),
      ),
      stories,
      problems: [...this.problems],
    };
  }

  /** One story with its summary and the comparison of its sources. */
  private build(id: string, docs: readonly AnnotatedReport[]): Story {
    const story = this.run("link", () => buildStory(id, docs));
    const summary = this.run("summarize", () =>
      summarizeStory(docs, story, this.options.summary ?? DEFAULT_SUMMARY_OPTIONS),
    );
    const comparison = this.run("summarize", () => compareSources(story));
    return { ...story, summary, comparison };
  }

  /**
   * An undated report's relative dates ("on Monday") are read against the latest dated report of its story:
   * reports on one story are written days apart, not months. The report stays undated itself.
   */
  private withStoryDates(docs: AnnotatedReport[]): AnnotatedReport[] {
    const latest = latestDated(docs);
    if (!latest) return docs;
    const contextDate = {
      day: latest.published.date as string,
      basis: `the date of ${latest.report.id} in the same story`,
    };
    return docs.map((d) => (d.referenceDate ? d : this.annotation.annotate({ ...d.report, contextDate })));
  }

  private uniqueId(id: string): string {
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}~${n}`;
    this.ids.add(unique);
    return unique;
  }
}

/** The stories that have a dated report, each with its index and its latest date (what phase-dater reads). */
function datedStories(stories: readonly AnnotatedReport[][]) {
  return stories.flatMap((docs, index) => {
    const latest = latestDated(docs);
    return latest
      ? [{ index, docs, latest: { day: latest.published.date as string, report: latest.report.id } }]
      : [];
  });
}

/** Undated stories that continue a dated one get lower bounds on their dates (see phase-dater). */
function withPhaseDates(stories: AnnotatedReport[][]): AnnotatedReport[][] {
  const dated = datedStories(stories);
  return stories.map((docs) => (docs.some((d) => d.published.date) ? docs : datePhase(docs, dated)));
}

/** The report with the latest publication date, or undefined when none is dated. */
function latestDated(docs: readonly AnnotatedReport[]): AnnotatedReport | undefined {
  let latest: AnnotatedReport | undefined;
  for (const d of docs) {
    // On a tie the later report in story order wins, as before.
    if (d.published.date && (!latest || d.published.date >= (latest.published.date as string))) latest = d;
  }
  return latest;
}

function firstId(docs: readonly AnnotatedReport[]): string {
  return docs.map((d) => d.report.id).sort()[0] ?? "";
}

function entryOf(doc: AnnotatedReport): ReportEntry {
  const r = doc.report;
  return {
    id: r.id,
    input: r.input,
    outlet: r.outlet,
    outletBasis: r.outletBasis,
    title: r.title,
    url: r.url,
    credits: [...r.credits],
    published: { ...doc.published },
    text: r.text,
    removed: r.removed.map((x) => ({ ...x })),
    captions: [...r.captions],
    metadata: r.metadata.map((m) => ({ ...m })),
  };
}

/** Analyses reports already in memory: the whole core in one call. */
export function analyzeReports(raws: Iterable<RawReport>, options: PipelineOptions = {}): TriangulateReport {
  const pipeline = new Pipeline(options);
  for (const raw of raws) pipeline.add(raw);
  return pipeline.finish();
}
