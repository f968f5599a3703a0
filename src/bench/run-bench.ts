/** `npm run bench`: times the whole pipeline on the labelled story data and scores its story clustering. */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BenchDataError, dataDirectory, findRepoRoot, loadRecords } from "./bench-corpus.js";
import { formatHuman } from "./bench-report.js";
import { type Outcome, runBench } from "./bench-suite.js";

async function main(argv: readonly string[]): Promise<number> {
  let json = false;
  let override: string | undefined;
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { json: { type: "boolean" } },
      allowPositionals: true,
    });
    json = parsed.values.json === true;
    override = parsed.positionals[0] ?? process.env.TRIANGULATE_DATA;
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    console.error("usage: node dist/bench/run-bench.js [DATA_DIR] [--json]");
    return 2;
  }
  const root = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const dataDir = dataDirectory(root, override);
  let outcome: Outcome;
  try {
    outcome = await runBench(await loadRecords(dataDir), dataDir);
  } catch (error) {
    if (!(error instanceof BenchDataError)) throw error;
    console.error(`bench: ${error.message}`);
    return 2;
  }
  console.log(json ? JSON.stringify(outcome, null, 2) : formatHuman(outcome));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
