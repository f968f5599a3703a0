/** A progress bar on stderr while many files are read; silent for a handful of files or when not a terminal. */
import { SingleBar } from "cli-progress";

/** Fewer input files than this finish too fast for a bar to help. */
const MIN_FILES_FOR_BAR = 6;

export interface ProgressReporter {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

export function progressReporter(enabled: boolean): ProgressReporter {
  const show = enabled && Boolean(process.stderr.isTTY);
  let bar: SingleBar | null = null;
  return {
    update(done, total) {
      if (!show || total < MIN_FILES_FOR_BAR) return;
      if (!bar) {
        bar = new SingleBar({
          stream: process.stderr,
          format: "analysing [{bar}] {value}/{total} files",
          hideCursor: true,
          clearOnComplete: true,
        });
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
