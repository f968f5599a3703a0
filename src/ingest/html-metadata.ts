/** Reads title, outlet, publication date and canonical URL from a page's <meta>, JSON-LD and <time>. */

export interface PageMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly publishedBasis: string | null;
  readonly url: string | null;
}

interface MetaDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

export function htmlMetadata(document: MetaDocument): PageMetadata {
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const ld = jsonLdArticle(document);
  const fromMeta = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]');
  const fromTime = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const dated = [
    { value: stringField(ld, "datePublished"), basis: "JSON-LD datePublished" },
    { value: fromMeta, basis: "meta article:published_time" },
    { value: fromTime, basis: "<time datetime>" },
  ].find((d) => d.value && isoDay(d.value));
  const publisherName =
    ld && typeof ld.publisher === "object" && ld.publisher
      ? stringField(ld.publisher as Record<string, unknown>, "name")
      : null;
  return {
    title:
      meta('meta[property="og:title"]') ??
      stringField(ld, "headline") ??
      (document.querySelector("title")?.textContent?.trim() || null),
    outlet: meta('meta[property="og:site_name"]') ?? publisherName ?? meta('meta[name="application-name"]'),
    published: dated ? isoDay(dated.value as string) : null,
    publishedBasis: dated ? dated.basis : null,
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
      meta('meta[property="og:url"]'),
  };
}

function isoDay(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? (m[1] as string) : null;
}

function stringField(obj: Record<string, unknown> | null, key: string): string | null {
  const v = obj?.[key];
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function jsonLdArticle(document: MetaDocument): Record<string, unknown> | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken JSON-LD block is common and not worth a problem
    }
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      if (
        item &&
        typeof item === "object" &&
        /Article/.test(String((item as Record<string, unknown>)["@type"]))
      ) {
        return item as Record<string, unknown>;
      }
    }
  }
  return null;
}
