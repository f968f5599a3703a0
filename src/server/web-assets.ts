/** The web UI's files (web/), read once and served by the API process with a CSP that allows only itself. */
import { readFileSync } from "node:fs";
import type { Hono } from "hono";

const WEB = new URL("../../web/", import.meta.url);
const FILES: readonly [string, string, string][] = [
  ["/", "index.html", "text/html; charset=utf-8"],
  ["/web/app.js", "app.js", "text/javascript; charset=utf-8"],
  ["/web/dom.js", "dom.js", "text/javascript; charset=utf-8"],
  ["/web/source-grid.js", "source-grid.js", "text/javascript; charset=utf-8"],
  ["/web/timeline-chart.js", "timeline-chart.js", "text/javascript; charset=utf-8"],
  ["/web/style.css", "style.css", "text/css; charset=utf-8"],
];
/** No inline script, no other origin: injected markup could not run even if it reached the page. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

export function serveWebAssets(app: Hono): void {
  for (const [path, file, type] of FILES) {
    const body = readFileSync(new URL(file, WEB), "utf8");
    app.get(path, (c) => c.body(body, 200, { "content-type": type, "content-security-policy": CSP }));
  }
}
