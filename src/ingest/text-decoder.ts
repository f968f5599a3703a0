/** Decodes the bytes of one input to text: UTF-8 (with or without BOM), UTF-16, Windows-1252 fall-back. */
import { ErrorCode, TriangulateError } from "../model/errors.js";

export interface DecodedText {
  readonly text: string;
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes `bytes`, or throws a TriangulateError naming `input` when the bytes are not text. */
export function decodeText(bytes: Uint8Array, input: string): DecodedText {
  if (bytes.length === 0) throw new TriangulateError(ErrorCode.EmptyInput, "the file is empty", input);
  const bom = byteOrderMark(bytes);
  if (bom === "utf-8") return { text: utf8.decode(bytes.subarray(3)), encoding: "utf-8" };
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
    if (hasUtf8Sequences(bytes)) {
      throw new TriangulateError(
        ErrorCode.BadEncoding,
        "expected valid UTF-8, found invalid byte sequences mixed with UTF-8 ones",
        input,
      );
    }
    // No multi-byte UTF-8 at all: an 8-bit legacy file, most often Windows-1252.
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

function byteOrderMark(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII-range text. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
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
