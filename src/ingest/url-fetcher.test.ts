/** Tests for fetching pages from a local test server: redirects, time and size limits, errors, charsets, the guard. */
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { TriangulateError } from "../model/errors.js";
import { HostLimiter } from "./host-limiter.js";
import { expectContentType, type FetchOptions, fetchUrl } from "./url-fetcher.js";

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Harbour reopens</title></head>
<body><article><h1>Harbour reopens</h1>
<p>Port Wren harbour reopened to fishing boats on Monday, four days after a warehouse fire on the north quay.</p>
<p>“We lost a week of catch,” said skipper Ana Quill. Café owners on the quay said trade was slow.</p>
</article></body></html>`;

const LATIN1 = "<html><body><p>Caf\u00e9 na\u00efve \u00bfQu\u00e9 pas\u00f3? \u00a3200</p></body></html>";
/** Windows-1252 bytes for curly quotes and a dash, with the charset given only in a <meta> tag. */
const META_1252 = Buffer.concat([
  Buffer.from(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    "latin1",
  ),
  Buffer.from("</head><body><p>\x93Fire\x94 \x96 caf\xe9</p></body></html>", "latin1"),
]);
const FEED = Buffer.from(
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Tribune \xe9t\xe9</title></channel></rss>',
  "latin1",
);

let server: Server;
let base = "";
let inFlight = 0;
let mostInFlight = 0;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function redirect(status: number, to: string): Handler {
  return (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };
}

function send(type: string, body: string | Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": type });
    res.end(body);
  };
}

const ROUTES: Record<string, Handler> = {
  "/page": send("text/html; charset=utf-8", PAGE),
  "/r1": redirect(301, "/r2"),
  "/r2": (req, res) => redirect(302, `http://${req.headers.host}/page`)(req, res),
  "/loop-a": redirect(302, "/loop-b"),
  "/loop-b": redirect(307, "/loop-a"),
  "/to-ftp": redirect(302, "ftp://files.example/report.txt"),
  "/missing": (_req, res) => {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  },
  "/data.json": send("application/json", '{"headline":"Harbour reopens"}'),
  "/latin1": send("text/html; charset=ISO-8859-1", Buffer.from(LATIN1, "latin1")),
  "/meta-1252": send("text/html", META_1252),
  "/feed.xml": send("application/rss+xml", FEED),
  "/echo": (req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ua: req.headers["user-agent"], accept: req.headers.accept }));
  },
  "/stall": () => {
    // Never answers; the server closes the connection when the tests end.
  },
  "/slow-body": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>The first paragraph arrives, and then nothing more.");
  },
  "/huge-chunked": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = `<p>${"flood ".repeat(1000)}</p>`;
    for (let i = 0; i < 64; i++) res.write(chunk);
    res.end();
  },
  "/huge-declared": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
    res.write("<p>only the start of a very large page</p>");
  },
  "/counted": (_req, res) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("counted");
    }, 40);
  },
};

