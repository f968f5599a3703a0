/** Decodes web pages and feeds: a BOM, the HTTP charset, UTF-8, the charset the document declares, Windows-1252. */
import { byteOrderMark, decodeWindows1252 } from "./text-decoder.js";

const SNIFF_BYTES = 2048;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The charset a Content-Type value names ("text/html; charset=ISO-8859-1"), or null. */
export function headerCharset(contentType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

/** The charset in a <meta> tag or an XML declaration near the start of the document, or null. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString(
    "latin1",
  );
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1] as string;
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Lenient, as browsers are: a page is never lost to a bad byte. The HTTP header's charset is trusted; without
 * one, bytes that are valid UTF-8 are UTF-8, and only otherwise does the document's own declaration decide.
 */
export function decodeWebText(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = decoderFor(headerCharset(contentType));
  if (declared) return declared(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return (decoderFor(sniffCharset(bytes), false) ?? decodeWindows1252)(bytes);
  }
}

/** A decoder for a charset label; null for an unknown one, or for UTF-16 unless allowed (a document cannot declare it of itself). */
export function decoderFor(
  label: string | null | undefined,
  allowUtf16 = true,
): ((bytes: Uint8Array) => string) | null {
  if (!label) return null;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  // Node 20 decodes "windows-1252" (and "iso-8859-1", which names it) as ISO-8859-1; text-decoder maps it right.
  if (decoder.encoding === "windows-1252") return decodeWindows1252;
  if (!allowUtf16 && decoder.encoding.startsWith("utf-16")) return null;
  return (bytes) => decoder.decode(bytes);
}
