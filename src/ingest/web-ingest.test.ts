// Web inputs end to end through analyze(): URLs, feeds and a web archive, with every failure a problem.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { analyze } from "../analyze.js";
import { withTempDir } from "./fixture-reports.js";
import { http, response } from "./fixture-warc.js";
import { ARTICLE_A, type FixtureServer, feed, startFixtureServer } from "./fixture-web-server.js";

let server: FixtureServer;
before(async () => {
  server = await startFixtureServer();
});
after(() => server.close());

const LOCAL = { allowPrivateNetwork: true, fetch: { timeoutMs: 500, maxBytes: 32 * 1024 } } as const;

describe("analyze from the web (a local test server)", () => {
  it("reads article URLs, and turns each broken one into a problem while the batch goes on", async () => {
    const url = (path: string) => `${server.origin}${path}`;
    const report = await analyze(
      ["/moved", "/news/ferry-strike", "/loop-a", "/slow", "/huge", "/data.json", "/nowhere"].map(url),
      LOCAL,
    );
    assert.deepEqual(
      report.problems.map((p) => [p.input.replace(server.origin, ""), p.code]),
      [
        ["/loop-a", "too_many_redirects"],
        ["/slow", "fetch_timeout"],
        ["/huge", "too_large"],
        ["/data.json", "unsupported_content_type"],
        ["/nowhere", "http_error"],
      ],
    );
    const [fire, ferry] = report.reports;
    assert.equal(fire?.title, "Fire guts harbour warehouse");
    assert.equal(fire?.outlet, "Port Wren Tribune");
    assert.deepEqual(fire?.published, {
      date: "2025-03-12",
      after: null,
      before: null,
      basis: "JSON-LD datePublished",
    });
    assert.equal(fire?.url, url("/news/warehouse-fire.html"), "the final URL after the redirect");
    assert.deepEqual(fire?.captions, ["Smoke over the quay in Port Wren, March 11, 2025."]);
    assert.ok(fire?.removed.some((r) => r.text === "Share this article"));
    assert.doesNotMatch(fire?.text ?? "", /Home|Copyright|Share/);
    assert.ok(
      fire?.metadata.some(
        (m) => m.name === "byline" && m.value === "Ines Ward" && m.source === "JSON-LD author",
      ),
    );
    assert.match(ferry?.text ?? "", /^Ferry crews in Port Wren went back to work/);
    assert.equal(ferry?.outlet, "127.0.0.1", "no site name in the page: the host stands in");
  });

  it("follows a feed's items, using the item's date and title only where the page has none", async () => {
    const report = await analyze([], { ...LOCAL, feeds: [`${server.origin}/feed.xml`] });
    assert.deepEqual(
      report.reports.map((r) => [r.title, r.published.date, r.published.basis]),
      [
        ["Fire guts harbour warehouse", "2025-03-12", "JSON-LD datePublished"],
        ["Quay reopens after fire", "2025-03-13", "feed item date"],
      ],
    );
    assert.deepEqual(
      report.problems.map((p) => [p.input.replace(server.origin, ""), p.code]),
      [["/news/gone", "http_error"]],
    );
  });

  it("refuses by default a feed item that points at a private address", async () => {
    await withTempDir(async (dir) => {
      const saved = join(dir, "saved-feed.xml");
      await writeFile(saved, feed(server.origin));
      const before = server.requests.length;
      const refused = await analyze([], { feeds: [saved] });
      assert.deepEqual(
        refused.problems.map((p) => p.code),
        ["private_address", "private_address", "private_address"],
      );
      assert.match(refused.problems[0]?.message ?? "", /expected a public address, found 127\.0\.0\.1/);
      assert.equal(server.requests.length, before, "not one request reached the local server");
      const allowed = await analyze([], { feeds: [saved], allowPrivateNetwork: true });
      assert.equal(allowed.reports.length, 2);
    });
  });

  it("refuses a private article URL by default", async () => {
    const report = await analyze([`${server.origin}/news/quay-reopens`]);
    assert.deepEqual(
      report.problems.map((p) => p.code),
      ["private_address"],
    );
    assert.deepEqual(report.reports, []);
  });
});

describe("analyze a web archive", () => {
  it("reads each archived article page, and names the record of a page without an article", async () => {
    await withTempDir(async (dir) => {
      const page = (html: string) =>
        http("200 OK", { "Content-Type": "text/html; charset=utf-8" }, Buffer.from(html));
      const records = [
        response("https://tribune.example/news/warehouse-fire.html", "2025-03-12T09:00:00Z", page(ARTICLE_A)),
        response(
          "https://tribune.example/",
          "2025-03-12T09:01:00Z",
          page("<html><body><nav>Home</nav></body></html>"),
        ),
      ];
      const archive = join(dir, "crawl.warc.gz");
      await writeFile(archive, Buffer.concat(records.map((r) => gzipSync(r))));
      const report = await analyze([archive]);
      assert.deepEqual(
        report.reports.map((r) => [r.id, r.input, r.title, r.published.date]),
        [["tribune.example-warehouse-fire", `${archive}#0`, "Fire guts harbour warehouse", "2025-03-12"]],
      );
      assert.deepEqual(
        report.problems.map((p) => [p.input, p.code]),
        [[`${archive}#1`, "no_article"]],
      );
    });
  });
});
