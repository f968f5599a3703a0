// Tests for textBlocks: block kinds, <br> splitting, skipped and hidden elements, link density, whitespace, deep nesting.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { type DomNode, type TextBlock, textBlocks } from "./html-blocks.js";

function blocksOf(body: string): TextBlock[] {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`,
  );
  return textBlocks(document.body as unknown as DomNode);
}

const texts = (blocks: readonly TextBlock[]) => blocks.map((b) => b.text);

test("paragraphs, headings, list items, quotes and cells each become a block of their kind", () => {
  const blocks = blocksOf(
    "<h1>Storm closes the coast road</h1><p>The road was shut at dawn.</p>" +
      "<ul><li>First point</li><li>Second point</li></ul><h3>Aftermath</h3>" +
      "<blockquote>We had no warning</blockquote><table><tr><td>Rain</td><th>40 mm</th></tr></table>",
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ["heading", "Storm closes the coast road"],
      ["paragraph", "The road was shut at dawn."],
      ["item", "First point"],
      ["item", "Second point"],
      ["heading", "Aftermath"],
      ["quote", "We had no warning"],
      ["cell", "Rain"],
      ["cell", "40 mm"],
    ],
  );
});

test("inline elements stay inside their block; a paragraph nested in a list item keeps the item kind", () => {
  const blocks = blocksOf(
    "<p>The <b>mayor</b> <i>said</i> <span>nothing</span>.</p><ol><li><p>Nested para</p></li></ol>",
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ["paragraph", "The mayor said nothing."],
      ["item", "Nested para"],
    ],
  );
});

test("<br> splits a block in two", () => {
  assert.deepEqual(texts(blocksOf("<p>First line<br>Second line<br/><br>Third line</p>")), [
    "First line",
    "Second line",
    "Third line",
  ]);
});

test("a figcaption is a caption block, apart from the text around the figure", () => {
  const blocks = blocksOf(
    '<p>Before.</p><figure><img src="a.jpg" alt="x"><figcaption>Crews at the scene</figcaption></figure><p>After.</p>',
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ["paragraph", "Before."],
      ["caption", "Crews at the scene"],
      ["paragraph", "After."],
    ],
  );
});

test("script, style, noscript, template, button, form controls, svg and iframes are skipped", () => {
  const blocks = blocksOf(
    "<p>Kept text.</p><script>var secret = 1;</script><style>p { color: red }</style>" +
      "<noscript>Enable JS</noscript><template><p>Tpl</p></template><button>Share</button>" +
      "<select><option>Option</option></select><textarea>Typed</textarea>" +
      "<svg><text>Svg label</text></svg><iframe>Frame</iframe><p>Also <button>Click</button>kept.</p>",
  );
  assert.deepEqual(texts(blocks), ["Kept text.", "Also kept."]);
});

test("hidden elements are skipped: hidden, aria-hidden=true, display:none, visibility:hidden", () => {
  const blocks = blocksOf(
    '<p>Visible one.</p><p hidden>Hidden attr</p><div aria-hidden="true"><p>Aria hidden</p></div>' +
      '<p style="color: red; DISPLAY : none">Display none</p><p style="visibility: hidden">Invisible</p>' +
      '<p>Inline <span hidden>secret</span>kept.</p><p aria-hidden="false">Aria false is shown.</p>',
  );
  assert.deepEqual(texts(blocks), ["Visible one.", "Inline kept.", "Aria false is shown."]);
});

test("a paragraph that is all link has link density 1; a mixed one lies between 0 and 1; plain text 0", () => {
  const [allLink, mixed, plain] = blocksOf(
    '<p><a href="/a">Another story headline</a></p>' +
      '<p>Read the <a href="/r">full report</a> today.</p><p>No links here at all.</p>',
  );
  assert.equal(allLink?.linkDensity, 1);
  // "full report" is 11 of the 27 characters of "Read the full report today."
  assert.ok(Math.abs((mixed?.linkDensity ?? -1) - 11 / 27) < 1e-9, String(mixed?.linkDensity));
  assert.equal(plain?.linkDensity, 0);
});

test("text nested deeper inside a link still counts as link text", () => {
  const [block] = blocksOf('<p><a href="/x"><span><b>Deep link text</b></span></a></p>');
  assert.equal(block?.linkDensity, 1);
});

test("whitespace runs, newlines and tabs collapse to one space and blocks are trimmed", () => {
  assert.deepEqual(texts(blocksOf("<p>\n   Lots \t of\n\n   space   </p><p>   </p><div>\n</div>")), [
    "Lots of space",
  ]);
});

test("text outside any block element still becomes a paragraph", () => {
  assert.deepEqual(texts(blocksOf("Loose text<p>Para</p>tail text")), ["Loose text", "Para", "tail text"]);
});

test("20,000 nested <b> elements do not overflow the stack", () => {
  const depth = 20_000;
  const blocks = blocksOf(`<p>${"<b>".repeat(depth)}deep text${"</b>".repeat(depth)}</p><p>after</p>`);
  assert.deepEqual(texts(blocks), ["deep text", "after"]);
});
