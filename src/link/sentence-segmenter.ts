/** Sentence spans from ICU's sentence segmenter (Intl.Segmenter): for streams that cannot afford full annotation. */
import type { Span } from "../model/document.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences as `[start, end)` offsets, surrounding white space trimmed, empty ones left out. */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed.length > 0) spans.push({ start: index + lead, end: index + lead + trimmed.length });
  }
  return spans;
}
