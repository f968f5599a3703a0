/** Turns a POST /reports body (JSON records, or an HTML page) into raw reports, or says what is wrong with it. */
import { articleReport } from "../ingest/article-report.js";
import { extractArticle } from "../ingest/html-extractor.js";
import { parseJsonlLine } from "../ingest/jsonl-record.js";
import type { RawReport } from "../model/document.js";
import { TriangulateError } from "../model/errors.js";

export type Intake = { readonly reports: RawReport[] } | { readonly error: string };

const INPUT = "POST /reports";

/**
 * JSON: one record or an array of records shaped as a .jsonl line (`text` or `html`, and `id`, `url`,
 * `outlet`, `title`, `published`), validated the same way. HTML: one page, its article extracted.
 */
export function readIntake(contentType: string, body: string, fallbackId: string): Intake {
  try {
    if (/^text\/html\b/i.test(contentType)) {
      return {
        reports: [
          articleReport(extractArticle(body, INPUT), { id: fallbackId, input: INPUT, format: "html" }),
        ],
      };
    }
    const value: unknown = JSON.parse(body);
    const records = Array.isArray(value) ? value : [value];
    if (records.length === 0) return { error: "expected a report or a non-empty array of reports, found []" };
    return {
      reports: records.map((r, i) =>
        parseJsonlLine(JSON.stringify(r), `${INPUT}[${i}]`, `${fallbackId}-${i + 1}`),
      ),
    };
  } catch (error) {
    if (error instanceof TriangulateError) return { error: `${error.input ?? INPUT}: ${error.message}` };
    if (error instanceof SyntaxError)
      return { error: `expected JSON, found invalid JSON (${error.message})` };
    throw error;
  }
}
