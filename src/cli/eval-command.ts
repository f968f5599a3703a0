/** `triangulate eval ...`: measures each stage against a public data set, beside a baseline run in the same call. */
import type { Command } from "commander";
import { evaluateExtraction } from "../eval/extraction-eval.js";
import { formatExtraction } from "../eval/extraction-format.js";
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
}
