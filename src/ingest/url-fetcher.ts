/** Fetches one article page or feed, safely and politely: public addresses only, bounded redirects, time and size. */
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { Agent, fetch, type Response } from "undici";
import { describeValue, ErrorCode, TriangulateError } from "../model/errors.js";
import { guardedLookup, isPublicAddress, privateAddressError } from "./address-guard.js";
import { HostLimiter } from "./host-limiter.js";
import { decodeWebText } from "./html-charset.js";

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (tests, intranets); false for anything a user typed. */
  readonly allowPrivateNetwork: boolean;
  /** Time for the whole request, redirects and body included; default 15 s. */
  readonly timeoutMs?: number;
  /** Largest body read, in bytes (after content decoding); default 5 MiB. */
  readonly maxBytes?: number;
  /** Redirects followed before `too_many_redirects`; default 5. */
  readonly maxRedirects?: number;
  /** Per-host concurrency limit; default one limiter shared by every call, 2 requests per host. */
  readonly limiter?: HostLimiter;
  readonly userAgent?: string;
  /** Extra request headers, e.g. `if-none-match` and `if-modified-since` for a feed polled again. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FetchedPage {
  /** The URL asked for. */
  readonly requestedUrl: string;
  /** The URL the body came from, after redirects. */
  readonly url: string;
  readonly status: number;
  /** The media type, lower-cased without parameters ("text/html"); null when the server sent none. */
  readonly contentType: string | null;
  /** Decoded by the charset header, else UTF-8, else the charset the document declares, else Windows-1252. */
  readonly body: string;
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};
export const USER_AGENT = `Triangulate/${version} (+https://github.com/triangulate-news/triangulate; news analysis)`;
const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const sharedLimiter = new HostLimiter();
const agents = new Map<boolean, Agent>();

interface Settings {
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly limiter: HostLimiter;
  readonly userAgent: string;
  readonly headers: Readonly<Record<string, string>>;
}

type Hop = { readonly location: string } | Omit<FetchedPage, "requestedUrl" | "url">;

/**
 * Fetches `url` with GET. Fails with a TriangulateError whose `input` is `url`: `unsupported_url`,
 * `private_address`, `too_many_redirects`, `fetch_timeout`, `too_large`, `http_error` or `fetch_failed`.
 * The content type is reported, not checked (see `expectContentType`).
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedPage> {
  const settings = resolveSettings(options);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    const message = `expected a complete response within ${settings.timeoutMs} ms, found none`;
    controller.abort(new TriangulateError(ErrorCode.FetchTimeout, message, url));
  }, settings.timeoutMs);
  try {
    return await followRedirects(url, settings, controller.signal);
  } catch (error) {
    throw asFetchError(error, url, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws `unsupported_content_type` unless the page's media type is one of `accepted`. */
export function expectContentType(page: FetchedPage, accepted: readonly string[]): void {
  if (page.contentType !== null && accepted.includes(page.contentType)) return;
  throw new TriangulateError(
    ErrorCode.UnsupportedContentType,
    `expected ${accepted.join(" or ")}, found ${page.contentType ?? "no content type"}`,
    page.requestedUrl,
  );
}

function resolveSettings(options: FetchOptions): Settings {
  if (typeof options?.allowPrivateNetwork !== "boolean") {
    throw usage("allowPrivateNetwork to be true or false", options?.allowPrivateNetwork);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw usage("timeoutMs above 0", timeoutMs);
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) throw usage("maxBytes a whole number above 0", maxBytes);
  if (!(Number.isInteger(maxRedirects) && maxRedirects >= 0)) {
    throw usage("maxRedirects a whole number of at least 0", maxRedirects);
  }
  return {
    allowPrivate: options.allowPrivateNetwork,
    timeoutMs,
    maxBytes,
    maxRedirects,
    limiter: options.limiter ?? sharedLimiter,
    userAgent: options.userAgent ?? USER_AGENT,
    headers: options.headers ?? {},
  };
}

function usage(expected: string, found: unknown): TriangulateError {
  const shown = typeof found === "number" ? String(found) : describeValue(found);
  return new TriangulateError(ErrorCode.Usage, `expected ${expected}, found ${shown}`);
}

