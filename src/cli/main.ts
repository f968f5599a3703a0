/** The `triangulate` command line: a thin shell over the library API. */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { TriangulateError } from "../model/errors.js";
import { registerAnalyze } from "./analyze-command.js";
import { registerEval } from "./eval-command.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { registerServe } from "./serve-command.js";
import { registerStore } from "./store-commands.js";
import { registerWatch } from "./watch-command.js";

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export async function main(argv: readonly string[]): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = new Command()
    .name("triangulate")
    .description(
      "Turns news reports into a sourced, de-duplicated, contradiction-aware account of what happened.",
    )
    .version(version)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program.addHelpText("after", "\nExit codes: 0 success, 1 some inputs failed, 2 usage error.");
  const setExit = (code: ExitCode) => {
    exitCode = code;
  };
  registerAnalyze(program, setExit);
  registerEval(program, setExit);
  registerStore(program, setExit);
  registerServe(program, setExit);
  registerWatch(program, setExit);
  overrideExits(program);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof TriangulateError) {
      process.stderr.write(`triangulate: ${error.message} (${error.code})\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Commander exits the process on its own unless every command, nested ones too, is told not to. */
function overrideExits(command: Command): void {
  for (const sub of command.commands) {
    sub.exitOverride();
    overrideExits(sub);
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `triangulate: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
