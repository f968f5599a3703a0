/** Tests for the HTML renderer: escaping, no network loads, well-formed highlights, citations, content. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TriangulateReport } from "../model/report-schema.js";
import { citedEvidence } from "./evidence-anchors.js";
import { escapeHtml } from "./html-escape.js";
import { renderHtml } from "./html-renderer.js";
import { attributes, markCoverage, nestingErrors, reportTextHtml, tags } from "./html-test-utils.js";
import { CROSSING_A, CROSSING_B, fixtureReport, LONE_SPAN, XSS_ATTR, XSS_SCRIPT } from "./report-fixture.js";

const html = renderHtml(fixtureReport);
const ALLOWED_ATTRIBUTES = new Set([
  "lang",
  "charset",
  "http-equiv",
  "content",
  "name",
  "id",
  "class",
  "href",
  "data-ev",
  "scope",
  "datetime",
  "open",
  "aria-label",
]);

test("is one HTML5 document with a CSP that forbids network loads", () => {
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.ok(
    html.includes(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`,
    ),
  );
  assert.equal(html.match(/<html\b/g)?.length, 1);
  assert.ok(html.trimEnd().endsWith("</html>"));
});

test("escapes every XSS payload: no script, img or event-handler attribute gets through", () => {
  assert.ok(!/<script/i.test(html));
  assert.ok(!/<img/i.test(html));
  for (const tag of tags(html)) {
    for (const [name] of attributes(tag.attrs))
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `<${tag.name} ${name}>`);
  }
  assert.ok(
    html.includes(
      `<h3>r2 — Valley Courier${escapeHtml(XSS_ATTR)}: ${escapeHtml(XSS_SCRIPT)} Marrowby flood toll rises</h3>`,
    ),
  );
  assert.ok(html.includes(`<blockquote>Help us ${escapeHtml(XSS_SCRIPT)} now</blockquote>`));
  assert.ok(html.includes(`<q>${escapeHtml(XSS_SCRIPT)}Subscribe now</q>`));
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  assert.equal(escapeHtml(`<a href='x'>"&"</a>`), "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
});

test("loads nothing: no src attributes, only in-page links, no CSS urls", () => {
  const links: string[] = [];
  for (const tag of tags(html)) {
    for (const [name, value] of attributes(tag.attrs)) {
      assert.notEqual(name, "src");
      if (name === "href") links.push(value);
    }
  }
  assert.ok(links.length > 0);
  for (const link of links) assert.match(link, /^#[\w-]+$/);
  assert.ok(!/url\(|@import/i.test(html));
  assert.ok(!/(src|href|action)\s*=\s*"?\s*(https?:)?\/\//i.test(html));
});

test("is well-formed, ids are unique and every in-page link has a target", () => {
  assert.deepEqual(nestingErrors(html), []);
  const ids = tags(html).flatMap((tag) =>
    attributes(tag.attrs)
      .filter(([name]) => name === "id")
      .map(([, v]) => v),
  );
  assert.equal(new Set(ids).size, ids.length);
  const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
  for (const target of hrefs) assert.ok(ids.includes(target ?? ""), `#${target}`);
});

test("each report's cleaned text is shown in full and every cited span is highlighted exactly", () => {
  const cited = fixtureReport.stories.flatMap(citedEvidence);
  fixtureReport.reports.forEach((entry, index) => {
    const { text, coverage } = markCoverage(reportTextHtml(html, `report-${index}`));
    assert.equal(text, entry.text);
    for (const evidence of cited.filter((item) => item.report === entry.id)) {
      const id = `ev-${index}-${evidence.start}-${evidence.end}`;
      assert.deepEqual(coverage.get(id), [[evidence.start, evidence.end]], id);
    }
  });
});

test("a lone span is one mark around exactly the cited substring", () => {
  const cited = escapeHtml(fixtureReport.reports[1]?.text.slice(LONE_SPAN.start, LONE_SPAN.end) ?? "");
  assert.ok(html.includes(`<mark class="ev" id="ev-1-${LONE_SPAN.start}-${LONE_SPAN.end}">${cited}</mark>`));
});

test("crossing spans are split into a continuation mark, not misnested", () => {
  const fragment = reportTextHtml(html, "report-0");
  assert.deepEqual(nestingErrors(fragment), []);
  assert.ok(
    CROSSING_A.start < CROSSING_B.start &&
      CROSSING_B.start < CROSSING_A.end &&
      CROSSING_A.end < CROSSING_B.end,
  );
  assert.ok(fragment.includes(`data-ev="ev-0-${CROSSING_B.start}-${CROSSING_B.end}"`));
});

test("summary and ledger citations link to the highlighted spans", () => {
  const anchor = `ev-0-${CROSSING_B.start}-${CROSSING_B.end}`;
  assert.ok(
    html.includes(`<a class="cite" href="#${anchor}">[r1:${CROSSING_B.start}-${CROSSING_B.end}]</a>`),
  );
  assert.ok(
    html.includes(
      `<q>at least 14 people, the Regional Fire Service said</q> <a class="cite" href="#${anchor}">`,
    ),
  );
  assert.ok(
    /<p class="summary">A flash flood killed at least 14 people in Marrowby on Sunday\. <a class="cite" href="#ev-0-/.test(
      html,
    ),
  );
});

test("shows the dispute with its values, sources and carrying reports", () => {
  assert.ok(html.includes("<strong>Disputed: How many people were killed?</strong>"));
  assert.ok(
    html.includes(
      '<strong>at least 14 people</strong> — source Regional Fire Service — carried by <a href="#report-0">r1</a>, <a href="#report-1">r2</a>',
    ),
  );
  assert.ok(html.includes("<strong>20 people</strong> — source Mayor Tilde Orsk"));
  assert.ok(
    html.includes(
      '<strong>as many as 45 people</strong> — source Ana Petrel via Northwire — carried by <a href="#report-0">r1</a>',
    ),
  );
});

test("evidence pointing outside the text or at an unknown report is cited without a link", () => {
  const story = fixtureReport.stories[1];
  assert.ok(story);
  const bad = [
    { report: "r3", start: 5, end: 9999 },
    { report: "nope", start: 0, end: 3 },
    { report: "r3", start: 7, end: 7 },
  ];
  const report: TriangulateReport = {
    ...fixtureReport,
    stories: [{ ...story, summary: [{ text: "x", evidence: bad }] }],
  };
  const out = renderHtml(report);
  assert.deepEqual(nestingErrors(out), []);
  const r3 = fixtureReport.reports[2]?.text ?? "";
  assert.ok(out.includes(`<a class="cite" href="#ev-2-5-${r3.length}">[r3:5-9999]</a>`));
  assert.ok(out.includes('<span class="cite">[nope:0-3]</span>'));
  assert.ok(out.includes('<span class="cite">[r3:7-7]</span>'));
});

test("an empty report still renders a valid page saying none", () => {
  const out = renderHtml({ schema: "triangulate.report/1", reports: [], stories: [], problems: [] });
  assert.deepEqual(nestingErrors(out), []);
  assert.ok(out.includes("0 reports, 0 stories, 0 problems."));
  assert.ok(out.includes('<section id="problems">\n<h2>Problems</h2>\n<p>none</p>'));
});
