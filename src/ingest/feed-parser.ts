/** Parses an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed into items with absolute links, UTC days and plain-text summaries. */
import { parseHTML } from "linkedom";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { parseFeedDate } from "./feed-date.js";
import { type DomNode, textBlocks } from "./html-blocks.js";
import {
  child,
  children,
  linkOf,
  NS,
  notAFeed,
  parseXml,
  plain,
  rawText,
  resolveUrl,
  textOf,
  type XmlElement,
  type XmlNode,
} from "./xml-tree.js";

export interface FeedItem {
  readonly title: string | null;
  /** Absolute http(s) URL: relative links are resolved against xml:base and the feed URL. */
  readonly url: string | null;
  /** YYYY-MM-DD, the day in UTC of the item's date (pubDate, dc:date, published, updated). */
  readonly published: string | null;
  readonly guid: string | null;
  /** The description, summary or content as plain text; block boundaries become line breaks. */
  readonly summary: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly link: string | null;
  readonly format: "rss" | "atom";
  readonly items: readonly FeedItem[];
}

/** RSS 2.0 elements have no namespace; RSS 1.0 and 0.90 put theirs in one. */
const RSS = [NS.rss1, NS.rss090, ""];
const ATOM = [NS.atom];
/**
 * Parses `xml` fetched from `feedUrl` (an absolute URL: the base for relative links).
 * Throws `not_a_feed` for anything but a well-formed RSS or Atom document, `usage` for a relative `feedUrl`.
 */
export function parseFeed(xml: string, feedUrl: string): Feed {
  if (!URL.canParse(feedUrl)) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected an absolute feed URL, found ${JSON.stringify(feedUrl)}`,
    );
  }
  const root = parseXml(xml, feedUrl);
  if (root.local === "rss" && root.ns === "") return rssFeed(root, feedUrl);
  if (root.local === "RDF" && root.ns === NS.rdf) return rssFeed(root, feedUrl);
  if (root.local === "feed" && root.ns === NS.atom) return atomFeed(root);
  const where = root.ns && !root.ns.endsWith(":") ? ` in namespace ${root.ns}` : "";
  throw notAFeed(`an XML document whose root is <${root.local}>${where}`, feedUrl);
}

// ---------------------------------------------------------------- RSS 2.0 and RSS 1.0

/** RSS 2.0 holds its items in the channel; RSS 1.0 (RDF) beside it, under the root. */
function rssFeed(root: XmlElement, feedUrl: string): Feed {
  const channel = child(root, "channel", RSS);
  if (!channel) throw notAFeed(`<${root.local}> without a <channel>`, feedUrl);
  const itemParent = root.local === "rss" ? channel : root;
  return {
    title: markupOrPlain(textOf(child(channel, "title", RSS))),
    link: linkOf(child(channel, "link", RSS)) ?? atomLink(channel),
    format: "rss",
    items: children(itemParent, "item", RSS).map(rssItem),
  };
}

function rssItem(item: XmlElement): FeedItem {
  const guidEl = child(item, "guid", RSS);
  const permalink = guidEl && guidEl.attrs.isPermaLink?.toLowerCase() !== "false" ? linkOf(guidEl) : null;
  const about = item.attrs["rdf:about"] ?? null;
  const date =
    child(item, "pubDate", RSS) ??
    child(item, "date", [NS.dc]) ??
    child(item, "published", ATOM) ??
    child(item, "updated", ATOM);
  const summary =
    child(item, "description", RSS) ?? child(item, "encoded", [NS.content]) ?? child(item, "summary", ATOM);
  return {
    title: markupOrPlain(textOf(child(item, "title", RSS))),
    url:
      linkOf(child(item, "link", RSS)) ??
      atomLink(item) ??
      permalink ??
      (about ? resolveUrl(about, item.base) : null),
    published: parseFeedDate(textOf(date)),
    guid: textOf(guidEl) ?? textOf(child(item, "id", ATOM)) ?? plain(about ?? undefined),
    summary: summary ? htmlToText(rawText(summary)) : null,
  };
}

/** RSS titles are plain text by the spec but often carry escaped markup; treat them as HTML when they do. */
function markupOrPlain(text: string | null): string | null {
  if (text === null) return null;
  return /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i.test(text) ? htmlToText(text) : text;
}

// ---------------------------------------------------------------- Atom 1.0

function atomFeed(feed: XmlElement): Feed {
  return {
    title: textConstruct(child(feed, "title", ATOM)),
    link: atomLink(feed),
    format: "atom",
    items: children(feed, "entry", ATOM).map(atomEntry),
  };
}

function atomEntry(entry: XmlElement): FeedItem {
  const content = child(entry, "content", ATOM);
  const inlineContent = content && !content.attrs.src ? content : undefined;
  return {
    title: textConstruct(child(entry, "title", ATOM)),
    url: atomLink(entry),
    published: parseFeedDate(textOf(child(entry, "published", ATOM) ?? child(entry, "updated", ATOM))),
    guid: textOf(child(entry, "id", ATOM)),
    summary: textConstruct(child(entry, "summary", ATOM) ?? inlineContent),
  };
}

/** The rel="alternate" link (a link without rel is one), preferring an HTML one; resolved against its xml:base. */
function atomLink(el: XmlElement): string | null {
  const alternates = children(el, "link", ATOM).filter((l) => (l.attrs.rel ?? "alternate") === "alternate");
  const isHtml = (l: XmlElement) => !l.attrs.type || /html/i.test(l.attrs.type);
  const link = alternates.find(isHtml) ?? alternates[0];
  return link?.attrs.href ? resolveUrl(link.attrs.href, link.base) : null;
}

/** An Atom text construct: type="text" (the default), "html" (escaped markup) or "xhtml" (inline elements). */
function textConstruct(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const type = (el.attrs.type ?? "text").toLowerCase();
  if (type === "html" || type === "text/html") return htmlToText(rawText(el));
  if (type === "xhtml" || type.includes("xml")) return htmlToText(el.children.map(serialize).join(""));
  if (type === "text" || type.startsWith("text/")) return plain(rawText(el));
  return null;
}

/** Writes an inline XHTML element back as markup (attributes dropped) so it can be read as HTML. */
function serialize(node: XmlNode): string {
  if (typeof node === "string") return node.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<${node.local}>${node.children.map(serialize).join("")}</${node.local}>`;
}

/** Markup to plain text: tags stripped, entities decoded, whitespace collapsed, blocks on lines of their own. */
function htmlToText(html: string): string | null {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = textBlocks(document.body as unknown as DomNode);
  return blocks.length > 0 ? blocks.map((b) => b.text).join("\n") : null;
}
