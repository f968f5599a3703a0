/** Validates one .jsonl line (`{"id"?, "text"|"html", "url"?, "outlet"?, "title"?, "published"?}`) into a raw report. */
import { z } from "zod";
import type { RawReport } from "../model/document.js";
import { describeValue, ErrorCode, TriangulateError } from "../model/errors.js";
import { articleReport } from "./article-report.js";
import { extractArticle } from "./html-extractor.js";

const optionalString = z.string().nullish();

/** One report as a .jsonl line or a JSON record posted to the API. */
export const recordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).nullish(),
  text: optionalString,
  html: optionalString,
  url: optionalString,
  outlet: optionalString,
  title: optionalString,
  published: optionalString,
});

type JsonRecord = z.infer<typeof recordSchema>;

/** `fallbackId` names the report when the record has no id (file name and line number). */
export function parseJsonlLine(line: string, input: string, fallbackId: string): RawReport {
  const r = validRecord(line, input);
  const published = r.published ? (/^\d{4}-\d{2}-\d{2}/.exec(r.published)?.[0] ?? null) : null;
  const base = {
    id: r.id != null ? String(r.id) : fallbackId,
    input,
    url: r.url ?? null,
    published,
    publishedBasis: published ? "jsonl published field" : null,
  };
  if (r.text?.trim()) {
    return {
      ...base,
      format: "jsonl",
      text: r.text,
      title: r.title ?? null,
      outlet: r.outlet ?? null,
      captions: [],
    };
  }
  return articleReport(extractArticle(r.html ?? "", input, r.url ?? null), {
    ...base,
    format: "jsonl",
    title: r.title ?? null,
    outlet: r.outlet ?? null,
  });
}

/** The line as a record of the expected shape, with text or HTML to read; else a bad_json_line error. */
function validRecord(line: string, input: string): JsonRecord {
  const bad = (message: string) => new TriangulateError(ErrorCode.BadJsonLine, message, input);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw bad(`expected a JSON object, found invalid JSON (${why})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw bad(`expected a JSON object, found ${describeValue(value)}`);
  }
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    // Every check in the schema is on one top-level field.
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    const found = describeValue((value as Record<string, unknown>)[field]);
    const expected = field === "id" ? "a non-empty string or a number" : "a string";
    throw bad(`field "${field}": expected ${expected}, found ${found}`);
  }
  const r = parsed.data;
  if (!r.text?.trim() && !r.html?.trim()) {
    const found = r.text != null || r.html != null ? "only whitespace" : "neither";
    throw bad(`expected a non-empty "text" or "html" field, found ${found}`);
  }
  return r;
}
