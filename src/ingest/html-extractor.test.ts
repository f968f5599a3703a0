/** Tests for pulling an article, its metadata and its captions out of an invented news page. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { TriangulateError } from "../model/errors.js";
import { extractArticle } from "./html-extractor.js";

const PARAGRAPHS = [
  "A fire destroyed a timber warehouse on the north quay of Port Wren harbour late on Thursday, the town's fire brigade said, and the harbour will stay closed to fishing boats until Monday.",
  "At least 40 firefighters fought the flames for six hours before bringing them under control, brigade chief Maren Tolly told reporters on Friday morning.",
  '"The wind carried sparks across the whole quay," Tolly said. Two fishing boats moored beside the warehouse were damaged, and police said the cause of the fire was not yet known.',
];
const CAPTION = "Smoke rises over the north quay on Thursday night. Photo: Ida Marsh";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Warehouse fire shuts Port Wren harbour | Port Wren Tribune</title>
  <meta property="og:title" content="Warehouse fire shuts Port Wren harbour">
  <meta property="og:site_name" content="Port Wren Tribune">
  <meta property="article:published_time" content="2031-03-14T07:45:00+00:00">
  <link rel="canonical" href="https://tribune.example/news/harbour-fire">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav></header>
  <main>
    <article>
      <h1>Warehouse fire shuts Port Wren harbour</h1>
      <ul class="share">
        <li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email this story</a></li>
      </ul>
      <p>${PARAGRAPHS[0]}</p>
      <figure>
        <img src="/img/quay.jpg" alt="">
        <figcaption>${CAPTION}</figcaption>
      </figure>
      <p>${PARAGRAPHS[1]}</p>
      <p>${PARAGRAPHS[2]}</p>
      <aside class="related">
        <h2>Related stories</h2>
        <ul>
          <li><a href="/ferry">Port Wren council approves new ferry timetable</a></li>
          <li><a href="/lighthouse">Lighthouse keeper retires after forty years</a></li>
        </ul>
      </aside>
    </article>
  </main>
  <footer><p>© 2031 Port Wren Tribune. All rights reserved.</p></footer>
</body>
</html>`;

test("reads title, outlet, canonical URL and publication day from the page's metadata", () => {
  const article = extractArticle(PAGE, "tribune.html");
  assert.equal(article.title, "Warehouse fire shuts Port Wren harbour");
  assert.equal(article.outlet, "Port Wren Tribune");
  assert.equal(article.url, "https://tribune.example/news/harbour-fire");
  assert.equal(article.published, "2031-03-14");
  assert.equal(article.publishedBasis, "meta article:published_time");
});

test("keeps the article paragraphs, in order, and the photo caption apart from them", () => {
  const article = extractArticle(PAGE, "tribune.html");
  assert.equal(article.text, PARAGRAPHS.join("\n\n"));
  assert.deepEqual(article.captions, [CAPTION]);
  assert.ok(!article.text.includes("Smoke rises"), "caption not in the text");
});

test("leaves out the share bar, related links, navigation and footer", () => {
  const { text } = extractArticle(PAGE, "tribune.html");
  for (const chrome of [
    "Share on",
    "Email this story",
    "Related stories",
    "ferry timetable",
    "Lighthouse",
    "Weather",
    "All rights reserved",
  ]) {
    assert.ok(!text.includes(chrome), `"${chrome}" is not article text`);
  }
});

test("JSON-LD comes first for the date and publisher; <time datetime> is the last resort", () => {
  const jsonLd = JSON.stringify({
    "@type": "NewsArticle",
    headline: "Harbour closed after warehouse fire",
    datePublished: "2031-03-15",
    publisher: { "@type": "Organization", name: "Harbour Gazette" },
  });
  const withLd = PAGE.replace(/<meta property="og:(title|site_name)"[^>]*>/g, "").replace(
    "</head>",
    `<script type="application/ld+json">${jsonLd}</script></head>`,
  );
  const ld = extractArticle(withLd, "gazette.html");
  assert.equal(ld.title, "Harbour closed after warehouse fire");
  assert.equal(ld.outlet, "Harbour Gazette");
  assert.equal(ld.published, "2031-03-15");
  assert.equal(ld.publishedBasis, "JSON-LD datePublished");

  const withTime = PAGE.replace(/<meta property="article:published_time"[^>]*>/, "").replace(
    "<h1>",
    '<time datetime="2031-03-13T23:05">13 March</time><h1>',
  );
  const timed = extractArticle(withTime, "tribune.html");
  assert.equal(timed.published, "2031-03-13");
  assert.equal(timed.publishedBasis, "<time datetime>");
});

test("a page with only navigation and a footer is no_article", () => {
  const page = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <footer><p>© 2031 Port Wren Tribune. All rights reserved.</p></footer></body></html>`;
  assert.throws(
    () => extractArticle(page, "nav-only.html"),
    (error: unknown) => {
      assert.ok(error instanceof TriangulateError);
      assert.equal(error.code, "no_article");
      assert.equal(error.input, "nav-only.html");
      assert.match(error.message, /^expected an article in the HTML page, found /);
      return true;
    },
  );
});
