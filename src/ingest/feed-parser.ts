/** Parses an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed into items with absolute links, UTC days and plain-text summaries. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { parseFeedDate } from "./feed-date.js";
import { type DomNode, textBlocks } from "./html-blocks.js";

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

const NS = {
  atom: "http://www.w3.org/2005/Atom",
  rss1: "http://purl.org/rss/1.0/",
  rss090: "http://my.netscape.com/rdf/simple/0.9/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dc: "http://purl.org/dc/elements/1.1/",
  content: "http://purl.org/rss/1.0/modules/content/",
} as const;

/** RSS 2.0 elements have no namespace; RSS 1.0 and 0.90 put theirs in one. */
const RSS = [NS.rss1, NS.rss090, ""];
const ATOM = [NS.atom];
/** Namespaces for prefixes that feeds often use without declaring them. */
const KNOWN_PREFIXES = new Map<string, string>([
  ["", ""],
  ["atom", NS.atom],
  ["dc", NS.dc],
  ["content", NS.content],
  ["rdf", NS.rdf],
]);

/** One XML element with its namespace resolved and its xml:base applied. */
interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** The base URL for links in this element (its own xml:base included). */
  readonly base: string;
  readonly children: readonly XmlNode[];
}
type XmlNode = XmlElement | string;

/** fast-xml-parser's output with `preserveOrder`: one key naming the tag (or `#text`), attributes under `:@`. */
type OrderedNode = Record<string, unknown>;

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Named HTML entities (&nbsp;) and character references (&#8217;) are decoded along with the XML ones.
  htmlEntities: true,
  // DTD entities are expanded once (an entity naming another is left as is), and only within these limits,
  // so a "billion laughs" document fails instead of exhausting memory. The limits apply to DTD entities only
  // ("external" tier), never to the ordinary &amp; / &lt; a large feed holds by the hundred thousand.
  // (fast-xml-parser reads `appliesTo` but its type declarations lack it, hence the cast.)
  processEntities: {
    enabled: true,
    appliesTo: "external",
    maxEntityCount: 100,
    maxEntitySize: 10_000,
    maxTotalExpansions: 10_000,
    maxExpandedLength: 100_000,
  } as { enabled: boolean },
};

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

function notAFeed(found: string, feedUrl: string): TriangulateError {
  return new TriangulateError(ErrorCode.NotAFeed, `expected an RSS or Atom feed, found ${found}`, feedUrl);
}

/** Checks and parses the document and returns its root element. */
function parseXml(xml: string, feedUrl: string): XmlElement {
  const text = xml.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw notAFeed("an empty document", feedUrl);
  if (looksLikeHtml(text)) throw notAFeed("an HTML page", feedUrl);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw notAFeed(`malformed XML (line ${valid.err.line}: ${valid.err.msg})`, feedUrl);
  }
  let nodes: OrderedNode[];
  try {
    // A parser a call: no DTD entity or expansion count carries over from one document to the next.
    nodes = new XMLParser(PARSER_OPTIONS).parse(text) as OrderedNode[];
  } catch (error) {
    throw notAFeed(`XML the parser refused (${(error as Error).message})`, feedUrl);
  }
  const roots = nodes.map((node) => toElement(node, new Map(), feedUrl)).filter((n) => typeof n !== "string");
  const root = roots[0];
  if (!root) throw notAFeed("an XML document without a root element", feedUrl);
  return root;
}

/** True when the first markup after the XML declaration and comments is an HTML doctype or <html>. */
function looksLikeHtml(text: string): boolean {
  const head = text.replace(/^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, "");
  return /^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head);
}

/** Turns one ordered node into an element (resolving its namespace and xml:base) or a text string. */
function toElement(node: OrderedNode, scope: ReadonlyMap<string, string>, base: string): XmlNode {
  const name = Object.keys(node).find((key) => key !== ":@") ?? "";
  if (name === "#text") return String(node[name] ?? "");
  if (name === "" || name.startsWith("?") || name.startsWith("!")) return "";
  const attrs = (node[":@"] ?? {}) as Record<string, string>;
  const inner = declareNamespaces(scope, attrs);
  const colon = name.indexOf(":");
  const prefix = colon < 0 ? "" : name.slice(0, colon);
  const ownBase = attrs["xml:base"] ? (resolveUrl(attrs["xml:base"], base) ?? base) : base;
  const children = ((node[name] ?? []) as OrderedNode[]).map((child) => toElement(child, inner, ownBase));
  return {
    ns: inner.get(prefix) ?? KNOWN_PREFIXES.get(prefix) ?? `${prefix}:`,
    local: name.slice(colon + 1),
    attrs,
    base: ownBase,
    children,
  };
}

function declareNamespaces(scope: ReadonlyMap<string, string>, attrs: Record<string, string>) {
  const declared = Object.keys(attrs).filter((key) => key === "xmlns" || key.startsWith("xmlns:"));
  if (declared.length === 0) return scope;
  const inner = new Map(scope);
  for (const key of declared) inner.set(key === "xmlns" ? "" : key.slice(6), attrs[key] ?? "");
  return inner;
}

function children(el: XmlElement, local: string, namespaces: readonly string[]): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== "string" && c.local === local && namespaces.includes(c.ns),
  );
}

function child(el: XmlElement | undefined, local: string, namespaces: readonly string[]) {
  return el ? children(el, local, namespaces)[0] : undefined;
}

/** The element's text, every descendant's included. */
function rawText(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : rawText(c))).join("");
}

/** Whitespace runs collapsed to one space; null when nothing is left. */
function plain(text: string | undefined): string | null {
  const collapsed = (text ?? "").replace(/\s+/g, " ").trim();
  return collapsed === "" ? null : collapsed;
}

function textOf(el: XmlElement | undefined): string | null {
  return el ? plain(rawText(el)) : null;
}

/** Resolves `href` against `base`; only http(s) URLs are kept (no javascript:, data:, mailto:). */
function resolveUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === "") return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function linkOf(el: XmlElement | undefined): string | null {
  const text = el ? textOf(el) : null;
  return el && text ? resolveUrl(text, el.base) : null;
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
