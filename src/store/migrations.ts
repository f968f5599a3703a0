/** The SQLite store's schema, as numbered migrations applied in order, each once. */

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "reports stored once by content hash; the latest analysis as one JSON document",
    sql: `
      CREATE TABLE reports (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        raw TEXT NOT NULL
      );
      CREATE TABLE analysis (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        report_count INTEGER NOT NULL,
        document TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: "full-text search over stories (title, summary, report titles) with FTS5",
    sql: `
      CREATE VIRTUAL TABLE story_search USING fts5(story_id UNINDEXED, title, body);
    `,
  },
  {
    version: 3,
    description: "watched feeds (ETag and Last-Modified for conditional polling) and report URLs looked up",
    sql: `
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT
      );
      CREATE INDEX reports_url ON reports (json_extract(raw, '$.url'));
    `,
  },
  {
    version: 4,
    description:
      "each report's annotations, kept while the code and models that made them are unchanged; feed item URLs looked up",
    sql: `
      CREATE TABLE annotations (
        report_id TEXT PRIMARY KEY REFERENCES reports (id),
        version TEXT NOT NULL,
        document BLOB NOT NULL
      );
      CREATE INDEX reports_input ON reports (json_extract(raw, '$.input'));
      ALTER TABLE analysis ADD COLUMN version TEXT;
    `,
  },
  {
    version: 5,
    description: "the first story number never given, so a story id once shown is not given to another story",
    sql: `
      ALTER TABLE analysis ADD COLUMN next_story INTEGER NOT NULL DEFAULT 1;
    `,
  },
  {
    version: 6,
    description: "retired story ids and the story each went into, so an old link or export finds its story",
    sql: `
      CREATE TABLE story_moves (
        story_id TEXT PRIMARY KEY,
        into_id TEXT NOT NULL
      );
    `,
  },
];
