/** Decodes the bytes of one input to text: UTF-8 (with or without BOM), UTF-16, Windows-1252 fall-back. */
import { ErrorCode, TriangulateError } from "../model/errors.js";

export interface DecodedText {
  readonly text: string;
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes `bytes`, or throws a TriangulateError naming `input` when the bytes are not text. */
export function decodeText(bytes: Uint8Array, input: string): DecodedText {
  if (bytes.length === 0) {
    throw new TriangulateError(ErrorCode.EmptyInput, "expected text, found an empty file", input);
  }
  const bom = byteOrderMark(bytes);
  if (bom === "utf-8") return { text: strictUtf8(bytes.subarray(3), input), encoding: "utf-8" };
  if (bom) return { text: new TextDecoder(bom).decode(bytes.subarray(2)), encoding: bom };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) {
    throw new TriangulateError(
      ErrorCode.BinaryInput,
      "expected text, found binary data (NUL or control bytes)",
      input,
    );
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // No multi-byte UTF-8 at all: an 8-bit legacy file, most often Windows-1252.
    if (!hasUtf8Sequences(bytes)) return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
    throw badUtf8(input, "invalid byte sequences mixed with UTF-8 ones");
  }
}

/** Decodes bytes that declare themselves UTF-8 (a BOM, a .jsonl line): any invalid sequence is a `bad_encoding`. */
export function strictUtf8(bytes: Uint8Array, input: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw badUtf8(input, "invalid byte sequences");
  }
}

function badUtf8(input: string, found: string): TriangulateError {
  return new TriangulateError(ErrorCode.BadEncoding, `expected valid UTF-8, found ${found}`, input);
}

/** Windows-1252's characters for bytes 0x80-0x9F; the five bytes it leaves unassigned map to C1 controls, as in WHATWG. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Node's `TextDecoder("windows-1252")` decodes as ISO-8859-1 in some releases (Node 20 among them), turning
 * curly quotes and dashes into C1 controls, so the 32 bytes where the two differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/** The encoding a byte-order mark names, or null when the bytes start without one. */
export function byteOrderMark(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII-range text. */
export function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.05;
}

/** True when at least one well-formed multi-byte UTF-8 sequence occurs. */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i] as number;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || b >= 0xf5) continue;
    let ok = i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}
