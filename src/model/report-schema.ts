/** The public report contract (`report.json`, schema `triangulate.report/1`) as zod schemas. */
import { z } from "zod";

export const REPORT_SCHEMA_ID = "triangulate.report/1";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** A character span `[start, end)` in the cleaned text of one report. */
export const evidenceSchema = z.object({
  report: z.string().describe("id of the report whose cleaned text the offsets point into"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional().describe("the cited text, copied for convenience"),
});

export const removedSchema = z.object({
  text: z.string(),
  reason: z.string(),
});

export const publishedSchema = z.object({
  date: isoDate.nullable(),
  after: isoDate.nullable(),
  before: isoDate.nullable().describe("an upper bound: written before this day (when only bounds are known)"),
  basis: z.string().describe("where the date or bound came from, e.g. 'dateline', 'jsonl field', 'none'"),
});

export const metadataFieldSchema = z.object({
  name: z.enum(["title", "outlet", "byline", "published", "modified", "language", "url"]),
  value: z.string(),
  source: z.string().describe("the markup the value came from, e.g. 'JSON-LD datePublished', 'og:site_name'"),
});

export const reportEntrySchema = z.object({
  id: z.string(),
  input: z.string().describe("the file (and line, for .jsonl) the report was read from"),
  outlet: z.string().nullable(),
  outletBasis: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  credits: z.array(z.string()),
  published: publishedSchema,
  text: z.string().describe("the cleaned text: every offset in this report points into it"),
  removed: z.array(removedSchema),
  captions: z.array(z.string()).describe("photo captions, kept apart from the text"),
  metadata: z
    .array(metadataFieldSchema)
    .describe("page metadata found (HTML inputs), best first per field, each with its source"),
});

export const entityTypeSchema = z.enum(["person", "organization", "place", "other"]);

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(evidenceSchema),
});

export const qualifierSchema = z.enum([
  "exactly",
  "at least",
  "more than",
  "about",
  "up to",
  "as many as",
  "fewer than",
]);

export const claimSchema = z.object({
  id: z.string(),
  measure: z.string().describe("normalised key: killed, injured, air strikes, displaced, ..."),
  value: z.number(),
  qualifier: qualifierSchema,
  unit: z.string().describe("the counted thing, e.g. 'people', 'civilians', 'air strikes'"),
  scope: z.string().describe("what the figure is about within the story: 'main event', 'convoy', 'war', ..."),
  place: z
    .string()
    .nullable()
    .describe("the place named nearest the figure, with its side: 'eastern Aleppo'"),
  attributedTo: z.string().nullable(),
  via: z.string().nullable().describe("the channel the source spoke through, e.g. 'Reuters'"),
  reports: z.array(z.string()),
  evidence: z.array(evidenceSchema),
  low: z
    .number()
    .describe("the least the figure stands for: 'dozens' is 12 to 99; an exact figure is itself"),
  high: z.number().describe("the most the figure stands for"),
  date: isoDate.nullable().describe("the earliest publication (or reference) day of the reports carrying it"),
  partOf: z.string().nullable().describe("id of the figure this one is a part of ('including 45 children')"),
});

export const claimGroupSchema = z.object({
  id: z.string(),
  question: z.string(),
  measure: z.string(),
  scope: z.string(),
  status: z
    .enum(["single", "agree", "roughly agree", "revised", "differ"])
    .describe("whether the figures agree, differ, or are one source's revisions over time"),
  claims: z.array(z.string()).describe("ids of the figures, lowest first; sub-counts are not among them"),
  low: z.number(),
  high: z.number(),
  sources: z
    .number()
    .int()
    .describe("distinct sources behind the figures (an unattributed figure is its outlet's)"),
});

export const disputeSchema = z.object({
  id: z.string(),
  question: z.string(),
  measure: z.string(),
  scope: z.string(),
  claims: z.array(z.string()),
  values: z.array(z.number()),
});

export const quoteVariantSchema = z.object({
  text: z.string(),
  reports: z.array(z.string()),
  differences: z
    .array(z.string())
    .describe(
      "how it differs from the quote's main wording: 'adds “[Syrian and Russian]”', 'ends before “…”'",
    ),
});

