/** The HTTP API over a store: stories (listed, searched, one by one), reports, and POST /reports. */
import { createHash, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Story, TriangulateReport } from "../model/report-schema.js";
import { addReports, findStory } from "../store/report-library.js";
import type { Store } from "../store/store.js";
import { apiError } from "./api-error.js";
import { OPENAPI_DOCUMENT } from "./openapi-document.js";
import { readIntake } from "./report-intake.js";
import { serveWebAssets } from "./web-assets.js";

/** The OpenAPI document never changes while the process runs: serialised once. */
const OPENAPI_JSON = JSON.stringify(OPENAPI_DOCUMENT);

export interface ApiOptions {
  /** When set, POST /reports needs `Authorization: Bearer <token>`. */
  readonly token: string | null;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_API_OPTIONS: ApiOptions = { token: null, maxBodyBytes: 2 * 1024 * 1024 };

export function createApi(store: Store, options: ApiOptions = DEFAULT_API_OPTIONS): Hono {
  const app = new Hono();
  app.get("/openapi.json", (c) =>
    c.body(OPENAPI_JSON, 200, { "content-type": "application/json; charset=UTF-8" }),
  );
  serveWebAssets(app);
  addReadRoutes(app, store);
  addPostRoute(app, store, options);
  app.notFound((c) => c.json(...apiError("not_found", `expected a known path, found ${c.req.path}`)));
  // Whatever goes wrong inside a route is answered as JSON too, never as a bare text page.
  app.onError((error, c) =>
    c.json(...apiError("internal", error instanceof Error ? error.message : String(error))),
  );
  return app;
}

/** GET /stories (newest activity first, or ?q= matches best first), /stories/:id and /reports/:id. */
function addReadRoutes(app: Hono, store: Store): void {
  app.get("/stories", (c) => {
    const analysis = store.analysis();
    const q = c.req.query("q");
    const rows = (analysis?.stories ?? []).map((s) => listing(s, analysis));
    const chosen = q === undefined ? newestFirst(rows) : pick(rows, store.searchStories(q));
    return c.json({ stories: chosen });
  });
  app.get("/stories/:id", (c) => {
    const id = c.req.param("id");
    const found = findStory(store, id);
    if (!found) return c.json(...apiError("not_found", `expected a story id, found ${id}`));
    const { analysis, story } = found;
    // A story merged into another answers with a permanent redirect, so old links and bookmarks still work.
    if (story.id !== id) return c.redirect(`/stories/${encodeURIComponent(story.id)}`, 301);
    const ids = new Set(story.reports);
    return c.json({ story, reports: analysis.reports.filter((r) => ids.has(r.id)) });
  });
  app.get("/reports/:id", (c) => {
    const analysis = store.analysis();
    const report = analysis?.reports.find((r) => r.id === c.req.param("id"));
    if (!analysis || !report)
      return c.json(...apiError("not_found", `expected a report id, found ${c.req.param("id")}`));
    return c.json({ report, annotations: annotationsOf(analysis, report.id) });
  });
}

/** POST /reports: checks the token, the body's size and type, stores the reports and answers with their stories. */
function addPostRoute(app: Hono, store: Store, options: ApiOptions): void {
  let posted = 0;
  const tooLarge = bodyLimit({
    maxSize: options.maxBodyBytes,
    onError: (c) =>
      c.json(...apiError("too_large", `expected a body of at most ${options.maxBodyBytes} bytes`)),
  });
  app.post("/reports", async (c, next) => {
    if (options.token !== null && !sameToken(c.req.header("authorization"), options.token)) {
      const message = "expected Authorization: Bearer <TRIANGULATE_TOKEN>, found none or another";
      return c.json(...apiError("unauthorized", message));
    }
    return next();
  });
  app.post("/reports", tooLarge, async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^(?:application\/json|text\/html)\b/i.test(type)) {
      const message = `expected application/json or text/html, found ${type || "none"}`;
      return c.json(...apiError("unsupported_media_type", message));
    }
    const intake = readIntake(type, await c.req.text(), `posted-${++posted}`);
    if ("error" in intake) return c.json(...apiError("bad_request", intake.error));
    const { added, duplicates, problems, analysis } = addReports(store, intake.reports);
    if (added.length === 0 && duplicates.length === 0) {
      return c.json(...apiError("bad_request", problems.map((p) => `${p.input}: ${p.message}`).join("; ")));
    }
    const storyOf = (id: string) => analysis?.stories.find((s) => s.reports.includes(id))?.id ?? null;
    const answer = { added: added.map((id) => ({ id, story: storyOf(id) })), duplicates, problems };
    return c.json(answer, added.length > 0 ? 201 : 200);
  });
}

/** Compares the Authorization header with the token in constant time ("Bearer" in any case). */
function sameToken(header: string | undefined, token: string): boolean {
  const given = /^bearer\s+(.+)$/i.exec(header?.trim() ?? "")?.[1] ?? "";
  const digest = (x: string) => createHash("sha256").update(x).digest();
  return timingSafeEqual(digest(given), digest(token));
}

type Listing = ReturnType<typeof listing>;

function listing(story: Story, analysis: TriangulateReport | null) {
  return {
    id: story.id,
    title: story.title,
    reports: story.reports.length,
    independentSources: story.independentSources,
    disputes: story.disputes.length,
    phaseOf: story.phaseOf,
    lastActivity: lastActivity(story, analysis),
  };
}

/** The latest publication day (or lower bound) of the story's reports, or null. */
function lastActivity(story: Story, analysis: TriangulateReport | null): string | null {
  const ids = new Set(story.reports);
  let latest: string | null = null;
  for (const r of analysis?.reports ?? []) {
    const day = ids.has(r.id) ? (r.published.date ?? r.published.after) : null;
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

function newestFirst(rows: readonly Listing[]): Listing[] {
  const day = (r: Listing) => r.lastActivity ?? "";
  return [...rows].sort(
    (a, b) => day(b).localeCompare(day(a)) || a.id.localeCompare(b.id, "en", { numeric: true }),
  );
}

function pick(rows: readonly Listing[], ids: readonly string[]): Listing[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is Listing => r !== undefined);
}

/** What the analysis found in one report: its stories, and the claims, quotes and entity mentions it carries. */
function annotationsOf(analysis: TriangulateReport, id: string) {
  const stories = analysis.stories.filter((s) => s.reports.includes(id));
  return {
    stories: stories.map((s) => s.id),
    claims: stories.flatMap((s) => s.claims.filter((c) => c.reports.includes(id))),
    quotes: stories.flatMap((s) => s.quotes.filter((q) => q.reports.includes(id))),
    entities: stories.flatMap((s) =>
      s.entities
        .filter((e) => e.mentions.some((m) => m.report === id))
        .map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type,
          mentions: e.mentions.filter((m) => m.report === id),
        })),
    ),
  };
}
