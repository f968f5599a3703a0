/** The clean stage: body text with boilerplate removed (and listed), captions and credits kept apart. */
import type { CleanReport, RawReport } from "../model/document.js";
import type { Removed } from "../model/report-schema.js";
import { boilerplateReason } from "./boilerplate-rules.js";
import { isCaption } from "./caption-detector.js";
import { copyrightOutlet, creditLine } from "./credit-line.js";
import { parseHeader } from "./header-parser.js";
import { splitParagraphs } from "./paragraph-splitter.js";
import { noticePhrase, placeholderNotice } from "./placeholder-page.js";

/** The cleaned text joins the kept paragraphs with this separator; every offset counts it. */
export const PARAGRAPH_SEPARATOR = "\n\n";

export function cleanReport(raw: RawReport): CleanReport {
  const removed: Removed[] = [...(raw.removed ?? [])];
  const captions: string[] = [...raw.captions];
  const { content, credits, creditOutlet, copyrightName } = sortParagraphs(raw.text, removed);
  const header = parseHeader(content);
  removed.push(...header.removed);
  const body = content.slice(header.length);
  const kept: string[] = [];
  body.forEach((p, i) => {
    // A text's only paragraph is its article, never a trailing caption.
    if (isCaption(p, i === body.length - 1 && body.length > 1)) captions.push(p);
    else kept.push(p);
  });
  const notice = placeholderNotice(removed, kept);
  if (notice)
    removed.push(
      ...kept.splice(0).map((text) => ({ text, reason: `rest of a page showing ${noticePhrase(notice)}` })),
    );
  const title = raw.title ?? header.title;
  if (raw.title && kept[0] === raw.title) kept.shift();
  const outlet = pickOutlet(raw.outlet, header.outlet, creditOutlet, copyrightName);
  return {
    id: raw.id,
    input: raw.input,
    url: raw.url,
    text: kept.join(PARAGRAPH_SEPARATOR),
    title,
    outlet: outlet.name,
    outletBasis: outlet.basis,
    credits,
    captions,
    removed,
    metadata: raw.metadata ?? [],
    declaredDate: raw.published ?? header.dateline,
    declaredDateBasis: raw.published ? raw.publishedBasis : header.dateline ? "dateline" : null,
  };
}

/**
 * Each paragraph of the raw text once (a line repeated straight after itself is removed): boilerplate to
 * `removed`, credit lines to `credits`, the rest to `content`, in order.
 */
function sortParagraphs(text: string, removed: Removed[]) {
  const credits: string[] = [];
  const content: string[] = [];
  let creditOutlet: string | null = null;
  let copyrightName: string | null = null;
  let previous = "";
  for (const p of splitParagraphs(text)) {
    if (p === previous) {
      removed.push({ text: p, reason: "repeated line" });
      continue;
    }
    previous = p;
    const reason = boilerplateReason(p);
    if (reason) {
      if (reason === "copyright line") copyrightName ??= copyrightOutlet(p);
      removed.push({ text: p, reason });
      continue;
    }
    const credit = creditLine(p);
    if (credit) {
      credits.push(credit.credit);
      creditOutlet ??= credit.outlet;
      continue;
    }
    content.push(p);
  }
  return { content, credits, creditOutlet, copyrightName };
}

function pickOutlet(
  declared: string | null,
  masthead: string | null,
  credit: string | null,
  copyright: string | null,
): { name: string | null; basis: string } {
  if (declared) return { name: declared, basis: "input metadata" };
  if (masthead) return { name: masthead, basis: "masthead" };
  if (credit) return { name: credit, basis: "credit line" };
  if (copyright) return { name: copyright, basis: "copyright line" };
  return { name: null, basis: "none" };
}
