// The web UI in Chromium (playwright-core, Debian's /usr/bin/chromium): the example corpus posted through the
// API, the story list, a story with its dispute, a citation showing its span; and an XSS payload that must not run.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";
import { withTempDir } from "../ingest/fixture-reports.js";
import type { TriangulateReport } from "../model/report-schema.js";
import { SqliteStore } from "../store/sqlite-store.js";
import { createApi } from "./api-app.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";

describe("web UI", {
  skip: existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (.ci/run installs it)`,
}, () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });
  after(async () => browser?.close());

  async function withServer(
    work: (base: string, post: (body: unknown) => Promise<Response>, store: SqliteStore) => Promise<void>,
  ) {
    await withTempDir(async (dir) => {
      const store = new SqliteStore(join(dir, "ui.db"));
      const server = serve({ fetch: createApi(store).fetch, port: 0, hostname: "127.0.0.1" });
      await new Promise<void>((resolve) => server.once("listening", () => resolve()));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const post = (body: unknown) =>
        fetch(`${base}/reports`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      try {
        await work(base, post, store);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        store.close();
      }
    });
  }

  it("lists stories, shows a story's dispute, and shows the span a citation points at", async () => {
    await withServer(async (base, post) => {
      const corpus = join(ROOT, "examples", "corpus");
      const records = [];
      for (const name of (await readdir(corpus)).sort()) {
        const text = await readFile(join(corpus, name), "utf8");
        records.push(name.endsWith(".html") ? { id: name, html: text } : { id: name, text });
      }
      assert.equal((await post(records)).status, 201);
      const page = await browser.newPage();
      await page.goto(base);
      await page.waitForSelector("#stories li a");
      assert.ok(
        (await page.locator("#stories .badge.dispute").count()) >= 1,
        "the list flags a disputed story",
      );
      await page.locator("#stories li a").first().click();
      await page.waitForSelector(".group.differ");
      assert.match((await page.locator(".group.differ").first().textContent()) ?? "", /differ/);
      const button = page.locator("section button.cite").first();
      const [report, span] = ((await button.getAttribute("title")) ?? "").split(" ");
      await button.click();
      const shown = (await page.locator("#cited-span").textContent()) ?? "";
      const [start, end] = (span ?? "").split("-").map(Number);
      const { report: entry } = (await (
        await fetch(`${base}/reports/${encodeURIComponent(report ?? "")}`)
      ).json()) as {
        report: { text: string };
      };
      assert.equal(shown, entry.text.slice(start, end));
      // The timeline chart: one mark per dated entry; clicking one shows its cited span.
      const { story } = (await (await fetch(`${base}/stories/s1`)).json()) as {
        story: { timeline: { date: string }[]; sources: string[][]; reports: string[] };
      };
      const marks = page.locator("svg.timeline-chart .tl-mark");
      assert.equal(await marks.count(), Math.min(30, story.timeline.filter((t) => t.date).length));
      await marks.first().click();
      assert.ok(((await page.locator("#cited-span").textContent()) ?? "").length > 0);
      // The source grid: a row per report, marked independent or copied, with the disputed figures by outlet.
      const grid = page.locator("table.source-grid");
      assert.equal(await grid.locator("tbody tr").count(), story.reports.length);
      const standings = await grid.locator("td.standing").allTextContents();
      assert.equal(standings.filter((t) => t.startsWith("independent")).length, story.sources.length);
      assert.ok(
        standings.some((t) => / of /.test(t)),
        "a copied report is named as a copy",
      );
      assert.ok((await grid.locator("td.differ .figure").count()) >= 2, "differing figures sit side by side");
      await page.locator("details summary").first().click();
      assert.ok(
        (await page.locator("details .report-text mark").count()) > 0,
        "a report shows its annotations marked",
      );
      const shots = join(ROOT, "out");
      await mkdir(shots, { recursive: true });
      await page.screenshot({ path: join(shots, "web-ui-story.png"), fullPage: true });
      await page.close();
    });
  });

  it("opens an old link to a merged story as the story it went into, under its id now", async () => {
    await withServer(async (base, post, store) => {
      const text = "The Relief Society said 12 people were killed in the flood in Orvane on Tuesday.";
      assert.equal((await post({ id: "flood", published: "2025-03-11", text })).status, 201);
      const analysis = store.analysis() as TriangulateReport;
      store.saveAnalysis(analysis, analysis.reports.length, new Map([["s7", "s1"]]));
      const page = await browser.newPage();
      await page.goto(`${base}/#/story/s7`);
      const title = analysis.stories[0]?.title as string;
      await page.locator("h1", { hasText: title }).waitFor();
      // Read from outside the page: its CSP forbids evaluating strings in it.
      assert.equal(new URL(page.url()).hash, "#/story/s1");
      await page.close();
    });
  });

  it("runs nothing from a report whose text is an XSS payload", async () => {
    await withServer(async (base, post) => {
      const payload =
        'Flood in Orvane <script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> "><svg onload="window.__xss = 3"> The Relief Society said 12 people were killed in the flood in Orvane on Tuesday night.';
      // Dated and with an outlet, so the payload also reaches the timeline chart and the source grid.
      const response = await post({
        id: "xss",
        title: '<img src=x onerror="window.__xss=4">',
        outlet: '<svg onload="window.__xss=5">',
        published: "2025-03-11",
        text: payload,
      });
      assert.equal(response.status, 201);
      const page = await browser.newPage();
      let dialogs = 0;
      page.on("dialog", async (d) => {
        dialogs++;
        await d.dismiss();
      });
      await page.goto(base);
      await page.waitForSelector("#stories li a");
      await page.locator("#stories li a").first().click();
      await page.waitForSelector("svg.timeline-chart .tl-mark");
      await page.locator("svg.timeline-chart .tl-mark").first().click();
      assert.match((await page.locator("table.source-grid").textContent()) ?? "", /<svg onload=/);
      await page.locator("details summary").first().click();
      const cite = page.locator("button.cite").first();
      if ((await cite.count()) > 0) await cite.click();
      assert.equal(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss), undefined);
      assert.equal(dialogs, 0);
      assert.ok(((await page.content()) ?? "").includes("&lt;script&gt;"), "the payload is shown as text");
      await page.close();
    });
  });
});
