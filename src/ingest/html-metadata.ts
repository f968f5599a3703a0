/** Reads a page's title, outlet, byline, dates, language and canonical URL, each with where it came from. */

import type { MetadataField } from "../model/report-schema.js";
import { type JsonLdArticle, jsonLdArticle } from "./json-ld.js";
import type { PageHead } from "./page-scan.js";

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

type Candidate = readonly [MetadataName, string | null | undefined, string];

/** Structured data beats OpenGraph, OpenGraph beats plain <meta>, markup beats the URL. */
function candidates(head: PageHead, ld: JsonLdArticle | null, pageUrl: string | null): Candidate[] {
  const metas = metaContents(head);
  const meta = (attr: "property" | "name" | "itemprop", key: string) =>
    metas.get(`${attr}:${key.toLowerCase()}`);
  const time = head.time;
  return [
    ["title", ld?.headline, "JSON-LD headline"],
    ["title", meta("property", "og:title"), "og:title"],
    ["title", meta("name", "twitter:title"), "twitter:title"],
    ["title", head.title, "<title>"],
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
    ["language", head.lang, "<html lang>"],
    ["language", meta("property", "og:locale")?.replace("_", "-"), "og:locale"],
    ["url", head.canonical, "link rel=canonical"],
    ["url", meta("property", "og:url"), "og:url"],
    ["url", ld?.url, "JSON-LD url"],
    ["url", pageUrl, "page URL"],
  ];
}

/** Every <meta> content by "attribute:key"; the first tag for a key wins. */
function metaContents(head: PageHead): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, content } of head.metas) if (!map.has(key)) map.set(key, content);
  return map;
}

const DATES = new Set<MetadataName>(["published", "modified"]);

export function htmlMetadata(head: PageHead, pageUrl: string | null = null): PageMetadata {
  const fields: MetadataField[] = [];
  for (const [name, raw, source] of candidates(head, jsonLdArticle(head.jsonLd), pageUrl)) {
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
