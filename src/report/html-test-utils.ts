/** Test helpers that inspect rendered HTML: tag balance, attributes, and highlight coverage. */

const VOID_ELEMENTS = new Set(["meta", "br", "hr", "img", "input", "link", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>/g;

/** Every start/end tag in the document, in order (valid because all text is escaped). */
export function tags(html: string): { close: boolean; name: string; attrs: string }[] {
  return [...html.matchAll(TAG)].map((m) => ({
    close: m[1] === "/",
    name: (m[2] ?? "").toLowerCase(),
    attrs: m[3] ?? "",
  }));
}

/** Attribute names and values of one tag's attribute string. */
export function attributes(attrs: string): [string, string][] {
  return [...attrs.matchAll(/\s([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? "", m[2] ?? ""]);
}

/** Problems with tag nesting: unmatched or misnested end tags, unclosed elements. */
export function nestingErrors(html: string): string[] {
  const errors: string[] = [];
  const stack: string[] = [];
  for (const tag of tags(html)) {
    if (VOID_ELEMENTS.has(tag.name)) continue;
    if (!tag.close) stack.push(tag.name);
    else if (stack.at(-1) === tag.name) stack.pop();
    else errors.push(`</${tag.name}> closes <${stack.at(-1) ?? "nothing"}>`);
  }
  return [...errors, ...stack.map((name) => `<${name}> never closed`)];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Decodes the five entities `escapeHtml` produces. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "");
}

/** The inner HTML of the `<div class="text">` of the report article with the given anchor id. */
export function reportTextHtml(html: string, anchor: string): string {
  const article = html.indexOf(`<article class="report" id="${anchor}">`);
  const open = '<div class="text">';
  const start = html.indexOf(open, article) + open.length;
  return html.slice(start, html.indexOf("</div>", start));
}

/** Walks highlighted text: the plain text and, per span id, the [start, end) ranges its marks cover (merged). */
export function markCoverage(fragment: string): { text: string; coverage: Map<string, [number, number][]> } {
  const coverage = new Map<string, [number, number][]>();
  const stack: string[] = [];
  let text = "";
  for (const m of fragment.matchAll(/<\/mark>|<mark([^>]*)>|[^<]+/g)) {
    if (m[0] === "</mark>") stack.pop();
    else if (m[0].startsWith("<mark")) {
      const attrs = new Map(attributes(m[1] ?? ""));
      stack.push(attrs.get("id") ?? attrs.get("data-ev") ?? "?");
    } else {
      const piece = unescapeHtml(m[0]);
      for (const id of stack) {
        const ranges = coverage.get(id) ?? [];
        const last = ranges.at(-1);
        if (last && last[1] === text.length) last[1] += piece.length;
        else ranges.push([text.length, text.length + piece.length]);
        coverage.set(id, ranges);
      }
      text += piece;
    }
  }
  return { text, coverage };
}
