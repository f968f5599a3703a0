// Tests for urlId: host plus last path segment, lower-cased and file-name safe, extensions and www. dropped.
import assert from "node:assert/strict";
import { test } from "node:test";
import { urlId } from "./url-id.js";

test("the id is the host without www. and the last path segment without its page extension", () => {
  assert.equal(urlId("https://www.example.com/news/2025/03/dam-breach.html"), "example.com-dam-breach");
  assert.equal(urlId("https://news.example.org/world/flood-warning.php"), "news.example.org-flood-warning");
  assert.equal(urlId("https://example.com/a/report.aspx"), "example.com-report");
  assert.equal(urlId("https://example.com/a/report.shtml"), "example.com-report");
});

test("a trailing slash, a query and a fragment do not change the segment", () => {
  assert.equal(urlId("https://example.com/news/storm-update/"), "example.com-storm-update");
  assert.equal(urlId("https://example.com/news/storm-update?utm_source=x#top"), "example.com-storm-update");
});

test("a bare host gives the host alone", () => {
  assert.equal(urlId("https://www.example.com/"), "example.com");
  assert.equal(urlId("https://example.com"), "example.com");
});

test("the id is lower-case, with every run of unsafe characters turned into one dash", () => {
  assert.equal(urlId("https://Example.COM/a/Story_Title!!(Live).html"), "example.com-story-title-live");
  assert.equal(urlId("https://example.com/a/Hello%20World"), "example.com-hello-world");
  assert.equal(urlId("https://example.com/a/---x---"), "example.com-x");
  assert.equal(urlId("http://192.168.0.1:8080/p"), "192.168.0.1-p");
});

test("percent-escapes are decoded, keeping letters of any script", () => {
  assert.equal(urlId("https://example.com/news/caf%C3%A9-d%C3%A9j%C3%A0"), "example.com-café-déjà");
  assert.equal(urlId("https://example.com/%D0%BC%D0%B8%D1%80"), "example.com-мир");
});

test("a malformed percent-escape is kept as written, not thrown", () => {
  assert.equal(urlId("https://example.com/a/%E0%A4%A"), "example.com-e0-a4-a");
});

test("the id is at most 100 characters", () => {
  const id = urlId(`https://example.com/a/${"x".repeat(300)}`);
  assert.equal(id.length, 100);
  assert.ok(id.startsWith("example.com-xxx"));
});

test("the id is file-name safe: no slashes, spaces or path tricks", () => {
  for (const url of [
    "https://example.com/a/..%2F..%2Fetc%2Fpasswd",
    "https://example.com/a/%2E%2E",
    "https://example.com/a/b%5Cc",
  ]) {
    const id = urlId(url);
    assert.match(id, /^[\p{L}\p{N}.-]+$/u, `${url} → ${id}`);
    assert.ok(!id.includes("/") && !id.includes("\\"), id);
  }
});

test("an invalid URL throws", () => {
  assert.throws(() => urlId("not a url"), TypeError);
});
