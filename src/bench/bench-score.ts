/** Scores the story clustering of a bench run against the gold `story` labels, per source and combined. */
import { jsonlLineOf } from "../ingest/report-reader.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { type BCubedScore, bcubed, type LabelledItem } from "./bcubed.js";
import type { BenchRecord } from "./bench-corpus.js";

export interface ClusteringScore {
  /** BCubed per source file, then `combined` over all of them. */
  readonly bySource: Readonly<Record<string, BCubedScore>>;
  readonly combined: BCubedScore;
  /** Baselines scored in the same run: every report a story of its own, per source. */
  readonly singletons: Readonly<Record<string, BCubedScore>>;
  /** Records that came back in no story (they became problems); each is scored as a cluster of its own. */
  readonly unclustered: number;
}

/**
 * Report ids in the output may be uniquified (`id~2`), so each output report is traced back to the corpus line
 * it was read from (`input` ends in `:line`); the written id is the fallback.
 */
export function scoreClustering(result: TriangulateReport, records: readonly BenchRecord[]): ClusteringScore {
  const recordOf = recordLookup(result, records);
  const predicted = new Map<number, string>();
  for (const story of result.stories) {
    for (const reportId of story.reports) {
      const index = recordOf(reportId);
      if (index !== undefined) predicted.set(index, story.id);
    }
  }
  const items = records.map((record, index) => ({
    source: record.source,
    predicted: predicted.get(index) ?? `unclustered#${index}`,
    // Gold labels are only meaningful within a source, so they carry its name.
    gold: `${record.source}/${record.story}`,
  }));
  const bySource: Record<string, BCubedScore> = {};
  const singletons: Record<string, BCubedScore> = {};
  for (const source of new Set(items.map((item) => item.source))) {
    const own = items.filter((item) => item.source === source) as LabelledItem[];
    bySource[source] = bcubed(own);
    singletons[source] = bcubed(own.map((item, i) => ({ ...item, predicted: `single#${i}` })));
  }
  return { bySource, combined: bcubed(items), singletons, unclustered: records.length - predicted.size };
}

/** Maps an output report id to the index of the record it came from. */
function recordLookup(
  result: TriangulateReport,
  records: readonly BenchRecord[],
): (id: string) => number | undefined {
  const byWrittenId = new Map(records.map((record, index) => [record.id, index]));
  const byOutputId = new Map<string, number>();
  for (const entry of result.reports) {
    const line = jsonlLineOf(entry.input);
    const index = line !== null ? line - 1 : byWrittenId.get(entry.id.replace(/~\d+$/, ""));
    if (index !== undefined && index >= 0 && index < records.length) byOutputId.set(entry.id, index);
  }
  return (id) => byOutputId.get(id);
}