async function followRedirects(requestedUrl: string, s: Settings, signal: AbortSignal): Promise<FetchedPage> {
  let current = parseHttpUrl(requestedUrl);
  const seen = new Set([current.href]);
  for (let redirects = 0; redirects <= s.maxRedirects; redirects++) {
    const target = current;
    const hop = await s.limiter.run(target.hostname, () => fetchOnce(target, s, signal), signal);
    if (!("location" in hop)) return { requestedUrl, url: current.href, ...hop };
    const next = parseHttpUrl(hop.location, current);
    if (seen.has(next.href)) {
      throw new TriangulateError(
        ErrorCode.TooManyRedirects,
        `expected a page at the end of the redirects, found a loop back to ${next.href}`,
      );
    }
    seen.add(next.href);
    current = next;
  }
  throw new TriangulateError(
    ErrorCode.TooManyRedirects,
    `expected at most ${s.maxRedirects} redirects, found more (last to ${current.href})`,
  );
}

/** `raw` resolved against `base`; only http and https URLs pass. */
function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new TriangulateError(
      ErrorCode.UnsupportedUrl,
      `expected an absolute http or https URL, found ${describeValue(raw)}`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TriangulateError(
      ErrorCode.UnsupportedUrl,
      `expected an http or https URL, found a ${url.protocol} URL (${url.href.slice(0, 80)})`,
    );
  }
  return url;
}

/** One request: a redirect's location, or the checked and decoded page. */
async function fetchOnce(url: URL, s: Settings, signal: AbortSignal): Promise<Hop> {
  // `net` connects to a literal IP without calling `lookup`, so the guard cannot see it there.
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!s.allowPrivate && isIP(literal) !== 0 && !isPublicAddress(literal)) {
    throw privateAddressError(literal, url.hostname);
  }
  const response = await fetch(url, {
    headers: { ...s.headers, "user-agent": s.userAgent, accept: ACCEPT },
    redirect: "manual",
    dispatcher: agentFor(s.allowPrivate),
    signal,
  });
  const location = response.headers.get("location");
  if (REDIRECT_STATUSES.has(response.status) && location !== null) {
    await discard(response);
    return { location };
  }
  if (response.status >= 400) {
    await discard(response);
    const text = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new TriangulateError(
      ErrorCode.HttpError,
      `expected a success status, found HTTP ${text} at ${url.href}`,
    );
  }
  const bytes = await readCapped(response, s.maxBytes);
  const contentType = response.headers.get("content-type");
  return {
    status: response.status,
    contentType: contentType?.split(";")[0]?.trim().toLowerCase() || null,
    body: decodeWebText(bytes, contentType),
    headers: Object.fromEntries(response.headers),
  };
}

function agentFor(allowPrivate: boolean): Agent {
  let agent = agents.get(allowPrivate);
  if (!agent) {
    agent = new Agent({ connect: { lookup: guardedLookup(allowPrivate) } });
    agents.set(allowPrivate, agent);
  }
  return agent;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The body's bytes; `too_large` on a Content-Length over the cap, or as soon as the stream passes it. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await discard(response);
    throw tooLarge(maxBytes, `a Content-Length of ${declared}`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, `more (${total} bytes read so far)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number, found: string): TriangulateError {
  return new TriangulateError(ErrorCode.TooLarge, `expected at most ${maxBytes} bytes, found ${found}`);
}

/** Every failure as a TriangulateError naming `input`; after the deadline, always `fetch_timeout`. */
function asFetchError(error: unknown, input: string, signal: AbortSignal): TriangulateError {
  const known = error instanceof TriangulateError ? error : causeOf(error);
  if (known && known.code !== ErrorCode.FetchTimeout) return withInput(known, input);
  if (signal.aborted && signal.reason instanceof TriangulateError) return signal.reason;
  if (known) return withInput(known, input);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const found = cause instanceof Error ? cause.message : String(cause);
  return new TriangulateError(ErrorCode.FetchFailed, `expected a response, found an error: ${found}`, input);
}

/** undici wraps network failures (the address guard's among them) as `TypeError("fetch failed", { cause })`. */
function causeOf(error: unknown): TriangulateError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current instanceof TriangulateError) return current;
    current = current.cause;
  }
  return null;
}

function withInput(error: TriangulateError, input: string): TriangulateError {
  return error.input === null ? new TriangulateError(error.code, error.message, input) : error;
}
