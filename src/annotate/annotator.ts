/** The contract every annotator meets: what it requires, what it assigns, and a pure annotate function. */
import type { AnnotatedReport, CleanReport } from "../model/document.js";

export type AnnotationKey = Exclude<keyof AnnotatedReport, "report">;

/** A report part-way through the pipeline: the clean report plus whatever earlier annotators assigned. */
export type AnnotationDraft = { readonly report: CleanReport } & Partial<Omit<AnnotatedReport, "report">>;

export interface Annotator<K extends AnnotationKey = AnnotationKey> {
  readonly name: string;
  readonly requires: readonly AnnotationKey[];
  readonly assigns: readonly K[];
  /** Pure: reads the draft, returns only the keys it assigns. No clock, no I/O. */
  annotate(draft: AnnotationDraft): Pick<AnnotatedReport, K>;
}

/** Any annotator, whatever keys it assigns: what a pipeline holds. */
export interface AnyAnnotator {
  readonly name: string;
  readonly requires: readonly AnnotationKey[];
  readonly assigns: readonly AnnotationKey[];
  annotate(draft: AnnotationDraft): Partial<Omit<AnnotatedReport, "report">>;
}

/** Reads an annotation an annotator declared in `requires`; the pipeline guarantees it is there. */
export function required<K extends AnnotationKey>(draft: AnnotationDraft, key: K): AnnotatedReport[K] {
  const value = draft[key];
  if (value === undefined) throw new Error(`annotation "${key}" is missing: declare it in requires`);
  return value as AnnotatedReport[K];
}
