/** The SQLite store (better-sqlite3, WAL, one file): reports once by content hash, the latest analysis beside them. */
import { gunzipSync, gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { type AnnotatedReport, freeze, type RawReport } from "../model/document.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { ANALYSIS_VERSION } from "./code-version.js";
import { contentHash } from "./content-hash.js";
import { MIGRATIONS } from "./migrations.js";
import type { AddResult, FeedState, Store } from "./store.js";
import { highestNumber } from "./story-id-keeper.js";

export const DEFAULT_DB = "./triangulate.db";

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  readonly schemaVersion: number;
  private cached: { readonly version: number; readonly analysis: TriangulateReport | null } | null = null;

  /**
   * `analysisVersion` stamps the analyses this store saves; one stamped otherwise is not current. Tests pass
   * their own to play an older release.
   */
  constructor(
    path: string = DEFAULT_DB,
    private readonly analysisVersion: string = ANALYSIS_VERSION,
  ) {
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new TriangulateError(
        ErrorCode.Usage,
        `expected a SQLite database file at ${path}, found ${error instanceof Error ? error.message : String(error)}`,
        path,
      );
    }
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    // A server and an ingest may write at once: wait for the other's transaction rather than fail.
    this.db.pragma("busy_timeout = 10000");
    this.schemaVersion = migrate(this.db, path);
  }

  addReports(reports: readonly RawReport[]): AddResult {
    const insert = this.db.prepare("INSERT OR IGNORE INTO reports (id, content_hash, raw) VALUES (?, ?, ?)");
    const known = this.db.prepare("SELECT 1 FROM reports WHERE content_hash = ?");
    const taken = this.db.prepare("SELECT 1 FROM reports WHERE id = ?");
    const added: string[] = [];
    const duplicates: string[] = [];
    const write = this.db.transaction(() => {
      for (const report of reports) {
        const hash = contentHash(report);
        if (known.get(hash)) {
          duplicates.push(report.id);
          continue;
        }
        let id = report.id;
        for (let n = 2; taken.get(id); n++) id = `${report.id}~${n}`;
        insert.run(id, hash, JSON.stringify({ ...report, id }));
        added.push(id);
      }
    });
    write.immediate();
    return { added, duplicates };
  }

  reports(): RawReport[] {
    const rows = this.db.prepare("SELECT raw FROM reports ORDER BY seq").all() as { raw: string }[];
    return rows.map((row) => JSON.parse(row.raw) as RawReport);
  }

  annotations(version: string): Map<string, AnnotatedReport> {
    const rows = this.db
      .prepare("SELECT report_id, document FROM annotations WHERE version = ?")
      .all(version) as { report_id: string; document: Buffer }[];
    return new Map(
      rows.map((row) => [row.report_id, freeze(JSON.parse(gunzipSync(row.document).toString("utf8")))]),
    );
  }

  saveAnnotations(version: string, docs: readonly AnnotatedReport[]): void {
    const kept = docs.flatMap((doc) => {
      const json = exactJson(doc);
      return json === null ? [] : [{ id: doc.report.id, json }];
    });
    if (kept.length === 0) return;
    const upsert = this.db.prepare(
      "INSERT OR REPLACE INTO annotations (report_id, version, document) SELECT id, ?, ? FROM reports WHERE id = ?",
    );
    this.db
      .transaction(() => {
        for (const { id, json } of kept) upsert.run(version, gzipSync(json), id);
      })
      .immediate();
  }

  saveAnalysis(
    report: TriangulateReport,
    fromReports: number,
    retired: ReadonlyMap<string, string> = new Map(),
  ): boolean {
    this.cached = null;
    const titles = new Map(report.reports.map((r) => [r.id, r.title ?? ""]));
    const index = this.db.prepare("INSERT INTO story_search (story_id, title, body) VALUES (?, ?, ?)");
    return this.db
      .transaction(() => {
        const stored = this.db
          .prepare("SELECT report_count AS n, version, next_story AS next FROM analysis WHERE id = 1")
          .get() as { n: number; version: string | null; next: number } | undefined;
        // Two writers (a server and an ingest) may analyse at once; the analysis of more reports wins.
        if (stored && stored.version === this.analysisVersion && stored.n > fromReports) return false;
        const next = Math.max(stored?.next ?? 1, highestNumber(report.stories) + 1);
        this.db
          .prepare(
            "INSERT OR REPLACE INTO analysis (id, report_count, document, version, next_story) VALUES (1, ?, ?, ?, ?)",
          )
          .run(fromReports, JSON.stringify(report), this.analysisVersion, next);
        this.saveMoves(retired);
        this.db.exec("DELETE FROM story_search");
        for (const story of report.stories) {
          const body = [
            ...story.summary.map((s) => s.text),
            ...story.reports.map((id) => titles.get(id) ?? ""),
          ];
          index.run(story.id, story.title, body.join("\n"));
        }
        return true;
      })
      .immediate();
  }

  /** Records retired ids; ids that went into a story now retired follow it (a chain is kept one step long). */
  private saveMoves(retired: ReadonlyMap<string, string>): void {
    const follow = this.db.prepare("UPDATE story_moves SET into_id = ? WHERE into_id = ?");
    const record = this.db.prepare("INSERT OR REPLACE INTO story_moves (story_id, into_id) VALUES (?, ?)");
    for (const [id, into] of retired) {
      follow.run(into, id);
      record.run(id, into);
    }
  }

  storyMovedTo(id: string): string | null {
    const row = this.db.prepare("SELECT into_id FROM story_moves WHERE story_id = ?").get(id) as
      | { into_id: string }
      | undefined;
    return row?.into_id ?? null;
  }

  searchStories(query: string): string[] {
    // Each word becomes a quoted FTS5 string, so punctuation in a query is never FTS syntax.
    const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const match = words.map((w) => `"${w}"`).join(" ");
    const rows = this.db
      .prepare("SELECT story_id FROM story_search WHERE story_search MATCH ? ORDER BY rank")
      .all(match) as { story_id: string }[];
    return rows.map((r) => r.story_id);
  }

  nextStoryNumber(): number {
    const row = this.db.prepare("SELECT next_story AS next FROM analysis WHERE id = 1").get() as
      | { next: number }
      | undefined;
    return row?.next ?? 1;
  }

  /**
   * The parsed analysis is kept until the database changes: by this connection (a save) or by another process
   * (SQLite's `data_version`), so a server answering many requests parses it once per change.
   */
  analysis(): TriangulateReport | null {
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (this.cached && this.cached.version === version) return this.cached.analysis;
    const row = this.db.prepare("SELECT document FROM analysis WHERE id = 1").get() as
      | { document: string }
      | undefined;
    const analysis = row ? (JSON.parse(row.document) as TriangulateReport) : null;
    this.cached = { version, analysis };
    return analysis;
  }

  analysisOfThisRelease(): TriangulateReport | null {
    const row = this.db.prepare("SELECT version FROM analysis WHERE id = 1").get() as
      | { version: string | null }
      | undefined;
    return row?.version === this.analysisVersion ? this.analysis() : null;
  }

  analysisIsCurrent(): boolean {
    const row = this.db
      .prepare(
        "SELECT report_count = (SELECT COUNT(*) FROM reports) AND version IS ? AS current FROM analysis WHERE id = 1",
      )
      .get(this.analysisVersion) as { current: number } | undefined;
    return row?.current === 1;
  }

  hasUrl(url: string): boolean {
    return (
      this.db
        .prepare(
          "SELECT 1 FROM reports WHERE json_extract(raw, '$.url') = @url OR json_extract(raw, '$.input') = @url",
        )
        .get({ url }) !== undefined
    );
  }

  feedState(url: string): FeedState {
    const row = this.db.prepare("SELECT etag, last_modified FROM feeds WHERE url = ?").get(url) as
      | { etag: string | null; last_modified: string | null }
      | undefined;
    return { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null };
  }

  saveFeedState(url: string, state: FeedState): void {
    this.db
      .prepare("INSERT OR REPLACE INTO feeds (url, etag, last_modified) VALUES (?, ?, ?)")
      .run(url, state.etag, state.lastModified);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * The value as JSON, or null when JSON cannot hold it exactly (a non-finite number would come back as null):
 * such a report is not stored with its annotations and is annotated again each time instead.
 */
function exactJson(value: unknown): string | null {
  let exact = true;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) exact = false;
    return v;
  });
  return exact ? json : null;
}

/** Applies the migrations the file has not had yet, each in its own transaction; returns the version reached. */
function migrate(db: Database.Database, path: string): number {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)",
  );
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  const current = row.v ?? 0;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new TriangulateError(
      ErrorCode.Usage,
      `expected a database at schema version ${latest} or older, found version ${current} (written by a newer Triangulate)`,
      path,
    );
  }
  for (const m of MIGRATIONS.filter((x) => x.version > current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, description) VALUES (?, ?)").run(
        m.version,
        m.description,
      );
    })();
  }
  return latest;
}
