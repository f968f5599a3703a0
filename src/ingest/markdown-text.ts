/** Turns a Markdown article into plain text: headings, emphasis, links and images reduced to their words. */

export interface MarkdownText {
  readonly title: string | null;
  readonly text: string;
}

export function markdownToText(markdown: string): MarkdownText {
  let title: string | null = null;
  const lines = markdown.split(/\r?\n/).map((line) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (title === null && line.startsWith("# ")) title = heading[1] ?? null;
      return heading[1] ?? "";
    }
    return line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, "$1$2")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/^\s{0,3}(?:[-*+]|\d+\.)\s+/, "")
      .replace(/^\s{0,3}>\s?/, "");
  });
  return { title, text: lines.join("\n") };
}
