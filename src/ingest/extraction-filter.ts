/** Drops what Readability keeps but is not the article: share and promo lines, related links, datelines, credits. */
import { boilerplateReason } from "../clean/boilerplate-rules.js";
import type { TextBlock } from "./html-blocks.js";

export interface FilteredArticle {
  readonly paragraphs: string[];
  readonly captions: string[];
  readonly dropped: { readonly text: string; readonly reason: string }[];
}

interface BlockRule {
  readonly reason: string;
  readonly test: (block: TextBlock, words: number) => boolean;
}

const SHORT = 14;
/** Headings that open a list of other stories; short lines after one are that list. */
const RELATED_HEADING =
  /^(you (may|might) also like|related( stories| articles| content| posts)?|more (from|on|stories)( [\w .'-]{1,40})?|recommended( for you)?|also read|read next|most (read|popular)|trending( now)?)\s*(\.\.\.|…|:)?$/i;
const CREDIT_LINE =
  /\((AP|Reuters|AFP|Getty( Images)?|EPA|Photo|Credit|Courtesy)[^)]*\)\.?$|(^|\|\s*)(Getty Images|AFP|Reuters|AP Photo|EPA|Shutterstock)(\s*\/.*)?$/i;

/** First match names the reason; each rule looks at one block on its own. */
const RULES: readonly BlockRule[] = [
  {
    reason: "date or byline line",
    test: (b, w) =>
      w <= SHORT &&
      (/^((published|updated|posted|last updated|modified)\b|\d+ (min|minute|hour|day)s? ago$)/i.test(
        b.text,
      ) ||
        // "By Jane Roe", "by Regan September 15, 2014"; not "By noon, the water had risen."
        (/^[Bb]y\s+\p{Lu}/u.test(b.text) &&
          w <= 10 &&
          !/[.!?,;]/.test(b.text.slice(0, -1)) &&
          !/[.!?]$/.test(b.text))),
  },
  {
    reason: "breadcrumb",
    test: (b, w) => w <= 25 && b.linkDensity > 0.5 && /^Home\b|^Home(?=\p{Lu})/u.test(b.text),
  },
  {
    reason: "call to action",
    // A full stop at the end makes it a sentence ("Read more than forty pages of it, she said.").
    test: (b, w) =>
      w <= SHORT &&
      (w <= 6 || !/\.["”’]?$/.test(b.text)) &&
      /^(continue reading|read more|see more|see also|click here|also on|read next|watch|listen|follow us|tell us what you think|skip to content|this slideshow requires javascript|advert|sponsored|comments?|share (this|on)|sign up|subscribe|get .+ by clicking here|read more on .+|like this (story|article)\?)\b/i.test(
        b.text.replace(/^[^\p{L}]+/u, ""),
      ),
  },
  { reason: "related-stories heading", test: (b, w) => w <= SHORT && RELATED_HEADING.test(b.text) },
  {
    reason: "affiliate disclosure",
    test: (b, w) => w <= 40 && /\baffiliate (links?|commission|partner)|may contain affiliate/i.test(b.text),
  },
  {
    reason: "shortcode",
    test: (b) => /^\[[a-z_]+[^\]]*\].*\[\/[a-z_]+\]$|^\[[a-z_]+( [^\]]*)?\]$/i.test(b.text),
  },
  {
    reason: "list of links",
    test: (b, w) => b.linkDensity > 0.9 && w <= 8 && b.kind === "item" && !/https?:/.test(b.text),
  },
];

export function filterBlocks(blocks: readonly TextBlock[]): FilteredArticle {
  const out: FilteredArticle = { paragraphs: [], captions: [], dropped: [] };
  let inRelatedList = false;
  for (const block of blocks) {
    const words = block.text.split(/\s+/).length;
    if (block.kind === "caption") {
      out.captions.push(block.text);
      continue;
    }
    if (words <= 40 && CREDIT_LINE.test(block.text)) {
      takeCaption(out, block.text);
      continue;
    }
    // A list of other stories runs on in short, unpunctuated lines after its heading.
    if (inRelatedList && words <= 15 && !/[.!?:]["”’]?$/.test(block.text)) {
      out.dropped.push({ text: block.text, reason: "related-stories list" });
      continue;
    }
    const reason = boilerplateReason(block.text) ?? RULES.find((r) => r.test(block, words))?.reason ?? null;
    inRelatedList = reason === "related-stories heading" || reason === "related-stories list";
    if (reason) out.dropped.push({ text: block.text, reason });
    else out.paragraphs.push(block.text);
  }
  return out;
}

/**
 * A credit line ("Jane Roe | Getty Images", "... (AP Photo/John Doe)") is a caption or ends one; a credit
 * alone on its line belongs to the short paragraph before it, which is then the caption.
 */
function takeCaption(out: FilteredArticle, text: string): void {
  const standalone = text.split(/\s+/).length <= 8;
  const previous = out.paragraphs[out.paragraphs.length - 1];
  if (standalone && previous !== undefined && previous.split(/\s+/).length <= 60) {
    out.paragraphs.pop();
    out.captions.push(`${previous} ${text}`);
  } else out.captions.push(text);
}