before(async () => {
  server = createServer((req, res) => {
    res.on("error", () => undefined);
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    // /chain/N redirects N + 1 times before the page: /chain/4 five times.
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const left = Number(chain[1]);
      return redirect(302, left > 0 ? `/chain/${left - 1}` : "/page")(req, res);
    }
    const handler = ROUTES[path];
    if (handler) return handler(req, res);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const LOCAL: FetchOptions = { allowPrivateNetwork: true, timeoutMs: 5000 };

async function assertFetchFails(
  url: string,
  options: FetchOptions,
  code: string,
  message: RegExp,
): Promise<void> {
  await assert.rejects(fetchUrl(url, options), (error: unknown) => {
    assert.ok(error instanceof TriangulateError, String(error));
    assert.equal(error.code, code, error.message);
    assert.equal(error.input, url);
    assert.match(error.message, message);
    return true;
  });
}

test("a page is fetched, decoded as UTF-8 and reported with its type and headers", async () => {
  const page = await fetchUrl(`${base}/page`, LOCAL);
  assert.equal(page.requestedUrl, `${base}/page`);
  assert.equal(page.url, `${base}/page`);
  assert.equal(page.status, 200);
  assert.equal(page.contentType, "text/html");
  assert.equal(page.headers["content-type"], "text/html; charset=utf-8");
  assert.equal(page.body, PAGE);
  expectContentType(page, ["text/html", "application/xhtml+xml"]);
});

test("the request says who is asking and what it accepts", async () => {
  const page = await fetchUrl(`${base}/echo`, LOCAL);
  const { ua, accept } = JSON.parse(page.body) as { ua: string; accept: string };
  assert.match(
    ua,
    /^Triangulate\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/triangulate-news\/triangulate; news analysis\)$/,
  );
  assert.match(accept, /text\/html/);
  assert.match(accept, /application\/rss\+xml/);
  const custom = await fetchUrl(`${base}/echo`, { ...LOCAL, userAgent: "Triangulate-test/1" });
  assert.equal((JSON.parse(custom.body) as { ua: string }).ua, "Triangulate-test/1");
});

test("a 301 then 302 chain is followed, and the final URL reported", async () => {
  const page = await fetchUrl(`${base}/r1`, LOCAL);
  assert.equal(page.requestedUrl, `${base}/r1`);
  assert.equal(page.url, `${base}/page`);
  assert.equal(page.body, PAGE);
});

test("five redirects are followed, a sixth is too many", async () => {
  const five = await fetchUrl(`${base}/chain/4`, LOCAL);
  assert.equal(five.url, `${base}/page`);
  await assertFetchFails(
    `${base}/chain/5`,
    LOCAL,
    "too_many_redirects",
    /^expected at most 5 redirects, found more \(last to .*\/page\)$/,
  );
  const two = await fetchUrl(`${base}/r1`, { ...LOCAL, maxRedirects: 2 });
  assert.equal(two.url, `${base}/page`);
  await assertFetchFails(
    `${base}/r1`,
    { ...LOCAL, maxRedirects: 1 },
    "too_many_redirects",
    /at most 1 redirects/,
  );
});

test("a redirect loop is too_many_redirects", async () => {
  await assertFetchFails(`${base}/loop-a`, LOCAL, "too_many_redirects", /found a loop back to .*\/loop-a$/);
});

test("only http and https URLs are fetched, redirect targets included", async () => {
  await assertFetchFails(
    "file:///etc/passwd",
    LOCAL,
    "unsupported_url",
    /expected an http or https URL, found a file: URL/,
  );
  await assertFetchFails("not a url", LOCAL, "unsupported_url", /expected an absolute http or https URL/);
  await assertFetchFails(`${base}/to-ftp`, LOCAL, "unsupported_url", /found a ftp: URL/);
});

test("a response that never comes is fetch_timeout", async () => {
  const started = Date.now();
  await assertFetchFails(`${base}/stall`, { ...LOCAL, timeoutMs: 300 }, "fetch_timeout", /within 300 ms/);
  assert.ok(Date.now() - started < 3000);
});

test("a body that never finishes is fetch_timeout", async () => {
  const started = Date.now();
  await assertFetchFails(`${base}/slow-body`, { ...LOCAL, timeoutMs: 300 }, "fetch_timeout", /within 300 ms/);
  assert.ok(Date.now() - started < 3000);
});

test("a chunked body past the cap is too_large", async () => {
  await assertFetchFails(
    `${base}/huge-chunked`,
    { ...LOCAL, maxBytes: 16 * 1024 },
    "too_large",
    /^expected at most 16384 bytes, found more/,
  );
  const whole = await fetchUrl(`${base}/huge-chunked`, { ...LOCAL, maxBytes: 1024 * 1024 });
  assert.ok(whole.body.length > 64 * 6000);
});

test("a Content-Length over the cap is refused before the body is read", async () => {
  const started = Date.now();
  await assertFetchFails(
    `${base}/huge-declared`,
    LOCAL,
    "too_large",
    /^expected at most 5242880 bytes, found a Content-Length of 52428800$/,
  );
  assert.ok(Date.now() - started < 3000);
});

test("an HTTP error status is http_error with the status", async () => {
  await assertFetchFails(
    `${base}/missing`,
    LOCAL,
    "http_error",
    /^expected a success status, found HTTP 404 Not Found/,
  );
});

test("a non-HTML type is reported, and expectContentType refuses it", async () => {
  const page = await fetchUrl(`${base}/data.json`, LOCAL);
  assert.equal(page.contentType, "application/json");
  assert.equal(page.body, '{"headline":"Harbour reopens"}');
  assert.throws(
    () => expectContentType(page, ["text/html"]),
    (error: unknown) =>
      error instanceof TriangulateError &&
      error.code === "unsupported_content_type" &&
      error.message === "expected text/html, found application/json" &&
      error.input === `${base}/data.json`,
  );
});

test("a latin-1 charset header is decoded right", async () => {
  const page = await fetchUrl(`${base}/latin1`, LOCAL);
  assert.equal(page.body, LATIN1);
  assert.match(page.body, /Café naïve ¿Qué pasó\? £200/);
});

test("without a header charset, bytes that are not UTF-8 follow the page's <meta> charset", async () => {
  const page = await fetchUrl(`${base}/meta-1252`, LOCAL);
  assert.match(page.body, /<p>“Fire” – café<\/p>/);
});

test("a feed's XML declaration names its encoding", async () => {
  const page = await fetchUrl(`${base}/feed.xml`, LOCAL);
  assert.equal(page.contentType, "application/rss+xml");
  assert.match(page.body, /<title>Tribune été<\/title>/);
});

test("private addresses are refused unless allowed: a literal IP, and a name resolved at connect time", async () => {
  const strict: FetchOptions = { allowPrivateNetwork: false, timeoutMs: 5000 };
  await assertFetchFails(
    `${base}/page`,
    strict,
    "private_address",
    /^expected a public address, found 127\.0\.0\.1 for host 127\.0\.0\.1$/,
  );
  const port = new URL(base).port;
  await assertFetchFails(
    `http://localhost:${port}/page`,
    strict,
    "private_address",
    /^expected a public address, found (127\.0\.0\.1|::1) for host localhost$/,
  );
  await assertFetchFails("http://[::1]/page", strict, "private_address", /found ::1 for host \[::1\]/);
  await assertFetchFails("http://[::ffff:127.0.0.1]/", strict, "private_address", /found ::ffff:7f00:1/);
});

test("a refused connection is fetch_failed", async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assertFetchFails(
    `http://127.0.0.1:${port}/`,
    LOCAL,
    "fetch_failed",
    /^expected a response, found an error: /,
  );
});

test("the host limiter keeps concurrent requests to one host at its limit", async () => {
  mostInFlight = 0;
  const limiter = new HostLimiter(2);
  const pages = await Promise.all(
    [1, 2, 3, 4, 5].map(() => fetchUrl(`${base}/counted`, { ...LOCAL, limiter })),
  );
  assert.ok(pages.every((p) => p.body === "counted"));
  assert.equal(mostInFlight, 2);
});

test("bad options are usage errors", async () => {
  for (const options of [
    { allowPrivateNetwork: "yes" },
    { allowPrivateNetwork: true, timeoutMs: 0 },
    { allowPrivateNetwork: true, maxBytes: -1 },
    { allowPrivateNetwork: true, maxRedirects: 1.5 },
  ]) {
    await assert.rejects(
      fetchUrl(`${base}/page`, options as unknown as FetchOptions),
      (error: unknown) => error instanceof TriangulateError && error.code === "usage",
    );
  }
});