export const quoteSpeakerSchema = z.object({
  name: z
    .string()
    .nullable()
    .describe("the name the source stands for, or the description when none is named"),
  source: z.string().nullable().describe("the source as the report writes it: a name, 'he', 'a UN mediator'"),
  note: z.string().describe("how the speaker was found, or why there is none"),
  reports: z.array(z.string()),
});

export const quoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  speakerNote: z.string().describe("how the speaker was found, or why the quote has none"),
  speakerEntity: z.string().nullable().describe("id of the story entity the speaker is, when there is one"),
  speakerConflict: z.boolean().describe("true when reports give the quote to different named speakers"),
  speakers: z
    .array(quoteSpeakerSchema)
    .describe("each speaker the carrying reports give, with those reports"),
  via: z.string().nullable(),
  reports: z.array(z.string()),
  variants: z.array(z.string()).describe("other wordings of the same quote, as carried"),
  wordings: z
    .array(quoteVariantSchema)
    .describe("each of the variants with the reports carrying it and how it differs from the quote's text"),
  evidence: z.array(evidenceSchema),
});

export const timelineEntrySchema = z.object({
  date: isoDate.describe("the day, or the first day of the range"),
  until: isoDate
    .nullable()
    .describe(
      "the last day when the text places it in a week or month ('earlier this week'); null for one day",
    ),
  happening: z
    .string()
    .nullable()
    .describe(
      "what happened that day, by the sentence's trigger words: strikes, deaths, talks, ceasefire, ...",
    ),
  text: z.string(),
  reports: z.array(z.string()),
  evidence: z.array(evidenceSchema),
});

export const summarySentenceSchema = z.object({
  text: z.string(),
  evidence: z.array(evidenceSchema),
});

export const comparisonSchema = z.object({
  kind: z
    .enum(["disagree", "agree", "speaker", "only one"])
    .describe(
      "figures that differ, figures two or more sources agree on, a quote given to different speakers, a toll only one outlet reports",
    ),
  text: z.string(),
  reports: z.array(z.string()),
  evidence: z.array(evidenceSchema),
});

export const copySchema = z.object({
  reports: z.tuple([z.string(), z.string()]),
  kind: z.enum(["duplicate", "rewrite", "shared-passage"]),
  similarity: z.number(),
  original: z
    .string()
    .nullable()
    .describe(
      "for a duplicate or rewrite, the report taken as the original (published earlier; listed first), or null when the dates do not tell",
    ),
  evidence: z.array(evidenceSchema),
});

export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  reports: z.array(z.string()),
  independentSources: z.number().int(),
  sources: z
    .array(z.array(z.string()))
    .describe(
      "the independent sources, one group of reports each: a report with its duplicates and rewrites, or the reports credited to one wire agency; the original first",
    ),
  phaseOf: z
    .string()
    .nullable()
    .describe(
      "id of the story this one is a later phase of (kept apart by time, sharing its names), or null",
    ),
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
  claimGroups: z.array(claimGroupSchema).describe("figures about one measure and scope, disputes first"),
  disputes: z.array(disputeSchema),
  quotes: z.array(quoteSchema),
  timeline: z.array(timelineEntrySchema),
  summary: z.array(summarySentenceSchema),
  comparison: z
    .array(comparisonSchema)
    .describe("what the sources agree and disagree on, listed under the summary, disagreements first"),
  copies: z.array(copySchema),
});

export const problemSchema = z.object({
  input: z.string(),
  code: z.string(),
  message: z.string(),
});

export const reportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  reports: z.array(reportEntrySchema),
  stories: z.array(storySchema),
  problems: z.array(problemSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Removed = z.infer<typeof removedSchema>;
export type MetadataField = z.infer<typeof metadataFieldSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type ReportEntry = z.infer<typeof reportEntrySchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimGroup = z.infer<typeof claimGroupSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type QuoteGroup = z.infer<typeof quoteSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type SummarySentence = z.infer<typeof summarySentenceSchema>;
export type Copy = z.infer<typeof copySchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Story = z.infer<typeof storySchema>;
export type Problem = z.infer<typeof problemSchema>;
export type TriangulateReport = z.infer<typeof reportSchema>;
