/** One walk over a parsed page: reads what metadata needs and removes the furniture that is never the article. */
import type { DomNode } from "./html-blocks.js";

/** What the metadata reader needs from a page, as plain data. */
export interface PageHead {
  /** Every <meta> with content, in document order. */
  readonly metas: readonly { readonly key: string; readonly content: string }[];
  readonly title: string | null;
  readonly canonical: string | null;
  /** The first <time datetime="..."> value. */
  readonly time: string | null;
  readonly lang: string | null;
  /** The text of each <script type="application/ld+json">. */
  readonly jsonLd: readonly string[];
}

interface ScanElement extends DomNode {
  getAttribute(name: string): string | null;
  remove?(): void;
}

/**
 * Walks the page once, with its own stack (pages nest deeply). Elements whose tag is in `remove` are
 * taken out of the document after their metadata is read: one walk instead of a selector query per item.
 */
export function scanPage(root: DomNode, remove: ReadonlySet<string> = new Set()): PageHead {
  const head: MutableHead = { metas: [], title: null, canonical: null, time: null, lang: null, jsonLd: [] };
  const doomed: ScanElement[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ScanElement;
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    if (node.nodeType === 1) read(node, head);
    // A removed element's own metadata (a JSON-LD block in a footer) is still read: its children are walked too.
    if (remove.has(node.nodeName)) doomed.push(node);
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as DomNode);
  }
  for (const el of doomed) el.remove?.();
  return head;
}

type MutableHead = {
  -readonly [K in keyof PageHead]: PageHead[K] extends readonly (infer T)[] ? T[] : PageHead[K];
};

function read(el: ScanElement, head: MutableHead): void {
  switch (el.nodeName) {
    case "META": {
      const content = el.getAttribute("content")?.trim();
      if (!content) return;
      for (const attr of ["property", "name", "itemprop"]) {
        const key = el.getAttribute(attr)?.toLowerCase();
        if (key) head.metas.push({ key: `${attr}:${key}`, content });
      }
      return;
    }
    case "TITLE":
      head.title ??= el.textContent?.trim() || null;
      return;
    case "LINK":
      if (el.getAttribute("rel")?.toLowerCase() === "canonical") head.canonical ??= el.getAttribute("href");
      return;
    case "TIME":
      head.time ??= el.getAttribute("datetime");
      return;
    case "HTML":
      head.lang ??= el.getAttribute("lang");
      return;
    case "SCRIPT":
      if (el.getAttribute("type")?.toLowerCase() === "application/ld+json")
        head.jsonLd.push(el.textContent ?? "");
      return;
  }
}
