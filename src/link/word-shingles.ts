/** Word n-gram shingles and overlap measures shared by the quote linker and the copy detector. */

/**
 * Lower-cased word tokens, curly apostrophes read as straight ones ("it’s" = "it's"); bracketed editorial
 * insertions ("[Syrian and Russian]") are left out.
 */
export function words(text: string): string[] {
  return (
    text
      .replace(/\[[^\]]*\]/g, " ")
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

export function shingles(tokens: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(" "));
  if (tokens.length > 0 && tokens.length < n) out.add(tokens.join(" "));
  return out;
}

/** Shared shingles over the smaller set: 1 when one text is contained in the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
