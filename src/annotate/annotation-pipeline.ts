/** The one place the annotators' order lives; checks at build time that each one's requirements come first. */
import { type AnnotatedReport, type CleanReport, freeze } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { AnnotationDraft, AnnotationKey, AnyAnnotator } from "./annotator.js";
import { attributionExtractor } from "./attribution-extractor.js";
import { claimExtractor } from "./claim-extractor.js";
import { dateAnnotator } from "./date-annotator.js";
import { entityTagger } from "./entity-tagger.js";
import { numberAnnotator } from "./number-annotator.js";
import { publicationDater } from "./publication-dater.js";
import { quoteExtractor } from "./quote-extractor.js";
import { winkTokenizer } from "./wink-tokenizer.js";

export const DEFAULT_ANNOTATORS: readonly AnyAnnotator[] = [
  publicationDater,
  winkTokenizer,
  entityTagger,
  dateAnnotator,
  numberAnnotator,
  quoteExtractor,
  attributionExtractor,
  claimExtractor,
];

const ALL_KEYS: readonly AnnotationKey[] = [
  "published",
  "referenceDate",
  "paragraphs",
  "sentences",
  "tokens",
  "entities",
  "dates",
  "numbers",
  "quotes",
  "attributions",
  "claims",
];

export interface AnnotationPipeline {
  readonly annotators: readonly AnyAnnotator[];
  annotate(report: CleanReport): AnnotatedReport;
}

/** Throws `pipeline_order` when an annotator requires what no earlier one assigns, or two assign one key. */
export function buildPipeline(annotators: readonly AnyAnnotator[] = DEFAULT_ANNOTATORS): AnnotationPipeline {
  const assigned = new Set<AnnotationKey>();
  for (const a of annotators) {
    const missing = a.requires.filter((key) => !assigned.has(key));
    if (missing.length > 0) {
      throw new TriangulateError(
        ErrorCode.PipelineOrder,
        `annotator "${a.name}" expected ${missing.join(", ")} to be assigned before it, found ${[...assigned].join(", ") || "nothing"}`,
      );
    }
    for (const key of a.assigns) {
      if (assigned.has(key)) {
        throw new TriangulateError(
          ErrorCode.PipelineOrder,
          `annotator "${a.name}" assigns "${key}", which an earlier annotator already assigns`,
        );
      }
      assigned.add(key);
    }
  }
  const absent = ALL_KEYS.filter((key) => !assigned.has(key));
  return {
    annotators,
    annotate(report) {
      let draft: AnnotationDraft = { report };
      for (const a of annotators) draft = { ...draft, ...a.annotate(draft) };
      // A partial pipeline (for tests or a single stage) leaves the rest empty rather than undefined.
      const filled = Object.fromEntries(
        absent.map((key) => [key, key === "published" ? null : key === "referenceDate" ? null : []]),
      );
      return freeze({ ...filled, ...draft } as AnnotatedReport);
    },
  };
}
