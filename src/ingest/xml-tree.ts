/** Parses a feed's XML into a small element tree with namespaces resolved and xml:base applied, safely. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ErrorCode, TriangulateError } from "../model/errors.js";

export const NS = {
  atom: "http://www.w3.org/2005/Atom",
  rss1: "http://purl.org/rss/1.0/",
  rss090: "http://my.netscape.com/rdf/simple/0.9/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dc: "http://purl.org/dc/elements/1.1/",
  content: "http://purl.org/rss/1.0/modules/content/",
} as const;

/** Namespaces for prefixes that feeds often use without declaring them. */
const KNOWN_PREFIXES = new Map<string, string>([
  ["", ""],
  ["atom", NS.atom],
  ["dc", NS.dc],
  ["content", NS.content],
  ["rdf", NS.rdf],
]);

/** One XML element with its namespace resolved and its xml:base applied. */
export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** The base URL for links in this element (its own xml:base included). */
  readonly base: string;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

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

export function notAFeed(found: string, feedUrl: string): TriangulateError {
  return new TriangulateError(ErrorCode.NotAFeed, `expected an RSS or Atom feed, found ${found}`, feedUrl);
}

/** Checks and parses the document and returns its root element. */
export function parseXml(xml: string, feedUrl: string): XmlElement {
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

export function children(el: XmlElement, local: string, namespaces: readonly string[]): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== "string" && c.local === local && namespaces.includes(c.ns),
  );
}

export function child(el: XmlElement | undefined, local: string, namespaces: readonly string[]) {
  return el ? children(el, local, namespaces)[0] : undefined;
}

/** The element's text, every descendant's included. */
export function rawText(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : rawText(c))).join("");
}

/** Whitespace runs collapsed to one space; null when nothing is left. */
export function plain(text: string | undefined): string | null {
  const collapsed = (text ?? "").replace(/\s+/g, " ").trim();
  return collapsed === "" ? null : collapsed;
}

export function textOf(el: XmlElement | undefined): string | null {
  return el ? plain(rawText(el)) : null;
}

/** Resolves `href` against `base`; only http(s) URLs are kept (no javascript:, data:, mailto:). */
export function resolveUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === "") return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function linkOf(el: XmlElement | undefined): string | null {
  const text = el ? textOf(el) : null;
  return el && text ? resolveUrl(text, el.base) : null;
}
