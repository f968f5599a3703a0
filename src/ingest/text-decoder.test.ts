/** Tests for decoding an input's bytes: the encodings a newsroom export comes in, and bytes that are not text. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { TriangulateError } from "../model/errors.js";
import { decodeText } from "./text-decoder.js";

const LINE = "Café owners on the quay said “the smoke came fast” — then the roof fell in.";

function utf16be(text: string): Buffer {
  return Buffer.from(text, "utf16le").swap16();
}

function assertFails(bytes: Uint8Array, code: string, message: RegExp): void {
  assert.throws(
    () => decodeText(bytes, "harbour.txt"),
    (error: unknown) => {
      assert.ok(error instanceof TriangulateError);
      assert.equal(error.code, code);
      assert.equal(error.input, "harbour.txt");
      assert.match(error.message, message);
      return true;
    },
  );
}

test("UTF-8 without a BOM", () => {
  assert.deepEqual(decodeText(Buffer.from(LINE, "utf8"), "a.txt"), { text: LINE, encoding: "utf-8" });
});

test("UTF-8 with a BOM: the BOM is not part of the text", () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LINE, "utf8")]);
  assert.deepEqual(decodeText(bytes, "a.txt"), { text: LINE, encoding: "utf-8" });
});

test("UTF-16 LE with a BOM", () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINE, "utf16le")]);
  assert.deepEqual(decodeText(bytes, "a.txt"), { text: LINE, encoding: "utf-16le" });
});

test("UTF-16 BE with a BOM", () => {
  const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LINE)]);
  assert.deepEqual(decodeText(bytes, "a.txt"), { text: LINE, encoding: "utf-16be" });
});

test("UTF-16 LE without a BOM is recognised by its NUL bytes", () => {
  assert.deepEqual(decodeText(Buffer.from(LINE, "utf16le"), "a.txt"), { text: LINE, encoding: "utf-16le" });
});

test("bytes that are not UTF-8 and hold no UTF-8 sequence fall back to Windows-1252", () => {
  const bytes = Buffer.from("caf\xe9 \x93quoted\x94 \x96 Port Wren", "latin1");
  assert.deepEqual(decodeText(bytes, "a.txt"), {
    text: "café “quoted” – Port Wren",
    encoding: "windows-1252",
  });
});

test("an empty file is empty_input", () => {
  assertFails(new Uint8Array(0), "empty_input", /^expected text, found an empty file$/);
});

test("an image saved as .txt is binary_input", () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64),
  ]);
  assertFails(png, "binary_input", /^expected text, found binary data/);
});

test("valid UTF-8 mixed with a stray byte is bad_encoding, not silently re-read as Windows-1252", () => {
  const bytes = Buffer.concat([
    Buffer.from("Café “smoke”", "utf8"),
    Buffer.from([0xff]),
    Buffer.from(" quay", "utf8"),
  ]);
  assertFails(bytes, "bad_encoding", /^expected valid UTF-8, found invalid byte sequences/);
});

test("a UTF-8 BOM followed by invalid bytes is bad_encoding too", () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from("quay ", "utf8"),
    Buffer.from([0xc3, 0x28]),
  ]);
  assertFails(bytes, "bad_encoding", /^expected valid UTF-8, found invalid byte sequences/);
});
