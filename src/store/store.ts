/** The library of reports a newsroom keeps: what any backend (SQLite now, PostgreSQL later) must offer. */
import type { AnnotatedReport, RawReport } from "../model/document.js";
import type { TriangulateReport } from "../model/report-schema.js";

export interface AddResult {
  /** Ids of the reports stored by this call. */
  readonly added: readonly string[];
  /** Ids (as given) of reports whose content was stored already: re-ingesting is a no-op. */
  readonly duplicates: readonly string[];
}

export interface FeedState {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface Store {
  /** Stores each report once, by content hash, in one transaction. */
  addReports(reports: readonly RawReport[]): AddResult;
  /** Every stored report, in the order it was first added. */
  reports(): RawReport[];
  /** The stored reports' annotations made by annotation `version` (see code-version), by report id. */
  annotations(version: string): Map<string, AnnotatedReport>;
  /** Keeps reports' annotations made by annotation `version`, replacing those made by any other. */
  saveAnnotations(version: string, docs: readonly AnnotatedReport[]): void;
  /**
   * Replaces the analysis (stories, ledgers, quotes, timeline, summaries) with one made from the first
   * `fromReports` stored reports; an analysis made from more reports than that is kept instead (false).
   * `retired` maps the story ids the new analysis no longer shows to the stories they went into.
   */
  saveAnalysis(
    report: TriangulateReport,
    fromReports: number,
    retired?: ReadonlyMap<string, string>,
  ): boolean;
  /** The story a retired story id went into (following later moves of that story too), or null. */
  storyMovedTo(id: string): string | null;
  /**
   * The first story number no analysis saved here has used ("s<n>"), so that a story id, once shown, keeps
   * naming one story (see story-id-keeper).
   */
  nextStoryNumber(): number;
  /** The latest analysis, or null before the first. */
  analysis(): TriangulateReport | null;
  /** The latest analysis when the code now running made it (its stories can be reused), else null. */
  analysisOfThisRelease(): TriangulateReport | null;
  /**
   * Whether the latest analysis covers every stored report (false after a crash between storing and analysing)
   * and was made by the code now running (false after an upgrade).
   */
  analysisIsCurrent(): boolean;
  /** Ids of the latest analysis's stories that match the words of `query` (all of them), best first. */
  searchStories(query: string): string[];
  /** Whether a report with this URL is stored, or one read from it (a feed item's link that redirected). */
  hasUrl(url: string): boolean;
  /** The validators a feed answered with last time, for a conditional request. */
  feedState(url: string): FeedState;
  saveFeedState(url: string, state: FeedState): void;
  /** The schema version the store is at. */
  readonly schemaVersion: number;
  close(): void;
}
