/** A local web server for tests: invented article pages, a feed, and every way a web input can go wrong. */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const paragraphs = (topic: string) =>
  [
    `Fire crews in Port Wren fought a blaze at the ${topic} for most of Tuesday night, the harbour authority said on Wednesday.`,
    "Nobody was hurt, but two cargo ships were moved away from the quay as a precaution while the smoke cleared.",
    `The authority said the ${topic} would stay closed until engineers had checked the damage to its roof and walls.`,
  ]
    .map((p) => `<p>${p}</p>`)
    .join("\n");

export const ARTICLE_A = `<!doctype html><html lang="en"><head><title>Warehouse fire | Port Wren Tribune</title>
<meta property="og:site_name" content="Port Wren Tribune"><meta property="og:title" content="Fire guts harbour warehouse">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fire guts harbour warehouse","datePublished":"2025-03-12T08:00:00Z","author":{"@type":"Person","name":"Ines Ward"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Fire guts harbour warehouse</h1>${paragraphs("grain warehouse")}
<figure><img src="x.jpg"><figcaption>Smoke over the quay in Port Wren, March 11, 2025.</figcaption></figure>
<p>Share this article</p></article><footer>Copyright © 2025 Port Wren Tribune</footer></body></html>`;

/** No date in the page: the feed item's date must be used. */
export const ARTICLE_B = `<!doctype html><html><head><title>Quay reopens after fire</title></head><body>
<main><h1>Quay reopens after fire</h1>${paragraphs("north quay")}</main></body></html>`;

/** Unclosed tags and stray end tags: a browser would still show the article, and so must we. */
export const MALFORMED = `<html><head><title>Ferry strike ends</title><body><div class="story"><h1>Ferry strike ends
<p>Ferry crews in Port Wren went back to work on Thursday after a three-day strike over pay ended with a deal, the union said.
<p>The deal gives crews a raise of four percent this year and another three percent next year, union leader Sam Okoro told reporters.
<p>Passengers had been stranded on both sides of the bay since Monday, and the harbour authority had added extra buses.</span></b>
</div></html>`;

export interface FixtureServer {
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  let origin = "";
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    route(req.url ?? "/", origin, res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

type Handler = (res: ServerResponse, origin: string) => void;

const page =
  (body: string): Handler =>
  (res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  };
const redirect =
  (to: string): Handler =>
  (res) => {
    res.writeHead(302, { location: to }).end();
  };

const ROUTES: Readonly<Record<string, Handler>> = {
  "/news/warehouse-fire.html": page(ARTICLE_A),
  "/news/quay-reopens": page(ARTICLE_B),
  "/news/ferry-strike": page(MALFORMED),
  "/moved": redirect("/news/warehouse-fire.html"),
  "/loop-a": redirect("/loop-b"),
  "/loop-b": redirect("/loop-a"),
  // Headers and a first chunk, then nothing: only a timeout ends it.
  "/slow": (res) => {
    res.writeHead(200, { "content-type": "text/html" }).write("<html><body><p>Still loading");
  },
  "/huge": (res) => {
    res.writeHead(200, { "content-type": "text/html" });
    for (let i = 0; i < 64; i++) res.write(`<p>${"filler text ".repeat(100)}</p>`);
    res.end();
  },
  "/data.json": (res) => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"not":"html"}');
  },
  "/feed.xml": (res, origin) => {
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(feed(origin));
  },
};

function route(path: string, origin: string, res: ServerResponse): void {
  const handler = ROUTES[path];
  if (handler) handler(res, origin);
  else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
}

export function feed(origin: string): string {
  const item = (title: string, path: string, date: string) =>
    `<item><title>${title}</title><link>${origin}${path}</link><pubDate>${date}</pubDate></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Port Wren Tribune</title>
<link>${origin}/</link>
${item("Fire guts harbour warehouse", "/news/warehouse-fire.html", "Wed, 12 Mar 2025 08:00:00 GMT")}
${item("Quay reopens after fire (feed title)", "/news/quay-reopens", "Thu, 13 Mar 2025 09:30:00 GMT")}
${item("A story that is gone", "/news/gone", "Thu, 13 Mar 2025 10:00:00 GMT")}
</channel></rss>`;
}
