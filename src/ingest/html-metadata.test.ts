// Tests for htmlMetadata and jsonLdArticle: source precedence (JSON-LD > og > meta), sources, dates, language, URL, alternatives.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import type { DomNode } from "./html-blocks.js";
import { htmlMetadata } from "./html-metadata.js";
import { jsonLdArticle } from "./json-ld.js";
import { type PageHead, scanPage } from "./page-scan.js";

function doc(head: string, body = "<p>Text.</p>", htmlAttrs = ""): PageHead {
  const { document } = parseHTML(
    `<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`,
  );
  return scanPage(document as unknown as DomNode);
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const OG = [
  '<meta property="og:title" content="OG title">',
  '<meta property="og:site_name" content="OG Outlet">',
  '<meta property="article:published_time" content="2025-02-01T08:00:00Z">',
  '<meta property="article:modified_time" content="2025-02-02T09:00:00Z">',
  '<meta property="og:url" content="https://og.example/story">',
].join("");
const PLAIN = [
  "<title>Title tag</title>",
  '<meta name="twitter:title" content="Twitter title">',
  '<meta name="application-name" content="App Outlet">',
  '<meta name="author" content="Meta Author">',
  '<meta name="date" content="2025-01-01">',
].join("");
const ARTICLE = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "LD headline",
  datePublished: "2025-03-12T10:30:00+01:00",
  dateModified: "2025-03-13T07:00:00Z",
  author: [{ "@type": "Person", name: "Ann Lee" }, { name: "Bo Diaz" }],
  publisher: { "@type": "Organization", name: "LD Outlet" },
  inLanguage: "en-GB",
  url: "https://ld.example/story",
};

test("JSON-LD NewsArticle wins over og:*, which wins over plain <meta>; each value names its source", () => {
  const meta = htmlMetadata(doc(PLAIN + OG + ld(ARTICLE)));
  assert.equal(meta.title, "LD headline");
  assert.equal(meta.outlet, "LD Outlet");
  assert.equal(meta.byline, "Ann Lee, Bo Diaz");
  assert.equal(meta.published, "2025-03-12");
  assert.equal(meta.publishedBasis, "JSON-LD datePublished");
  assert.equal(meta.modified, "2025-03-13");
  assert.equal(meta.language, "en-GB");
  const chosen = (name: string) => meta.metadata.find((f) => f.name === name)?.source;
  assert.equal(chosen("title"), "JSON-LD headline");
  assert.equal(chosen("outlet"), "JSON-LD publisher");
  assert.equal(chosen("byline"), "JSON-LD author");
  assert.equal(chosen("modified"), "JSON-LD dateModified");
});

test("without JSON-LD, og:* wins over plain <meta> and <title>", () => {
  const meta = htmlMetadata(doc(PLAIN + OG));
  assert.equal(meta.title, "OG title");
  assert.equal(meta.outlet, "OG Outlet");
  assert.equal(meta.published, "2025-02-01");
  assert.equal(meta.publishedBasis, "meta article:published_time");
  assert.equal(meta.modified, "2025-02-02");
  assert.equal(meta.url, "https://og.example/story");
  const chosen = (name: string) => meta.metadata.find((f) => f.name === name)?.source;
  assert.equal(chosen("title"), "og:title");
  assert.equal(chosen("outlet"), "og:site_name");
  assert.equal(chosen("url"), "og:url");
});

test("with only plain <meta>, twitter:title, application-name, author and date are used", () => {
  const meta = htmlMetadata(doc(PLAIN));
  assert.equal(meta.title, "Twitter title");
  assert.equal(meta.outlet, "App Outlet");
  assert.equal(meta.byline, "Meta Author");
  assert.equal(meta.published, "2025-01-01");
  assert.equal(meta.publishedBasis, "meta date");
  const title = htmlMetadata(doc("<title>  Only   the title </title>"));
  assert.equal(title.title, "Only the title");
  assert.equal(title.metadata.find((f) => f.name === "title")?.source, "<title>");
});

test("metadata lists the alternatives too, best first: JSON-LD title before og:title", () => {
  const meta = htmlMetadata(doc(OG + ld(ARTICLE)));
  assert.deepEqual(
    meta.metadata.filter((f) => f.name === "title"),
    [
      { name: "title", value: "LD headline", source: "JSON-LD headline" },
      { name: "title", value: "OG title", source: "og:title" },
    ],
  );
  assert.deepEqual(
    meta.metadata.filter((f) => f.name === "published").map((f) => [f.value, f.source]),
    [
      ["2025-03-12", "JSON-LD datePublished"],
      ["2025-02-01", "meta article:published_time"],
    ],
  );
});

test("the article is found inside @graph, and with @type as an array", () => {
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Site name" },
      { "@type": "BreadcrumbList", name: "Crumbs" },
      { "@type": ["Article", "NewsArticle"], headline: "Graph headline", author: "Cy Ng" },
    ],
  };
  const meta = htmlMetadata(doc(ld(graph)));
  assert.equal(meta.title, "Graph headline");
  assert.equal(meta.byline, "Cy Ng");
  assert.equal(jsonLdArticle(doc(ld(graph)).jsonLd)?.headline, "Graph headline");
  // A top-level array of items works too, and ReportageNewsArticle or BlogPosting are articles.
  assert.equal(
    jsonLdArticle(
      doc(ld([{ "@type": "Organization" }, { "@type": "BlogPosting", name: "Post name" }])).jsonLd,
    )?.headline,
    "Post name",
  );
});

