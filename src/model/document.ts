/** The typed, immutable document model: one report from raw input to annotated text. */
import type { EntityType, MetadataField, Published, Qualifier, Removed } from "./report-schema.js";

/** A character span `[start, end)` into a report's cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What an ingest reader produces: one report before cleaning. */
export interface RawReport {
  readonly id: string;
  /** The file (and `:line` for .jsonl) the report came from; used in problems. */
  readonly input: string;
  readonly format: "text" | "html" | "jsonl";
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** A publication date the input declared itself (jsonl field, HTML metadata), as YYYY-MM-DD. */
  readonly published: string | null;
  /** Where the declared date came from, when there is one. */
  readonly publishedBasis: string | null;
  /** Photo captions the reader could tell apart by markup (HTML figcaption). */
  readonly captions: readonly string[];
  /** What the reader already took out of the text (article extraction), with why. */
  readonly removed?: readonly Removed[];
  /** Page metadata with where each value came from (HTML inputs). */
  readonly metadata?: readonly MetadataField[];
}

/** A report after the clean stage: body text with boilerplate, captions and credits set apart. */
export interface CleanReport {
  readonly id: string;
  readonly input: string;
  readonly url: string | null;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly outletBasis: string;
  readonly credits: readonly string[];
  readonly captions: readonly string[];
  readonly removed: readonly Removed[];
  readonly metadata: readonly MetadataField[];
  /** A date stated in the input (jsonl/metadata) or in a dateline, as YYYY-MM-DD. */
  readonly declaredDate: string | null;
  readonly declaredDateBasis: string | null;
  /**
   * For an undated report, a day its relative dates can be read against, taken from its story (the
   * latest dated report beside it); it is never the report's own date.
   */
  readonly contextDate?: { readonly day: string; readonly basis: string };
}

export interface Sentence extends Span {
  /** Index of the paragraph (blank-line or line separated block) the sentence sits in. */
  readonly paragraph: number;
}

export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, NUM, ...). */
  readonly pos: string;
}

export interface EntityMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** For a description ("the Britain-based monitor"), the name it stands for in this report. */
  readonly refersTo?: string;
}

export interface DateMention extends Span {
  readonly text: string;
  /** Resolved calendar day, YYYY-MM-DD; null when the expression has no anchor. */
  readonly value: string | null;
  /** The month (1-12) the expression names, even when its year is unknown; null when it names none. */
  readonly month: number | null;
  /** TimeML TIMEX3 type and value ("DATE" "2016-W38", "DURATION" "P3D"); null without a reference day. */
  readonly timex: { readonly type: "DATE" | "TIME" | "DURATION" | "SET"; readonly value: string } | null;
  readonly sentence: number;
}

export interface NumberMention extends Span {
  readonly text: string;
  readonly value: number;
  /** The range a vague figure stands for ("dozens": 12 to 99); both equal `value` for an exact one. */
  readonly low: number;
  readonly high: number;
  readonly qualifier: Qualifier;
  /** The counted noun phrase head ("people", "air strikes"), or null. */
  readonly noun: string | null;
  readonly sentence: number;
}

export interface QuoteMention extends Span {
  /** The quoted words without the quote marks; `start`/`end` cover the words only. */
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  /** The source as written beside the quote: the name, or the pronoun that stands for it. */
  readonly sourceSpan: Span | null;
  /** The channel the speaker spoke through ("told Reuters"). */
  readonly via: string | null;
  readonly sentence: number;
}

/** Words as written at an offset: a cue ("said"), a source ("he", "a UN mediator"). */
export interface WordsSpan extends Span {
  readonly text: string;
}

/**
 * Who said, wrote or thought what: a direct quote (marks included in the content) or reported speech ("X said
 * that ...", "according to X"). `start`/`end` cover the whole content; `content` holds its pieces, one a
 * sentence for content running over several.
 */
export interface AttributionMention extends Span {
  readonly kind: "direct" | "indirect";
  readonly content: readonly Span[];
  readonly text: string;
  readonly cue: WordsSpan | null;
  /** The source as the text names it here: a name, a pronoun, a description. */
  readonly source: WordsSpan | null;
  /** The name the source stands for (a pronoun resolved to the person before it), or null. */
  readonly speaker: string | null;
  /** How the speaker was found, or why there is none. */
  readonly speakerNote: string;
  readonly via: string | null;
  readonly sentence: number;
}

export interface ClaimMention extends Span {
  readonly value: number;
  /** The range a vague figure stands for ("dozens": 12 to 99); both equal `value` for an exact one. */
  readonly low: number;
  readonly high: number;
  readonly qualifier: Qualifier;
  readonly measure: string;
  readonly unit: string;
  readonly scope: string;
  /** The place named nearest the figure in its sentence, with its side ("eastern Aleppo"), or null. */
  readonly place: string | null;
  readonly attributedTo: string | null;
  readonly via: string | null;
  /** True for a sub-count ("including 45 children") that is part of another figure, not a rival. */
  readonly partOf: boolean;
  /** True for a figure added to another ("another 200 troops"): not a rival count either. */
  readonly additive: boolean;
  readonly sentence: number;
}

/** A report with every annotation the pipeline assigns; later stages only read it. */
export interface AnnotatedReport {
  readonly report: CleanReport;
  readonly published: Published;
  /** Reference day for relative dates: the publication date when known, else null. */
  readonly referenceDate: string | null;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly quotes: readonly QuoteMention[];
  readonly attributions: readonly AttributionMention[];
  readonly claims: readonly ClaimMention[];
}

/** Deep-freezes a value so a stage cannot mutate what another stage produced. */
export function freeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
