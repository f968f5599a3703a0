/** Small HTML building blocks shared by the HTML sections: citations, report links, tables. */
import type { Evidence } from "../model/report-schema.js";
import type { EvidenceAnchors } from "./evidence-anchors.js";
import { escapeHtml } from "./html-escape.js";
import { citationLabel } from "./report-format.js";

/** One citation marker, linked to its highlighted span when the span exists. */
export function cite(evidence: Evidence, anchors: EvidenceAnchors): string {
  const label = escapeHtml(`[${citationLabel(evidence)}]`);
  const anchor = anchors.anchorFor(evidence);
  return anchor
    ? `<a class="cite" href="#${escapeHtml(anchor)}">${label}</a>`
    : `<span class="cite">${label}</span>`;
}

/** All citation markers of a list of evidence, space-separated. */
export function cites(evidence: readonly Evidence[], anchors: EvidenceAnchors): string {
  return evidence.map((item) => cite(item, anchors)).join(" ");
}

/** Report ids linked to their sections, comma-separated; "none" for an empty list. */
export function reportLinks(ids: readonly string[], anchors: EvidenceAnchors): string {
  if (ids.length === 0) return "none";
  return ids
    .map((id) => {
      const anchor = anchors.reportAnchor(id);
      return anchor ? `<a href="#${escapeHtml(anchor)}">${escapeHtml(id)}</a>` : escapeHtml(id);
    })
    .join(", ");
}

/** A table; header cells are escaped here, body cells must already be HTML. */
export function htmlTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A titled sub-section, or nothing when the body is empty. */
export function subsection(title: string, body: string): string {
  return body === "" ? "" : `<section>\n<h3>${escapeHtml(title)}</h3>\n${body}\n</section>`;
}

/** A bullet list of already-HTML items, or "" when there are none. */
export function htmlList(items: readonly string[], tag: "ul" | "ol" = "ul"): string {
  return items.length === 0
    ? ""
    : `<${tag}>\n${items.map((item) => `<li>${item}</li>`).join("\n")}\n</${tag}>`;
}