test("author forms: a string, an object, an array of objects → 'A, B'", () => {
  const author = (value: unknown) =>
    jsonLdArticle(doc(ld({ "@type": "NewsArticle", author: value })).jsonLd)?.author;
  assert.equal(author("Ann Lee"), "Ann Lee");
  assert.equal(author({ "@type": "Person", name: " Ann Lee " }), "Ann Lee");
  assert.equal(author([{ name: "Ann Lee" }, "Bo Diaz", { name: "" }, { url: "x" }]), "Ann Lee, Bo Diaz");
  assert.equal(author([]), undefined);
});

test("broken JSON-LD is ignored and the next block or the og tags are used", () => {
  const broken = '<script type="application/ld+json">{ "@type": "NewsArticle", headline: oops</script>';
  assert.equal(htmlMetadata(doc(broken + OG)).title, "OG title");
  assert.equal(
    htmlMetadata(doc(broken + ld({ "@type": "NewsArticle", headline: "Second block" }))).title,
    "Second block",
  );
  // JSON-LD that is not an article is no article.
  assert.equal(jsonLdArticle(doc(ld({ "@type": "Organization", name: "Org" })).jsonLd), null);
});

test("dates are reduced to YYYY-MM-DD; a value that is not an ISO date is skipped", () => {
  const meta = htmlMetadata(
    doc(
      '<meta property="article:published_time" content="March 3, 2025">' +
        '<meta itemprop="datePublished" content="2025-03-04T23:59:59-05:00">',
    ),
  );
  assert.equal(meta.published, "2025-03-04");
  assert.equal(meta.publishedBasis, "meta itemprop datePublished");
  assert.ok(!meta.metadata.some((f) => f.value === "March 3, 2025"));
});

test("<time datetime> is the fallback date", () => {
  const meta = htmlMetadata(doc("", '<p>Posted <time datetime="2024-11-18T06:00">Monday</time></p>'));
  assert.equal(meta.published, "2024-11-18");
  assert.equal(meta.publishedBasis, "<time datetime>");
});

test("the date can come from the URL path, after any markup", () => {
  const fromUrl = htmlMetadata(doc(""), "https://news.example/2025/03/12/storm-hits-coast");
  assert.equal(fromUrl.published, "2025-03-12");
  assert.equal(fromUrl.publishedBasis, "URL path");
  assert.equal(htmlMetadata(doc(""), "https://news.example/world/2025-03-12-storm").published, "2025-03-12");
  // Not a date: month 13, or numbers that are an id.
  assert.equal(htmlMetadata(doc(""), "https://news.example/2025/13/12/x").published, null);
  assert.equal(htmlMetadata(doc(""), "https://news.example/story/20250312").published, null);
  // Markup wins over the URL.
  const both = htmlMetadata(
    doc('<meta name="date" content="2025-03-11">'),
    "https://news.example/2025/03/12/x",
  );
  assert.equal(both.published, "2025-03-11");
});

test("language comes from <html lang>, or from og:locale with '-' for '_'", () => {
  assert.equal(htmlMetadata(doc("", "<p>x</p>", ' lang="de-AT"')).language, "de-AT");
  const locale = htmlMetadata(doc('<meta property="og:locale" content="fr_FR">'));
  assert.equal(locale.language, "fr-FR");
  assert.equal(locale.metadata.find((f) => f.name === "language")?.source, "og:locale");
});

test("the canonical URL comes from link rel=canonical, before og:url and the page URL", () => {
  const meta = htmlMetadata(
    doc(`<link rel="canonical" href="https://news.example/canonical">${OG}`),
    "https://news.example/page?utm=x",
  );
  assert.equal(meta.url, "https://news.example/canonical");
  assert.deepEqual(
    meta.metadata.filter((f) => f.name === "url").map((f) => f.source),
    ["link rel=canonical", "og:url", "page URL"],
  );
  assert.equal(htmlMetadata(doc(""), "https://news.example/page").url, "https://news.example/page");
});

test("a page with nothing gives nulls and an empty metadata list", () => {
  const meta = htmlMetadata(doc(""));
  assert.deepEqual(
    [
      meta.title,
      meta.outlet,
      meta.byline,
      meta.published,
      meta.publishedBasis,
      meta.modified,
      meta.language,
      meta.url,
    ],
    [null, null, null, null, null, null, null, null],
  );
  assert.deepEqual(meta.metadata, []);
});

test("meta byl drops its 'By' prefix; empty meta content is ignored", () => {
  const meta = htmlMetadata(doc('<meta name="author" content="  "><meta name="byl" content="By Dee Fox">'));
  assert.equal(meta.byline, "Dee Fox");
  assert.equal(meta.metadata.find((f) => f.name === "byline")?.source, "meta byl");
});
