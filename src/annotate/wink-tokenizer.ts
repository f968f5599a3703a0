/** Paragraphs, sentences and tokens (with POS tags) from wink-nlp, as character offsets into the cleaned text. */

import type { Sentence, Span, Token } from "../model/document.js";
import type { Annotator } from "./annotator.js";
import { winkForReport } from "./wink-reader.js";

/** wink misses a boundary before an opening quote mark ("... at 6am. “What’s ..."). */
const QUOTE_BOUNDARY = /[.!?]\s+(?=[“"][A-Z])/g;

export const winkTokenizer: Annotator<"paragraphs" | "sentences" | "tokens"> = {
  name: "wink-tokenizer",
  requires: [],
  assigns: ["paragraphs", "sentences", "tokens"],
  annotate({ report }) {
    const nlp = winkForReport();
    const its = nlp.its;
    const paragraphs = paragraphSpans(report.text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    paragraphs.forEach((para, index) => {
      const text = report.text.slice(para.start, para.end);
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(its.value) as string[];
      const tags = doc.tokens().out(its.pos) as string[];
      const local: Token[] = [];
      let cursor = 0;
      values.forEach((value, i) => {
        const at = text.indexOf(value, cursor);
        const start = at >= 0 ? at : cursor;
        cursor = start + value.length;
        local.push({ start: para.start + start, end: para.start + cursor, text: value, pos: tags[i] ?? "X" });
      });
      tokens.push(...local);
      doc.sentences().each((s: { out(f: unknown): unknown }) => {
        const [first, last] = s.out(its.span) as unknown as [number, number];
        const start = local[first]?.start ?? para.start;
        const end = local[last]?.end ?? para.end;
        for (const piece of splitAtQuotes(report.text, start, end))
          sentences.push({ ...piece, paragraph: index });
      });
    });
    return { paragraphs, sentences, tokens };
  },
};

export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function splitAtQuotes(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const m of slice.matchAll(QUOTE_BOUNDARY)) {
    const cut = (m.index ?? 0) + 1;
    out.push({ start: start + from, end: start + cut });
    from = cut + (m[0].length - 1);
  }
  out.push({ start: start + from, end });
  return out;
}
