/** Splits raw report text into whitespace-normalised paragraphs, re-joining hard-wrapped lines. */

/**
 * A blank line always ends a paragraph. Inside a block, a line break ends a paragraph too, unless the
 * line looks hard-wrapped: long, and not ending a sentence.
 */
export function splitParagraphs(raw: string): string[] {
  const out: string[] = [];
  for (const block of raw.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    let current = "";
    for (const line of block.split("\n")) {
      const text = normalise(line);
      if (!text) continue;
      if (current && isWrapped(current, text)) current = `${current} ${text}`;
      else {
        if (current) out.push(...splitSubhead(current));
        current = text;
      }
    }
    if (current) out.push(...splitSubhead(current));
  }
  return out;
}

function normalise(line: string): string {
  // Zero-width and no-break spaces become plain spaces; runs of spaces become one.
  return line
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

function isWrapped(previous: string, next: string): boolean {
  return previous.length >= 55 && !/[.!?:"”’)]$/.test(previous) && /^[a-z(“"']/.test(next);
}

/** Agency copy glues a sub-heading to the next paragraph: "- 'Bombing is unreal' -"The bombing ...". */
function splitSubhead(paragraph: string): string[] {
  const m = /^-\s+(.{2,80}?)\s+-\s*(?=["“'A-Z])/.exec(paragraph);
  if (!m) return [paragraph];
  const rest = paragraph.slice(m[0].length).trim();
  return rest ? [m[1] as string, rest] : [m[1] as string];
}
