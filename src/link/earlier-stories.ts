/** The stories of an earlier analysis that a new one can take as they are, instead of building them again. */
import type { AnnotatedReport } from "../model/document.js";
import type { ReportEntry, Story, TriangulateReport } from "../model/report-schema.js";

/**
 * A story is built only from its own reports' annotations, read against its own latest date: given the same
 * code, the same reports in the same order give the same story. The one exception is a story with no dated
 * report, whose dates are bounded by the other stories (phase-dater); those are never taken. The caller vouches
 * that the earlier analysis was made by the code now running, with the same options.
 */
export class EarlierStories {
  private readonly stories = new Map<string, Story>();
  private readonly entries = new Map<string, ReportEntry>();

  constructor(earlier: TriangulateReport | null) {
    if (!earlier) return;
    const entries = new Map(earlier.reports.map((r) => [r.id, r]));
    for (const story of earlier.stories) {
      const mine = story.reports.map((id) => entries.get(id));
      if (mine.some((e) => e === undefined) || !mine.some((e) => e?.published.date)) continue;
      this.stories.set(keyOf(story.reports), story);
      for (const e of mine) this.entries.set((e as ReportEntry).id, e as ReportEntry);
    }
  }

  /** The earlier story made of exactly these reports, in this order, when it can be taken as it is. */
  story(docs: readonly AnnotatedReport[]): Story | undefined {
    if (this.stories.size === 0 || !docs.some((d) => d.published.date)) return undefined;
    return this.stories.get(keyOf(docs.map((d) => d.report.id)));
  }

  /** The earlier analysis's entry for a report of a story that `story` returned. */
  entry(id: string): ReportEntry | undefined {
    return this.entries.get(id);
  }
}

function keyOf(ids: readonly string[]): string {
  return JSON.stringify(ids);
}
