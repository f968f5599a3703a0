/** Names a report read from the web after its URL. */

/** A readable, file-name-safe id: the host and the last path segment ("example.com-dam-breach"). */
export function urlId(url: string): string {
  const parsed = new URL(url);
  const segment = parsed.pathname
    .split("/")
    .filter(Boolean)
    .pop()
    ?.replace(/\.(s?html?|php|aspx?)$/i, "");
  const raw = `${parsed.hostname.replace(/^www\./, "")}${segment ? `-${safeDecode(segment)}` : ""}`;
  return raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed %-escape is kept as written
  }
}
