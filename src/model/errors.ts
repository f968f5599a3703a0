/** Errors as data: stable codes for misuse (thrown) and for per-input problems (recorded). */

/** Codes a caller can match on; never rename one, only add. */
export const ErrorCode = {
  /** The API or CLI was called wrongly (bad option, bad argument type). */
  Usage: "usage",
  /** A pipeline was assembled whose annotators do not fit together. */
  PipelineOrder: "pipeline_order",
  /** A path given on the command line does not exist or cannot be read. */
  InputNotFound: "input_not_found",
  /** A file type Triangulate does not read. */
  UnsupportedFormat: "unsupported_format",
  /** The input holds no text at all. */
  EmptyInput: "empty_input",
  /** The input looks like binary data, not text. */
  BinaryInput: "binary_input",
  /** The input is larger than the size cap. */
  TooLarge: "too_large",
  /** The bytes are not valid in any encoding we accept without loss. */
  BadEncoding: "bad_encoding",
  /** An HTML page without an article body. */
  NoArticle: "no_article",
  /** A .jsonl line that is not a JSON object of the expected shape. */
  BadJsonLine: "bad_json_line",
  /** A report with no text left after cleaning. */
  EmptyAfterCleaning: "empty_after_cleaning",
  /** A document given as a feed that is not well-formed RSS or Atom XML. */
  NotAFeed: "not_a_feed",
  /** A file given as a web archive that is not a readable WARC (or gzipped WARC). */
  BadWarc: "bad_warc",
  /** An unexpected failure while processing one report; the run goes on. */
  Internal: "internal_error",
  /** A web request failed: DNS, connection, TLS or a broken response. */
  FetchFailed: "fetch_failed",
  /** A web request did not finish within its time limit. */
  FetchTimeout: "fetch_timeout",
  /** A web request was redirected too many times or in a loop. */
  TooManyRedirects: "too_many_redirects",
  /** A web request would reach a private, loopback or otherwise non-public address. */
  PrivateAddress: "private_address",
  /** A web server answered with an HTTP error status (400 or above). */
  HttpError: "http_error",
  /** A URL that is malformed or not http/https. */
  UnsupportedUrl: "unsupported_url",
  /** A web response whose content type Triangulate does not read. */
  UnsupportedContentType: "unsupported_content_type",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error with a stable code; `input` names the file or item it concerns, when there is one. */
export class TriangulateError extends Error {
  readonly code: ErrorCode;
  readonly input: string | null;

  constructor(code: ErrorCode, message: string, input: string | null = null) {
    super(message);
    this.name = "TriangulateError";
    this.code = code;
    this.input = input;
  }
}

/** Describes a value for an "expected X, found Y" message. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value;
}
