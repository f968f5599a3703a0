/** Tests for parsing invented RSS and Atom feeds into items, and for refusing what is not a feed. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { parseFeedDate } from "./feed-date.js";
import { parseFeed } from "./feed-parser.js";

const FEED_URL = "https://tribune.example/feeds/news.xml";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Port Wren Tribune &#8211; News</title>
    <link>https://tribune.example/</link>
    <atom:link href="https://tribune.example/feeds/news.xml" rel="self" type="application/rss+xml"/>
    <description>Invented news from an invented harbour town.</description>
    <item>
      <title>Warehouse fire shuts Port Wren harbour</title>
      <link>https://tribune.example/news/harbour-fire</link>
      <guid isPermaLink="false">tribune-2031-0311-fire</guid>
      <pubDate>Tue, 11 Mar 2025 23:30:00 -0500</pubDate>
      <description><![CDATA[<p>A fire destroyed a timber warehouse on the <b>north quay</b>.</p><p>Fishing boats &amp; ferries wait &ndash; until Monday.</p><script>track()</script>]]></description>
    </item>
    <item>
      <title>Council approves   new
        ferry timetable</title>
      <link>/news/ferry-timetable?day=tue&amp;from=rss</link>
      <guid>https://tribune.example/news/ferry-timetable</guid>
      <pubDate>Wed, 12 Mar 2025 08:15:00 GMT</pubDate>
      <description>The council voted 7 to 2 &lt;em&gt;in favour&lt;/em&gt; of the new timetable.</description>
    </item>
    <item>
      <title>Lighthouse keeper retires after forty years</title>
      <guid>https://tribune.example/news/lighthouse-keeper</guid>
      <pubDate>Thu, 13 Mar 2025 00:30:00 +0100</pubDate>
      <content:encoded><![CDATA[<div><p>Forty years on the rock.</p></div>]]></content:encoded>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://gazette.example/world/">
  <title type="html">Harbour &lt;i&gt;Gazette&lt;/i&gt;</title>
  <link rel="self" href="https://gazette.example/atom.xml"/>
  <link href="https://gazette.example/"/>
  <id>urn:uuid:0b7e7a7c-1c2d-4e5f-8a9b-000000000001</id>
  <updated>2025-03-13T10:00:00Z</updated>
  <entry>
    <title>Storm closes the coast road</title>
    <link rel="edit" href="https://gazette.example/api/entries/1"/>
    <link rel="alternate" type="text/html" href="storm-coast-road"/>
    <id>tag:gazette.example,2025:storm-coast-road</id>
    <published>2025-03-11T22:10:00-05:00</published>
    <updated>2025-03-12T09:00:00Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>High winds <strong>closed</strong> the coast road.</p><p>Crews expect to reopen it by noon.</p></div></summary>
  </entry>
  <entry>
    <title type="text">Ferry service resumes &amp; queues form</title>
    <link href="/ferries/resumes"/>
    <id>tag:gazette.example,2025:ferry-resumes</id>
    <updated>2025-03-13T06:00:00+05:30</updated>
    <content type="html">&lt;p&gt;The first ferry left at six.&lt;/p&gt;</content>
  </entry>
</feed>`;

function notAFeed(input: string): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof TriangulateError);
    assert.equal(error.code, ErrorCode.NotAFeed);
    assert.equal(error.input, FEED_URL);
    assert.match(error.message, /^expected an RSS or Atom feed, found /);
    assert.match(error.message, new RegExp(input));
    return true;
  };
}

test("reads an RSS 2.0 channel and its three items", () => {
  const feed = parseFeed(RSS, FEED_URL);
  assert.equal(feed.format, "rss");
  assert.equal(feed.title, "Port Wren Tribune – News");
  // The channel's <link>, not the atom:link rel="self" beside it.
  assert.equal(feed.link, "https://tribune.example/");
  assert.equal(feed.items.length, 3);
});

test("an RSS item with a CDATA description becomes plain text, without its script", () => {
  const [fire] = parseFeed(RSS, FEED_URL).items;
  assert.deepEqual(fire, {
    title: "Warehouse fire shuts Port Wren harbour",
    url: "https://tribune.example/news/harbour-fire",
    // 23:30 at UTC-5 is 04:30 UTC the next day: items are dated by their UTC day.
    published: "2025-03-12",
    guid: "tribune-2031-0311-fire",
    summary:
      "A fire destroyed a timber warehouse on the north quay.\nFishing boats & ferries wait – until Monday.",
  });
});

test("a relative RSS link is resolved against the feed URL; escaped markup is stripped", () => {
  const ferry = parseFeed(RSS, FEED_URL).items[1];
  assert.equal(ferry?.title, "Council approves new ferry timetable");
  assert.equal(ferry?.url, "https://tribune.example/news/ferry-timetable?day=tue&from=rss");
  assert.equal(ferry?.published, "2025-03-12");
  assert.equal(ferry?.guid, "https://tribune.example/news/ferry-timetable");
  assert.equal(ferry?.summary, "The council voted 7 to 2 in favour of the new timetable.");
});

test("an RSS item without <link> takes its permalink guid; content:encoded stands in for the description", () => {
  const keeper = parseFeed(RSS, FEED_URL).items[2];
  assert.equal(keeper?.url, "https://tribune.example/news/lighthouse-keeper");
  // 00:30 at UTC+1 is 23:30 UTC the day before.
  assert.equal(keeper?.published, "2025-03-12");
  assert.equal(keeper?.summary, "Forty years on the rock.");
});

test("reads an Atom feed: alternate links against xml:base, published before updated", () => {
  const feed = parseFeed(ATOM, FEED_URL);
  assert.equal(feed.format, "atom");
  assert.equal(feed.title, "Harbour Gazette");
  assert.equal(feed.link, "https://gazette.example/");
  assert.deepEqual(feed.items, [
    {
      title: "Storm closes the coast road",
      url: "https://gazette.example/world/storm-coast-road",
      published: "2025-03-12",
      guid: "tag:gazette.example,2025:storm-coast-road",
      summary: "High winds closed the coast road.\nCrews expect to reopen it by noon.",
    },
    {
      title: "Ferry service resumes & queues form",
      url: "https://gazette.example/ferries/resumes",
      // No <published>: the <updated> day in UTC (06:00 at UTC+5:30 is 00:30 UTC).
      published: "2025-03-13",
      guid: "tag:gazette.example,2025:ferry-resumes",
      summary: "The first ferry left at six.",
    },
  ]);
});

test("a channel with a single item still gives a list; missing fields are null", () => {
  const xml = `<rss version="2.0"><channel><title>Quay Notes</title>
    <item><title>Tide tables posted</title></item></channel></rss>`;
  const feed = parseFeed(xml, FEED_URL);
  assert.equal(feed.link, null);
  assert.deepEqual(feed.items, [
    { title: "Tide tables posted", url: null, published: null, guid: null, summary: null },
  ]);
});

test("an empty channel gives no items", () => {
  const feed = parseFeed("<rss><channel><title> </title></channel></rss>", FEED_URL);
  assert.deepEqual(feed, { title: null, link: null, format: "rss", items: [] });
});

test("reads RSS 1.0 (RDF): items beside the channel, dc:date, rdf:about", () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://wire.example/rss"><title>Wire Desk</title><link>https://wire.example/</link></channel>
  <item rdf:about="https://wire.example/a/1"><title>Bridge reopens</title><link>https://wire.example/a/1</link>
    <dc:date>2025-03-10T18:00:00+02:00</dc:date><description>Traffic is flowing again.</description></item>
</rdf:RDF>`;
  const feed = parseFeed(xml, FEED_URL);
  assert.equal(feed.format, "rss");
  assert.equal(feed.title, "Wire Desk");
  assert.deepEqual(feed.items, [
    {
      title: "Bridge reopens",
      url: "https://wire.example/a/1",
      published: "2025-03-10",
      guid: "https://wire.example/a/1",
      summary: "Traffic is flowing again.",
    },
  ]);
});

test("links that are not http(s) are dropped", () => {
  const xml = `<rss><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>`;
  assert.equal(parseFeed(xml, FEED_URL).items[0]?.url, null);
});

test("an HTML page given as a feed is not_a_feed", () => {
  const html = `<!doctype html><html><head><title>Tribune</title></head><body><p>Hello</p></body></html>`;
  assert.throws(() => parseFeed(html, FEED_URL), notAFeed("an HTML page"));
  const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`;
  assert.throws(() => parseFeed(xhtml, FEED_URL), notAFeed("an HTML page"));
});

test("malformed XML, another root and an empty document are not_a_feed", () => {
  const broken = `<rss><channel><title>Tribune</title><item><title>Fire</item></channel></rss>`;
  assert.throws(() => parseFeed(broken, FEED_URL), notAFeed("malformed XML \\(line 1"));
  assert.throws(() => parseFeed("<opml><body/></opml>", FEED_URL), notAFeed("root is <opml>"));
  assert.throws(
    () => parseFeed("<rss><title>No channel</title></rss>", FEED_URL),
    notAFeed("without a <channel>"),
  );
  assert.throws(() => parseFeed("  \n", FEED_URL), notAFeed("an empty document"));
  assert.throws(() => parseFeed("just some words", FEED_URL), notAFeed("malformed XML"));
});

test("entity expansion is bounded: a billion-laughs document is refused, not expanded", () => {
  const lol = `<!ENTITY a "${"lol".repeat(3000)}">`;
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss><channel><title>${"&a;".repeat(200)}</title></channel></rss>`;
  assert.throws(() => parseFeed(bomb, FEED_URL), notAFeed("XML the parser refused"));
  // Nested definitions are not expanded recursively.
  const nested = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss><channel><title>&b;&b;</title></channel></rss>`;
  assert.ok((parseFeed(nested, FEED_URL).title ?? "").length < 100);
  // Ordinary entities are never limited, however many a large feed holds.
  const many = `<rss><channel><title>${"&amp;".repeat(200_000)}</title></channel></rss>`;
  assert.equal(parseFeed(many, FEED_URL).title, "&".repeat(200_000));
});

test("deeply nested markup neither overflows the stack nor slips through", () => {
  const deep = `<rss><channel><item><description>${"&lt;b&gt;".repeat(20_000)}deep</description></item></channel></rss>`;
  assert.equal(parseFeed(deep, FEED_URL).items[0]?.summary, "deep");
  const nestedXml = `<rss><channel><item><title>${"<x>".repeat(500)}${"</x>".repeat(500)}</title></item></channel></rss>`;
  assert.throws(() => parseFeed(nestedXml, FEED_URL), notAFeed("XML the parser refused"));
});

test("a relative feed URL is a usage error", () => {
  assert.throws(
    () => parseFeed(RSS, "feeds/news.xml"),
    (error) => error instanceof TriangulateError && error.code === ErrorCode.Usage,
  );
});

test("parseFeedDate reads RFC 822 and ISO 8601 dates as UTC days, deterministically", () => {
  const cases: [string, string | null][] = [
    ["Tue, 11 Mar 2025 23:30:00 -0500", "2025-03-12"],
    ["Tue, 11 Mar 2025 23:30:00 EST", "2025-03-12"],
    ["11 Mar 2025 12:00 GMT", "2025-03-11"],
    ["Sat, 1 March 25 01:00:00 +0200", "2025-02-28"],
    ["Mon, 31 Dec 2024 23:59:59 Z", "2024-12-31"],
    ["2025-03-11", "2025-03-11"],
    ["2025-03-11T23:30:00-05:00", "2025-03-12"],
    ["2025-03-12T00:15:30.250+01:00", "2025-03-11"],
    ["2025-03-11 10:00:00", "2025-03-11"],
    ["2025-02-31", null],
    ["31 Foo 2025", null],
    ["yesterday", null],
    ["", null],
  ];
  for (const [text, day] of cases) assert.equal(parseFeedDate(text), day, text);
});
