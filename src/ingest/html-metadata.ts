/** Reads a page's title, outlet, byline, dates, language and canonical URL, each with where it came from. */

import type { MetadataField } from "../model/report-schema.js";
import { type JsonLdArticle, jsonLdArticle } from "./json-ld.js";

type MetadataName = MetadataField["name"];

export interface PageMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  /** Publication day, YYYY-MM-DD. */
  readonly published: string | null;
  readonly publishedBasis: string | null;
  readonly modified: string | null;
  readonly language: string | null;
  readonly url: string | null;
  /** Every value found, best first for each field: the chosen ones and the alternatives. */
  readonly metadata: readonly MetadataField[];
}

export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): Iterable<MetaElement>;
}

type Candidate = readonly [MetadataName, string | null | undefined, string];

/** Structured data beats OpenGraph, OpenGraph beats plain <meta>, markup beats the URL. */
function candidates(doc: MetaDocument, ld: JsonLdArticle | null, pageUrl: string | null): Candidate[] {
  const metas = metaContents(doc);
  const meta = (attr: "property" | "name" | "itemprop", key: string) =>
    metas.get(`${attr}:${key.toLowerCase()}`);
  const time = doc.querySelector("time[datetime]")?.getAttribute("datetime");
  return [
    ["title", ld?.headline, "JSON-LD headline"],
    ["title", meta("property", "og:title"), "og:title"],
    ["title", meta("name", "twitter:title"), "twitter:title"],
    ["title", doc.querySelector("title")?.textContent?.trim(), "<title>"],
    ["outlet", ld?.publisher, "JSON-LD publisher"],
    ["outlet", meta("property", "og:site_name"), "og:site_name"],
    ["outlet", meta("name", "application-name"), "meta application-name"],
    ["byline", ld?.author, "JSON-LD author"],
    ["byline", meta("name", "author"), "meta author"],
    ["byline", meta("name", "byl")?.replace(/^by\s+/i, ""), "meta byl"],
    ["published", ld?.datePublished, "JSON-LD datePublished"],
    ["published", meta("property", "article:published_time"), "meta article:published_time"],
    ["published", meta("itemprop", "datePublished"), "meta itemprop datePublished"],
    [
      "published",
      meta("name", "date") ?? meta("name", "pubdate") ?? meta("name", "publish-date"),
      "meta date",
    ],
    ["published", meta("name", "dc.date") ?? meta("name", "DC.date.issued"), "meta dc.date"],
    ["published", time, "<time datetime>"],
    ["published", urlDay(pageUrl), "URL path"],
    ["modified", ld?.dateModified, "JSON-LD dateModified"],
    ["modified", meta("property", "article:modified_time"), "meta article:modified_time"],
    ["language", ld?.inLanguage, "JSON-LD inLanguage"],
    ["language", doc.querySelector("html[lang]")?.getAttribute("lang"), "<html lang>"],
    ["language", meta("property", "og:locale")?.replace("_", "-"), "og:locale"],
    ["url", doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), "link rel=canonical"],
    ["url", meta("property", "og:url"), "og:url"],
    ["url", ld?.url, "JSON-LD url"],
    ["url", pageUrl, "page URL"],
  ];
}

/**
 * Every <meta> tag's content by "attribute:key", read in one pass: a selector query per key would walk the
 * whole document each time. The first tag for a key wins.
 */
function metaContents(doc: MetaDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta[content]")) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"] as const) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !map.has(`${attr}:${key}`)) map.set(`${attr}:${key}`, content);
    }
  }
  return map;
}

const DATES = new Set<MetadataName>(["published", "modified"]);

export function htmlMetadata(document: MetaDocument, pageUrl: string | null = null): PageMetadata {
  const fields: MetadataField[] = [];
  for (const [name, raw, source] of candidates(document, jsonLdArticle(document), pageUrl)) {
    const value = DATES.has(name) ? isoDay(raw) : raw?.replace(/\s+/g, " ").trim() || null;
    if (value) fields.push({ name, value, source });
  }
  const first = (name: MetadataName) => fields.find((f) => f.name === name) ?? null;
  return {
    title: first("title")?.value ?? null,
    outlet: first("outlet")?.value ?? null,
    byline: first("byline")?.value ?? null,
    published: first("published")?.value ?? null,
    publishedBasis: first("published")?.source ?? null,
    modified: first("modified")?.value ?? null,
    language: first("language")?.value ?? null,
    url: first("url")?.value ?? null,
    metadata: fields,
  };
}

/** The calendar day an ISO-like timestamp starts with, or null. */
function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? "");
  return m ? (m[1] as string) : null;
}

/** News URLs often carry the day: /2019/11/18/... */
function urlDay(url: string | null): string | null {
  const m = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|-)/.exec(url ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
