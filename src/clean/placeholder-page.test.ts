// Pages that show a notice in place of their article: the notices named, such pages emptied, real news kept.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { rawReport } from "../ingest/fixture-reports.js";
import { analyzeReports } from "../pipeline.js";
import { boilerplateReason } from "./boilerplate-rules.js";
import {
  emptyPageMessage,
  noticePhrase,
  PLACEHOLDER_REST_WORDS,
  placeholderNotice,
} from "./placeholder-page.js";
import { cleanReport } from "./report-cleaner.js";

const ARCHIVE_PAGE = `Since 2003, Northwind Search has given its crawl data to the Internet Archive. The captures join the Wayback Machine after a delay.

Learn more`;

const ARTICLE = `Please enable JavaScript to watch this video

The ferry Marta ran aground off Kessel Point on Sunday, and all 212 passengers were taken off by lifeboat, the coastguard said.

Divers found a gash in the hull below the waterline, and the operator said the ferry would be towed to Brenn for repairs.`;

describe("placeholder pages", () => {
  it("names the notices a page shows in place of its article", () => {
    assert.equal(boilerplateReason(ARCHIVE_PAGE.split("\n\n")[0] as string), "web archive notice");
    assert.equal(boilerplateReason("JavaScript is disabled"), "script wall");
    assert.equal(
      boilerplateReason("This video is not available right now. Please try again later."),
      "video player message",
    );
    assert.equal(boilerplateReason("Add a location to your Tweets"), "social embed notice");
    assert.equal(boilerplateReason("Sorry, the page you requested could not be found."), "error page");
    assert.equal(boilerplateReason("Please enable JavaScript to watch this video"), "script wall");
    assert.equal(
      boilerplateReason("Sign up for the Harbour Light newsletter to get the day's news in your inbox."),
      "newsletter box",
    );
    assert.equal(boilerplateReason("Follow us on Twitter for the latest from the quay"), "social follow box");
    // An archive's description of one crawl names no archive, only the crawl's seeds, depth and figures.
    for (const crawlNote of [
      "This crawl was run at a level 2 (URLs including their embeds, plus the URLs of all outbound links)",
      "Crawl of outlinks from a news portal, begun in May. Its seed list was built from every section page.",
      "-- the 50 best-linked URLs of each site, ranked by the number of incoming inter-domain links",
      "Crawl start date: 04 May, 2027",
      "Number of captures: 1,204,331",
    ])
      assert.equal(boilerplateReason(crawlNote), "web archive notice", crawlNote);
  });

  it("leaves news that mentions the same words alone", () => {
    for (const news of [
      "Traffic slowed to a crawl on the coast road after the storm.",
      "The Internet Archive said on Monday it would appeal the ruling.",
      "The Internet Archive, which runs the Wayback Machine, lost its appeal in the case on Monday.",
      "Northwind said its crawler would respect robots.txt files from now on.",
      "The crawler collected pages from 40 sites; its crawls were later stopped.",
      "The Internet Archive's crawler was blocked by the ministry, according to a notice on its site.",
      "Users who enable JavaScript in the browser were affected, the researchers said.",
      "Visitors to the ministry's site were greeted by a 'page not found' message for two days.",
      "Sign up for emergency alerts by email, the county urged residents on Friday.",
      "A pub crawl through the old town ended when the seeds of a quarrel from the match took root.",
      "Traffic crawled past the wreck, and the outbound links to the ferry port were closed until noon.",
      "The site's crawler, which embeds pages it finds, was run at a level 3, the company said.",
      "Number of people evacuated: 340, the council's figures show.",
    ])
      assert.equal(boilerplateReason(news), null, news);
    assert.equal(
      boilerplateReason("The company said tweets with location information would be kept for a year."),
      null,
    );
  });

  it("empties a page that is only a notice and its furniture", () => {
    const clean = cleanReport(rawReport("a", ARCHIVE_PAGE));
    assert.equal(clean.text, "");
    assert.deepEqual(
      clean.removed.map((r) => r.reason),
      ["web archive notice", "rest of a page showing a web archive notice"],
    );
  });

  it("keeps an article that carries a notice, without the notice", () => {
    const clean = cleanReport(rawReport("b", ARTICLE));
    assert.match(clean.text, /^The ferry Marta ran aground/);
    assert.deepEqual(
      clean.removed.map((r) => r.reason),
      ["script wall"],
    );
  });

  it("keeps a short brief under a one-line notice", () => {
    const brief =
      "Please enable JavaScript to watch this video\n\nThe Brenn ferry was back in service on Tuesday after divers " +
      "patched its hull, the operator said, and the first crossing left on time with 80 passengers aboard.";
    const clean = cleanReport(rawReport("c", brief));
    assert.match(clean.text, /^The Brenn ferry was back in service/);
  });

  it("counts the words kept beside the notices against both bars", () => {
    const notice = (words: number) => [{ text: "word ".repeat(words).trim(), reason: "web archive notice" }];
    const kept = (words: number) => ["word ".repeat(words).trim()];
    assert.equal(placeholderNotice(notice(100), kept(PLACEHOLDER_REST_WORDS)), "web archive notice");
    assert.equal(placeholderNotice(notice(100), kept(PLACEHOLDER_REST_WORDS + 1)), null);
    assert.equal(placeholderNotice(notice(8), kept(4)), "web archive notice");
    assert.equal(placeholderNotice(notice(8), kept(5)), null);
    assert.equal(placeholderNotice([{ text: "Share", reason: "share bar" }], []), null);
  });

  it("records a placeholder page as a problem naming the notice, and analyses the rest", () => {
    const result = analyzeReports([rawReport("archived", ARCHIVE_PAGE), rawReport("ferry", ARTICLE)]);
    assert.deepEqual(
      result.reports.map((r) => r.id),
      ["ferry"],
    );
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]?.code, "empty_after_cleaning");
    assert.equal(
      result.problems[0]?.message,
      "expected article text, found a web archive notice in place of the article",
    );
    assert.equal(emptyPageMessage([]), "expected article text, found only boilerplate");
    assert.equal(
      emptyPageMessage([{ text: "Page not found", reason: "error page" }]),
      "expected article text, found an error page in place of the article",
    );
    assert.equal(noticePhrase("script wall"), "a script wall");
  });
});
