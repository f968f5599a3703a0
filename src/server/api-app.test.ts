// The HTTP API in process (app.request), over a store in a temporary folder.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { rawReport, withTempDir } from "../ingest/fixture-reports.js";
import { DEFAULT_CLUSTER_OPTIONS } from "../link/story-clusterer.js";
import { storySchema } from "../model/report-schema.js";
import { addReports } from "../store/report-library.js";
import { SqliteStore } from "../store/sqlite-store.js";
import { createApi, DEFAULT_API_OPTIONS } from "./api-app.js";

const REPORTS = [
  {
    id: "flood-1",
    title: "Sarrow flood kills 12 in Orvane",
    published: "2025-03-11",
    text: "Flood waters from the Sarrow river swept through Orvane on Tuesday. The Relief Society said at least 12 people were killed in the flood.",
  },
  {
    id: "flood-2",
    title: "Orvane counts its dead after the Sarrow flood",
    published: "2025-03-12",
    text: "The Sarrow river burst its banks and flooded Orvane on Tuesday. Governor Ana Ruiz said 20 people were killed in Orvane.",
  },
];

const post = (body: string, type = "application/json", headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": type, ...headers },
  body,
});

describe("HTTP API", () => {
  it("adds reports, lists and searches stories, serves a story and a report", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "api.db"));
      const app = createApi(store);
      const created = await app.request("/reports", post(JSON.stringify(REPORTS)));
      assert.equal(created.status, 201);
      const { added } = (await created.json()) as { added: { id: string; story: string }[] };
      assert.deepEqual(
        added.map((a) => a.id),
        ["flood-1", "flood-2"],
      );
      assert.equal(added[0]?.story, added[1]?.story);
      const again = await app.request("/reports", post(JSON.stringify(REPORTS[0])));
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { added: [], duplicates: ["flood-1"], problems: [] });

      const list = (await (await app.request("/stories")).json()) as { stories: Record<string, unknown>[] };
      assert.equal(list.stories.length, 1);
      assert.deepEqual(
        [list.stories[0]?.reports, list.stories[0]?.disputes, list.stories[0]?.lastActivity],
        [2, 1, "2025-03-12"],
      );
      const found = (await (await app.request("/stories?q=Sarrow")).json()) as { stories: unknown[] };
      assert.equal(found.stories.length, 1);
      const none = (await (await app.request("/stories?q=tram")).json()) as { stories: unknown[] };
      assert.equal(none.stories.length, 0);

      const id = added[0]?.story as string;
      const one = (await (await app.request(`/stories/${id}`)).json()) as {
        story: { claimGroups: { status: string }[]; summary: unknown[] };
        reports: { id: string }[];
      };
      assert.equal(one.story.claimGroups[0]?.status, "differ");
      assert.ok(one.story.summary.length > 0);
      assert.equal(one.reports.length, 2);
      const report = (await (await app.request("/reports/flood-2")).json()) as {
        report: { text: string };
        annotations: { claims: { value: number }[] };
      };
      assert.match(report.report.text, /Governor Ana Ruiz/);
      assert.deepEqual(
        report.annotations.claims.map((c) => c.value),
        [20],
      );
      store.close();
    });
  });

  it("redirects the id of a story merged into another to the story it went into", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "api.db"));
      // Stored under bars no two reports meet, the two flood reports are two stories.
      const apart = { ...DEFAULT_CLUSTER_OPTIONS, threshold: 2, mergeThreshold: 2 };
      const raws = REPORTS.map((r) => rawReport(r.id, r.text, r.published));
      const before = addReports(store, raws, { cluster: apart }).analysis?.stories.map((s) => s.id) ?? [];
      assert.equal(before.length, 2);
      // A later report is analysed with the usual bars, which put the flood reports in one story.
      const app = createApi(store);
      const later = {
        id: "tram",
        published: "2025-03-13",
        text: "The council approved the Velmora tram line.",
      };
      assert.equal((await app.request("/reports", post(JSON.stringify(later)))).status, 201);
      const flood = store.analysis()?.stories.find((s) => s.reports.includes("flood-1"));
      assert.deepEqual(flood?.reports, ["flood-1", "flood-2"]);
      const retired = before.filter((id) => id !== flood?.id);
      assert.equal(retired.length, 1);
      const moved = await app.request(`/stories/${retired[0]}`);
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get("location"), `/stories/${flood?.id}`);
      const followed = (await (await app.request(moved.headers.get("location") as string)).json()) as {
        story: { id: string };
      };
      assert.equal(followed.story.id, flood?.id);
      store.close();
    });
  });

  it("answers errors as JSON with stable codes", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "api.db"));
      const app = createApi(store, { ...DEFAULT_API_OPTIONS, maxBodyBytes: 200 });
      const code = async (r: Response) => [
        r.status,
        ((await r.json()) as { error: { code: string } }).error.code,
      ];
      assert.deepEqual(await code(await app.request("/stories/s9")), [404, "not_found"]);
      assert.deepEqual(await code(await app.request("/nowhere")), [404, "not_found"]);
      assert.deepEqual(await code(await app.request("/reports", post("{not json"))), [400, "bad_request"]);
      assert.deepEqual(await code(await app.request("/reports", post('{"id":"x"}'))), [400, "bad_request"]);
      assert.deepEqual(await code(await app.request("/reports", post("x".repeat(500)))), [413, "too_large"]);
      assert.deepEqual(await code(await app.request("/reports", post("hello", "text/plain"))), [
        415,
        "unsupported_media_type",
      ]);
      // A body streamed without Content-Length is capped as it is read.
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(100)));
          controller.close();
        },
      });
      const streamed = await app.request("/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit);
      assert.deepEqual(await code(streamed), [413, "too_large"]);
      // A report with nothing left after cleaning is not stored.
      const empty = await app.request("/reports", post('{"id":"e","text":"Advertisement"}'));
      assert.deepEqual(await code(empty), [400, "bad_request"]);
      assert.deepEqual(await code(await app.request("/reports/e")), [404, "not_found"]);
      store.close();
    });
  });

  it("guards POST /reports with the token when one is set, and describes itself", async () => {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "api.db"));
      const app = createApi(store, { ...DEFAULT_API_OPTIONS, token: "s3cret" });
      const body = JSON.stringify(REPORTS[0]);
      assert.equal((await app.request("/reports", post(body))).status, 401);
      assert.equal(
        (await app.request("/reports", post(body, "application/json", { authorization: "Bearer nope" })))
          .status,
        401,
      );
      assert.equal(
        (await app.request("/reports", post(body, "application/json", { authorization: "bearer s3cret" })))
          .status,
        201,
      );
      const doc = (await (await app.request("/openapi.json")).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
        components: { schemas: Record<string, { required?: string[] }> };
      };
      assert.equal(doc.openapi, "3.1.0");
      // The document's schemas are the zod ones the code validates with, and a served story conforms to them.
      assert.deepEqual(doc.components.schemas.Story?.required?.sort(), Object.keys(storySchema.shape).sort());
      const { story } = (await (await app.request("/stories/s1")).json()) as { story: unknown };
      // strict(): a key the schema does not know is an error, not silently dropped.
      assert.ok(storySchema.strict().safeParse(story).success);
      assert.deepEqual(Object.keys(doc.paths).sort(), [
        "/openapi.json",
        "/reports",
        "/reports/{id}",
        "/stories",
        "/stories/{id}",
      ]);
      store.close();
    });
  });
});
