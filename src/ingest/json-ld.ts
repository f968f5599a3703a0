/** Finds the article in a page's JSON-LD (schema.org NewsArticle and kin), flattening names to strings. */

export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly author?: string;
  readonly publisher?: string;
  readonly inLanguage?: string;
  readonly url?: string;
}

const ARTICLE_TYPE = /(News|Reportage|Analysis|Opinion|Blog)?(Article|Posting)$/;

/** `blocks` are the texts of a page's `<script type="application/ld+json">` elements. */
export function jsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // a broken JSON-LD block is common and not worth a problem
    }
    const found = flatten(data).find((item) => types(item).some((t) => ARTICLE_TYPE.test(t)));
    if (found) return toArticle(found);
  }
  return null;
}

/** Top-level arrays and `@graph` lists hold the items. */
function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== "object") return [];
  const item = data as Record<string, unknown>;
  return Array.isArray(item["@graph"]) ? [item, ...flatten(item["@graph"])] : [item];
}

function types(item: Record<string, unknown>): string[] {
  const t = item["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function toArticle(item: Record<string, unknown>): JsonLdArticle {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  const result: Record<string, string | undefined> = {
    headline: text(item.headline) ?? text(item.name),
    datePublished: text(item.datePublished),
    dateModified: text(item.dateModified),
    author: names(item.author),
    publisher: names(item.publisher),
    inLanguage: text(item.inLanguage),
    url: text(item.url) ?? text((item.mainEntityOfPage as Record<string, unknown> | undefined)?.["@id"]),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as JsonLdArticle;
}

/** "author": "A", {"name": "A"} or [{"name": "A"}, {"name": "B"}] → "A, B". */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) =>
      typeof v === "string"
        ? v
        : v && typeof v === "object"
          ? (v as Record<string, unknown>).name
          : undefined,
    )
    .filter((v): v is string => typeof v === "string" && v.trim() !== "")
    .map((v) => v.trim());
  return list.length > 0 ? list.join(", ") : undefined;
}
