// Tests for filterBlocks: each drop rule against a look-alike block that must be kept, related lists and credit captions.
import assert from "node:assert/strict";
import { test } from "node:test";
import { filterBlocks } from "./extraction-filter.js";
import type { TextBlock } from "./html-blocks.js";

const p = (text: string, linkDensity = 0): TextBlock => ({ text, kind: "paragraph", linkDensity });
const item = (text: string, linkDensity = 0): TextBlock => ({ text, kind: "item", linkDensity });
const heading = (text: string): TextBlock => ({ text, kind: "heading", linkDensity: 0 });

/** A sentence long enough (over 14 words) that no short-line rule applies. */
const LONG =
  "The harbour authority said on Tuesday that the northern quay would stay closed until the inspectors finish their work.";

function assertDropped(block: TextBlock, reason: string): void {
  const out = filterBlocks([block]);
  assert.deepEqual(out.dropped, [{ text: block.text, reason }], block.text);
  assert.deepEqual(out.paragraphs, [], block.text);
}

function assertKept(block: TextBlock): void {
  const out = filterBlocks([block]);
  assert.deepEqual(out.paragraphs, [block.text], `${block.text} → ${JSON.stringify(out.dropped)}`);
  assert.deepEqual(out.dropped, []);
}

test("plain article paragraphs pass through in order", () => {
  const out = filterBlocks([p("First paragraph of the story."), p(LONG), p("Last one.")]);
  assert.deepEqual(out.paragraphs, ["First paragraph of the story.", LONG, "Last one."]);
  assert.deepEqual(out.captions, []);
  assert.deepEqual(out.dropped, []);
});

test("date lines are dropped; a long sentence starting with 'Published' is kept", () => {
  assertDropped(p("Published 1 day ago"), "date or byline line");
  assertDropped(p("Updated: 12 March 2025, 14:05"), "date or byline line");
  assertDropped(p("3 hours ago"), "date or byline line");
  assertKept(
    p(
      "Published research shows that the river has flooded the lower town more often in the last decade than before.",
    ),
  );
});

test("a byline 'By Jane Roe' is dropped; a long sentence starting with 'By' is kept", () => {
  assertDropped(p("By Jane Roe and Sam Poe"), "date or byline line");
  assertKept(
    p(
      "By Thursday evening the volunteers had filled more than four thousand sandbags along the eastern embankment wall.",
    ),
  );
});

test("a short sentence starting 'By' and a lower-case word is not a byline", () => {
  // The byline rule wants "By" and a capitalised name; its /i flag also makes \p{Lu} match "noon".
  assertKept(p("By noon, the water had reached the rooftops."));
});

test("a breadcrumb of links starting with Home is dropped; a sentence starting with 'Home' is kept", () => {
  assertDropped(p("Home News World", 0.9), "breadcrumb");
  assertDropped(p("HomeNewsWorld", 0.9), "breadcrumb");
  assertKept(p("Home prices rose four percent in March, the agency said."));
});

test("calls to action are dropped; look-alike sentences are kept", () => {
  assertDropped(p("Continue Reading Below"), "call to action");
  assertDropped(p("» Read more on this story"), "call to action");
  assertDropped(p("Sign up for alerts"), "call to action");
  assertKept(p("Watchdog groups called the decision premature."));
  assertKept(p("Listening posts along the border recorded the blasts."));
  assertKept(
    p(
      "Continue reading the minutes and you will find the council never voted on the plan at all, the clerk said.",
    ),
  );
});

test("a related-stories heading and the short unpunctuated headlines after it are all dropped", () => {
  const out = filterBlocks([
    p(LONG),
    heading("You may also like"),
    item("Council approves new flood barrier", 1),
    p("Ferry service resumes after storm"),
    p("Local bakery wins regional prize"),
    p(LONG.replace("Tuesday", "Wednesday")),
  ]);
  assert.deepEqual(out.paragraphs, [LONG, LONG.replace("Tuesday", "Wednesday")]);
  assert.equal(out.dropped.length, 4);
  assert.equal(out.dropped[0]?.text, "You may also like");
  assert.match(out.dropped[0]?.reason ?? "", /related-stories/);
  assert.deepEqual(
    out.dropped.slice(1).map((d) => d.reason),
    ["related-stories list", "related-stories list", "related-stories list"],
  );
});

