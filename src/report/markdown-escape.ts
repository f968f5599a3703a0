/** Escapes untrusted text for inline Markdown and builds Markdown tables from escaped cells. */

/** Collapses newlines and other whitespace runs to single spaces so text stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Makes untrusted text inert inline Markdown: one line, the characters that start emphasis,
 * code, links or raw HTML backslash-escaped, and a leading heading/list marker escaped.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`)
    .replace(/^[#+\-=~]/, (ch) => `\\${ch}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** Makes already-escaped inline Markdown safe inside a table cell (`|` escaped); an empty cell reads "—". */
export function tableCell(markdown: string): string {
  const cell = oneLine(markdown).replace(/\|/g, "\\|");
  return cell === "" ? "—" : cell;
}

/** A GitHub-style table; header and cells must already be escaped inline Markdown. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(tableCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => " --- |").join("")}`, ...rows.map(line)];
}
