/** `triangulate eval ...`: measures each stage against a public data set, beside a baseline run in the same call. */
import type { Command } from "commander";
import { tagTokens } from "../annotate/ner-tagger.js";
import { annotateTimexes } from "../annotate/timex-normalizer.js";
import { evaluateCasualties } from "../eval/casualty-eval.js";
import { formatCasualties } from "../eval/casualty-format.js";
import { evaluateExtraction } from "../eval/extraction-eval.js";
import { formatExtraction } from "../eval/extraction-format.js";
import { evaluateNer } from "../eval/ner-eval.js";
import { formatNer } from "../eval/ner-format.js";
import { evaluateQuotes } from "../eval/quote-eval.js";
import { formatQuotes } from "../eval/quote-format.js";
import { evaluateStories } from "../eval/story-eval.js";
import { formatStories } from "../eval/story-format.js";
import { EVAL_SUMMARY_WORDS, evaluateSummaries } from "../eval/summary-eval.js";
import { formatSummaries } from "../eval/summary-format.js";
import { evaluateTime } from "../eval/time-eval.js";
import { formatTime } from "../eval/time-format.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

interface EvalFlags {
  readonly json?: boolean;
  readonly pages?: boolean;
}

export function registerEval(program: Command, setExit: (code: ExitCode) => void): void {
  const evalCommand = program
    .command("eval")
    .description("measure Triangulate's stages against evaluation data sets")
    .addHelpText("after", "\nExit codes: 0 success, 2 usage error (a missing or unreadable data set).");
  evalCommand
    .command("extraction")
    .description(
      "article extraction: token 4-gram shingle precision, recall and F1 per page and on average (Scrapinghub layout: " +
        "html/<id>.html.gz + ground-truth.json), or snippets kept and dropped (trafilatura layout: html/ + evaldata.json); " +
        "plain Readability is scored in the same run",
    )
    .argument("<dir>", "the data set's folder")
    .option("--json", "print one JSON object instead of tables")
    .option("--no-pages", "leave out the per-page table")
    .addHelpText(
      "after",
      '\n--json prints {"pages","ours":{"precision","recall","f1"},"readability":{...},"pagesPerSecond","medianMs"}' +
        "\n(for the trafilatura layout, ours/readability hold withKept/withTotal/withoutDropped/withoutTotal).",
    )
    .action(async (dir: string, flags: EvalFlags) => {
      const scores = await evaluateExtraction(dir);
      process.stdout.write(
        `${formatExtraction(scores, { json: flags.json === true, pages: flags.pages !== false })}\n`,
      );
      setExit(EXIT.ok);
    });
  registerEvalNer(evalCommand, setExit);
  registerEvalTime(evalCommand, setExit);
  registerEvalQuotes(evalCommand, setExit);
  registerEvalCasualties(evalCommand, setExit);
  registerEvalStories(evalCommand, setExit);
  registerEvalSummaries(evalCommand, setExit);
}

function registerEvalSummaries(evalCommand: Command, setExit: (code: ExitCode) => void): void {
  evalCommand
    .command("summaries")
    .description(
      "story summaries: ROUGE-1, ROUGE-2 and ROUGE-L F1 (lower-cased, Porter-stemmed, no stop-word removal) of our " +
        "summary of each cluster against its reference, and in the same run of Lead-3, LexRank and TextRank at the same length",
    )
    .argument("<file>", 'JSON lines {"id","documents":[...],"summary"}')
    .option("--json", "print one JSON object instead of a table")
    .option(
      "--summary-words <n>",
      "summary length in words for ours, LexRank and TextRank",
      String(EVAL_SUMMARY_WORDS),
    )
    .addHelpText(
      "after",
      '\n--json prints {"clusters","ours":{"rouge1","rouge2","rougeL"},"lead3":{...},"lexrank":{...},"textrank":{...},"words","summariesPerSecond"}.',
    )
    .action(async (file: string, flags: EvalFlags & { summaryWords?: string }) => {
      const words = Number(flags.summaryWords);
      if (!Number.isInteger(words) || words < 10) {
        process.stderr.write(
          `triangulate: expected --summary-words to be a whole number of at least 10, found ${flags.summaryWords}\n`,
        );
        setExit(EXIT.usage);
        return;
      }
      const scores = await evaluateSummaries(file, words);
      process.stdout.write(`${formatSummaries(scores, { json: flags.json === true })}\n`);
      setExit(EXIT.ok);
    });
}

function registerEvalStories(evalCommand: Command, setExit: (code: ExitCode) => void): void {
  evalCommand
    .command("stories")
    .description(
      "story clustering: BCubed precision, recall and F1 and the number of clusters against the gold `story` of " +
        "each line, for the whole analysis and, in the same run, for a single-pass TF-IDF cosine baseline at the " +
        "threshold that scores best on the same data",
    )
    .argument("<file>", 'JSON lines {"id","text","story"}')
    .option("--json", "print one JSON object instead of a table")
    .option(
      "--orders <n>",
      "also cluster the reports in n input orders (the file's, then seeded shuffles) and print the spread",
    )
    .addHelpText(
      "after",
      '\n--json prints {"reports","gold","ours":{"precision","recall","f1","clusters"},"baseline":{...,"threshold"},"reportsPerSecond",' +
        '"unanalysed","ceiling":{...}}: reports with no article text to analyse are scored as stories of their own, and ' +
        "`ceiling` is the best any clustering of the other reports could score. With --orders, also " +
        '"orders":{"count","ours":{"f1":{"mean","min","max"},"precision","recall"},"baseline":{...}}.',
    )
    .action(async (file: string, flags: EvalFlags & { orders?: string }) => {
      const scores = await evaluateStories(file, { orders: orderCount(flags.orders) });
      process.stdout.write(`${formatStories(scores, { json: flags.json === true })}\n`);
      setExit(EXIT.ok);
    });
}

