// Tests for web-page decoding: BOMs, the HTTP header charset, UTF-8 sniffing, <meta> and XML declarations, Windows-1252.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeWebText, headerCharset, sniffCharset } from "./html-charset.js";

/** Bytes of an ASCII template with raw single bytes spliced in where `{xx}` (hex) appears. */
function latin(template: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < template.length; i++) {
    if (template[i] === "{") {
      bytes.push(Number.parseInt(template.slice(i + 1, i + 3), 16));
      i += 3;
    } else bytes.push(template.charCodeAt(i));
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

test("headerCharset reads the charset parameter of a Content-Type value", () => {
  assert.equal(headerCharset("text/html; charset=ISO-8859-1"), "ISO-8859-1");
  assert.equal(headerCharset('text/html;charset="utf-8"'), "utf-8");
  assert.equal(headerCharset("application/rss+xml; q=1; CHARSET = windows-1252"), "windows-1252");
  assert.equal(headerCharset("text/html"), null);
  assert.equal(headerCharset(null), null);
  assert.equal(headerCharset(undefined), null);
});

test("sniffCharset finds <meta charset>, <meta http-equiv> content and the XML declaration", () => {
  assert.equal(sniffCharset(latin('<html><head><meta charset="iso-8859-1">')), "iso-8859-1");
  assert.equal(sniffCharset(latin("<meta charset=windows-1252>")), "windows-1252");
  assert.equal(
    sniffCharset(latin('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')),
    "koi8-r",
  );
  assert.equal(sniffCharset(latin('<?xml version="1.0" encoding="ISO-8859-15"?><rss/>')), "ISO-8859-15");
  assert.equal(sniffCharset(latin("<html><head><title>none</title>")), null);
});

test("sniffCharset only looks at the first 2048 bytes", () => {
  const late = `<html><head><!--${"x".repeat(3000)}--><meta charset="iso-8859-1">`;
  assert.equal(sniffCharset(latin(late)), null);
});

test("valid UTF-8 without any declaration decodes as UTF-8", () => {
  const page = "<html><body><p>Café “quoted” — €5 ✓</p></body></html>";
  assert.equal(decodeWebText(utf8(page)), page);
});

test("valid UTF-8 stays UTF-8 even when the page wrongly declares Latin-1", () => {
  const page = '<html><head><meta charset="iso-8859-1"></head><body>Café</body></html>';
  assert.equal(decodeWebText(utf8(page)), page);
});

test("Latin-1 bytes with <meta charset=iso-8859-1> decode é and 0x93/0x94 as curly quotes (Windows-1252)", () => {
  const bytes = latin(
    '<html><head><meta charset="iso-8859-1"></head><body>Caf{e9} {93}hi{94} {80}5 {96}</body></html>',
  );
  assert.equal(
    decodeWebText(bytes),
    '<html><head><meta charset="iso-8859-1"></head><body>Café “hi” €5 –</body></html>',
  );
});

test("undeclared bytes that are not UTF-8 fall back to Windows-1252", () => {
  assert.equal(decodeWebText(latin("<p>na{ef}ve {93}x{94}</p>")), "<p>naïve “x”</p>");
});

test("the HTTP header's charset wins over UTF-8 sniffing and over the page's declaration", () => {
  // The UTF-8 bytes of "é" (C3 A9), read as the header says, are "Ã©".
  assert.equal(decodeWebText(utf8("Café"), "text/html; charset=iso-8859-1"), "CafÃ©");
  const declaredUtf8 = latin('<meta charset="utf-8">Caf{e9} {93}x{94}');
  assert.equal(
    decodeWebText(declaredUtf8, "text/html; charset=windows-1252"),
    '<meta charset="utf-8">Café “x”',
  );
});

test("an unknown header charset is ignored: the bytes are sniffed instead", () => {
  assert.equal(decodeWebText(utf8("Café"), "text/html; charset=x-no-such-charset"), "Café");
  assert.equal(decodeWebText(latin("Caf{e9}"), "text/html; charset=x-no-such-charset"), "Café");
});

test("a feed's XML declaration names its encoding", () => {
  const feed = latin(
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf{e9} {93}news{94}</title></channel></rss>',
  );
  assert.equal(
    decodeWebText(feed, "application/rss+xml"),
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café “news”</title></channel></rss>',
  );
});

test("another declared single-byte charset (KOI8-R) is honoured", () => {
  // "Мир" in KOI8-R: ED C9 D2.
  const bytes = latin('<meta charset="koi8-r"><p>{ed}{c9}{d2}</p>');
  assert.equal(decodeWebText(bytes), '<meta charset="koi8-r"><p>Мир</p>');
});

test("a page declaring UTF-8 with a stray Latin-1 byte keeps the page, with a replacement character", () => {
  assert.equal(
    decodeWebText(latin('<meta charset="utf-8"><p>Caf{e9}</p>')),
    '<meta charset="utf-8"><p>Caf\uFFFD</p>',
  );
});

test("a page cannot declare itself UTF-16: the declaration is ignored and Windows-1252 used", () => {
  assert.equal(
    decodeWebText(latin('<meta charset="utf-16"><p>Caf{e9}</p>')),
    '<meta charset="utf-16"><p>Café</p>',
  );
});

test("BOMs decide the encoding, before the header, and are not part of the text", () => {
  const text = "<p>Café “quoted”</p>";
  const utf8Bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
  assert.equal(decodeWebText(utf8Bom), text);
  assert.equal(decodeWebText(utf8Bom, "text/html; charset=iso-8859-1"), text);
  const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  assert.equal(decodeWebText(le), text);
  const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
  assert.equal(decodeWebText(be, "text/html; charset=utf-8"), text);
});

test("a subarray view is decoded from its own offset", () => {
  const backing = latin("XXXX<meta charset=iso-8859-1>Caf{e9}");
  assert.equal(decodeWebText(backing.subarray(4)), "<meta charset=iso-8859-1>Café");
});

test("empty input decodes to an empty string", () => {
  assert.equal(decodeWebText(new Uint8Array(0)), "");
  assert.equal(sniffCharset(new Uint8Array(0)), null);
});
