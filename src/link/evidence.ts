/** Builds evidence spans (report id, offsets, and the cited text) from annotations. */
import type { AnnotatedReport, Span } from "../model/document.js";
import type { Evidence } from "../model/report-schema.js";

export function evidenceOf(doc: AnnotatedReport, span: Span): Evidence {
  return {
    report: doc.report.id,
    start: span.start,
    end: span.end,
    text: doc.report.text.slice(span.start, span.end),
  };
}

/** Evidence for the whole sentence a span sits in: what a reader needs to check a figure. */
export function sentenceEvidence(doc: AnnotatedReport, sentence: number): Evidence {
  const s = doc.sentences[sentence];
  return s ? evidenceOf(doc, s) : { report: doc.report.id, start: 0, end: 0, text: "" };
}