/** `--orders n`: a whole number from 1 to 100, or 0 when not given. */
function orderCount(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected --orders to be a whole number from 1 to 100, found "${value}"`,
    );
  }
  return n;
}

function registerEvalCasualties(evalCommand: Command, setExit: (code: ExitCode) => void): void {
  evalCommand
    .command("casualties")
    .description(
      "death tolls: for each event text, the number of people killed it reports (the most conservative figure, " +
        "ACLED's rule; 0 when none), scored against the coded fatalities: exact-match accuracy, accuracy within 1 " +
        "and mean absolute error; the first number before a death word is scored in the same run",
    )
    .argument("<file>", 'JSON lines {"id","text","fatalities"} (the ACLED layout)')
    .option("--json", "print one JSON object instead of a table")
    .addHelpText(
      "after",
      '\n--json prints {"events","skipped","ours":{"exact","within1","mae"},"baseline":{...},"eventsPerSecond"}.',
    )
    .action(async (file: string, flags: EvalFlags) => {
      const scores = await evaluateCasualties(file);
      process.stdout.write(`${formatCasualties(scores, { json: flags.json === true })}\n`);
      setExit(EXIT.ok);
    });
}

function registerEvalQuotes(evalCommand: Command, setExit: (code: ExitCode) => void): void {
  evalCommand
    .command("quotes")
    .description(
      "attributions (who said what): precision, recall and F1 of content spans, exact and overlapping, and of the " +
        "source linked to them, for all attributions and for direct quotes only, on PolNeAR (text/ + attributions/ " +
        "BRAT files; the first annotator's file per article is scored); a cue-word baseline is scored in the same run",
    )
    .argument("<dir>", "a PolNeAR split folder, e.g. ../shared/data/quotes/polnear/dev")
    .option("--json", "print one JSON object instead of a table")
    .addHelpText(
      "after",
      '\n--json prints {"articles","attributions","all":{"contentExactF1","contentOverlapF1","sourceF1",...},' +
        '\n"direct":{...},"baseline":{"all":{...},"direct":{...}},"articlesPerSecond"}.',
    )
    .action(async (dir: string, flags: EvalFlags) => {
      const scores = await evaluateQuotes(dir);
      process.stdout.write(`${formatQuotes(scores, { json: flags.json === true })}\n`);
      setExit(EXIT.ok);
    });
}

function registerEvalNer(evalCommand: Command, setExit: (code: ExitCode) => void): void {
  evalCommand
    .command("ner")
    .description(
      "named entities: exact entity matches (start, end and type) scored by the conlleval definition, precision, " +
        "recall and F1 overall and per type, on a CoNLL-2003 file (IOB1 or IOB2); compromise is scored in the same run",
    )
    .argument("<file>", "a CoNLL-2003 file: `token POS chunk NER` a line, blank lines between sentences")
    .option("--json", "print one JSON object instead of a table")
    .addHelpText(
      "after",
      "\ncompromise has no MISC type, so it is scored on all four types as given: every MISC entity counts as missed." +
        '\n--json prints {"f1","precision","recall","perType":{"PER":{"precision","recall","f1","tp","predicted","gold"},...},' +
        '\n"tokensPerSecond","sentences","tokens","compromise":{...}} (ours at the top level).',
    )
    .action(async (file: string, flags: EvalFlags) => {
      const scores = await evaluateNer(file, tagTokens);
      process.stdout.write(`${formatNer(scores, { json: flags.json === true })}\n`);
      setExit(EXIT.ok);
    });
}

function registerEvalTime(evalCommand: Command, setExit: (code: ExitCode) => void): void {
  evalCommand
    .command("time")
    .description(
      "temporal expressions: TempEval-3 span precision, recall and F1, strict (exact offsets) and relaxed (overlap, " +
        "one-to-one); type accuracy (right TIMEX3 type among relaxed matches); value F1 (relaxed matches with the " +
        "gold value, over predicted for P and over gold for R); raw chrono-node is scored in the same run",
    )
    .argument("<dir>", "a folder of TimeML .tml files (read recursively: timebank/ and aquaint/ together)")
    .option("--json", "print one JSON object instead of a table")
    .addHelpText(
      "after",
      '\n--json prints {"files","skipped","timexes","ours":{"spanF1Strict","spanF1Relaxed","typeAccuracy","valueF1",' +
        '\n"precisionStrict","recallStrict",...},"chrono":{...},"oursName"}. Values resolve against the DCT day.',
    )
    .action(async (dir: string, flags: EvalFlags) => {
      const scores = await evaluateTime(dir, annotateTimexes);
      process.stdout.write(
        `${formatTime(scores, { json: flags.json === true, oursName: "annotateTimexes" })}\n`,
      );
      setExit(EXIT.ok);
    });
}
