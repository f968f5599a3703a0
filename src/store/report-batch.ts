/** Stores reports as they are read, a small transaction at a time, so a run killed half-way keeps what it stored. */
import { emptyPageMessage } from "../clean/placeholder-page.js";
import { cleanReport } from "../clean/report-cleaner.js";
import type { RawReport } from "../model/document.js";
import { ErrorCode } from "../model/errors.js";
import type { Problem } from "../model/report-schema.js";
import type { Store } from "./store.js";

/** Reports per transaction. */
const COMMIT_EVERY = 25;

/** Collects reports and commits them COMMIT_EVERY at a time; `flush` commits the rest. */
export class ReportBatch {
  private readonly pending: RawReport[] = [];
  readonly added: string[] = [];
  readonly duplicates: string[] = [];
  readonly problems: Problem[] = [];

  constructor(private readonly store: Store) {}

  add(raw: RawReport): void {
    if (this.pending.push(raw) >= COMMIT_EVERY) this.flush();
  }

  flush(): void {
    const result = storeCleanable(this.store, this.pending.splice(0));
    this.added.push(...result.added);
    this.duplicates.push(...result.duplicates);
    this.problems.push(...result.problems);
  }
}

/** Stores, in one transaction, the reports with article text left after cleaning; the others are problems. */
export function storeCleanable(
  store: Store,
  raws: readonly RawReport[],
): { added: readonly string[]; duplicates: readonly string[]; problems: readonly Problem[] } {
  const kept: RawReport[] = [];
  const problems: Problem[] = [];
  for (const raw of raws) {
    const clean = cleanReport(raw);
    if (clean.text.trim() !== "") kept.push(raw);
    else
      problems.push({
        input: raw.input,
        code: ErrorCode.EmptyAfterCleaning,
        message: emptyPageMessage(clean.removed),
      });
  }
  return { ...store.addReports(kept), problems };
}
