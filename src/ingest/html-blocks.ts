/** Turns an article's DOM into text blocks (paragraphs, list items, headings, captions) with their link density. */

export interface TextBlock {
  readonly text: string;
  readonly kind: "paragraph" | "heading" | "item" | "caption" | "quote" | "cell";
  /** Share of the block's characters inside links: high for lists of related stories. */
  readonly linkDensity: number;
}

/** The few DOM members the walker needs, so any DOM (linkedom, jsdom, a browser) will do. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR TD TH UL".split(
    " ",
  ),
);
const SKIP = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE BUTTON INPUT SELECT TEXTAREA OPTION SVG CANVAS IFRAME OBJECT EMBED AUDIO VIDEO".split(
    " ",
  ),
);
const KIND: Readonly<Record<string, TextBlock["kind"]>> = {
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
  LI: "item",
  DT: "item",
  DD: "item",
  FIGCAPTION: "caption",
  BLOCKQUOTE: "quote",
  TD: "cell",
  TH: "cell",
};

interface Buffer {
  text: string;
  linkChars: number;
  kind: TextBlock["kind"];
}

/**
 * Walks `root` in document order; a block element or a <br> ends the current block. The walk keeps its own
 * stack: pages nest deeply enough (thousands of levels) to overflow the call stack.
 */
export function textBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const buffer: Buffer = { text: "", linkChars: 0, kind: "paragraph" };
  const flush = () => {
    const text = buffer.text.replace(/\s+/g, " ").trim();
    if (text)
      blocks.push({ text, kind: buffer.kind, linkDensity: Math.min(1, buffer.linkChars / text.length) });
    buffer.text = "";
    buffer.linkChars = 0;
  };
  // Each entry is a node to enter, or the marker that a block element ends.
  const stack: ({ node: DomNode; kind: TextBlock["kind"]; inLink: boolean } | "end-block")[] = [
    { node: root, kind: "paragraph", inLink: false },
  ];
  while (stack.length > 0) {
    const entry = stack.pop() as (typeof stack)[number];
    if (entry === "end-block") {
      flush();
      continue;
    }
    const { node, kind, inLink } = entry;
    if (node.nodeType === 3) {
      appendText(buffer, node.textContent ?? "", kind, inLink);
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName) || isHidden(node)) continue;
    if (node.nodeName === "BR") {
      flush();
      continue;
    }
    const block = BLOCK.has(node.nodeName) || node.nodeName === "FIGCAPTION";
    if (block) {
      flush();
      stack.push("end-block");
    }
    const own = KIND[node.nodeName] ?? kind;
    const link = inLink || node.nodeName === "A";
    for (let i = node.childNodes.length - 1; i >= 0; i--)
      stack.push({ node: node.childNodes[i] as DomNode, kind: own, inLink: link });
  }
  flush();
  return blocks;
}

function appendText(buffer: Buffer, value: string, kind: TextBlock["kind"], inLink: boolean): void {
  if (!buffer.text.trim()) buffer.kind = kind;
  buffer.text += value;
  if (inLink) buffer.linkChars += value.replace(/\s+/g, " ").trim().length;
}

function isHidden(node: DomNode): boolean {
  if (!node.getAttribute) return false;
  if (node.getAttribute("hidden") !== null || node.getAttribute("aria-hidden") === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute("style") ?? "");
}