test("after a related heading, a short punctuated sentence ends the list and is kept", () => {
  const out = filterBlocks([
    heading("More stories"),
    p("Harbour fire destroys warehouse"),
    p("The fire is out."),
  ]);
  assert.deepEqual(out.paragraphs, ["The fire is out."]);
  assert.deepEqual(
    out.dropped.map((d) => d.text),
    ["More stories", "Harbour fire destroys warehouse"],
  );
});

test("short unpunctuated lines without a related heading before them are kept", () => {
  const out = filterBlocks([p(LONG), p("Council approves new flood barrier")]);
  assert.deepEqual(out.paragraphs, [LONG, "Council approves new flood barrier"]);
});

test("sentences that merely start with 'Related', 'Read more' or 'Most popular' are article text", () => {
  // The shared boilerplate rule for related-story lists accepts any text up to 80 characters after these words.
  assertKept(p("Related charges were filed against two other men on Tuesday."));
  assertKept(p("Read more than forty pages of the report, she said."));
  assertKept(p("Most popular among voters was the plan to raise the sea wall."));
});

test("an affiliate disclosure is dropped; a sentence about an affiliate is kept", () => {
  assertDropped(p("This article may contain affiliate links."), "affiliate disclosure");
  assertKept(p("The company's local affiliate closed its office in May."));
});

test("a shortcode is dropped; a bracketed editor's note is kept", () => {
  assertDropped(p("[button link=x]Send[/button]"), "shortcode");
  assertDropped(p("[related_posts count=3]"), "shortcode");
  assertKept(p("[Editor's note: this story has been corrected.]"));
});

test("a short list item that is all link is dropped; the same text as a paragraph, or with few links, is kept", () => {
  assertDropped(item("Ferry service resumes", 1), "list of links");
  assertKept(p("Ferry service resumes", 1));
  assertKept(item("Ferry service resumes", 0.2));
  assertKept(item("See https://example.org for details", 1));
});

test("a credit line alone after a short paragraph turns that paragraph into a caption", () => {
  const out = filterBlocks([p(LONG), p("Firefighters at the quay on Monday."), p("Jane Roe | Getty Images")]);
  assert.deepEqual(out.paragraphs, [LONG]);
  assert.deepEqual(out.captions, ["Firefighters at the quay on Monday. Jane Roe | Getty Images"]);
  assert.deepEqual(out.dropped, []);
});

test("a credit line after a long paragraph (over 60 words) is a caption on its own; the paragraph stays", () => {
  const long = Array.from({ length: 65 }, (_, i) => `word${i}`).join(" ");
  const out = filterBlocks([p(long), p("Jane Roe | Getty Images")]);
  assert.deepEqual(out.paragraphs, [long]);
  assert.deepEqual(out.captions, ["Jane Roe | Getty Images"]);
});

test("a line ending in '(AP Photo/John Doe)' is a caption", () => {
  const line = "Residents carry belongings through the flooded street on Monday. (AP Photo/John Doe)";
  const out = filterBlocks([p(LONG), p(line)]);
  assert.deepEqual(out.paragraphs, [LONG]);
  assert.deepEqual(out.captions, [line]);
});

test("a sentence mentioning Reuters or Getty Images mid-text is not a credit", () => {
  assertKept(p("Getty Images said on Monday it would close its regional archive."));
  assertKept(p("The agency told Reuters (by phone) that the count was still rising."));
});

test("caption blocks go straight to captions", () => {
  const out = filterBlocks([{ text: "The quay after the fire", kind: "caption", linkDensity: 0 }]);
  assert.deepEqual(out.captions, ["The quay after the fire"]);
  assert.deepEqual(out.paragraphs, []);
});

test("a cookie notice and a newsletter box are dropped through the shared boilerplate rules", () => {
  assertDropped(
    p("We use cookies to improve your experience. By continuing you accept our cookie policy."),
    "cookie notice",
  );
  assertDropped(p("Get our morning newsletter in your inbox."), "newsletter box");
  assertDropped(p("Share on Facebook | Twitter | Email"), "share bar");
  assertKept(
    p(
      "The council's newsletter, which goes to every household in the district, first reported the closure of the quay last month and drew hundreds of complaints from residents.",
    ),
  );
});
