/** The NER baseline: compromise's people, places and organizations, mapped onto CoNLL tokens as IOB2 tags. */
import nlp from "compromise";

interface CompromiseTerm {
  readonly offset: { readonly start: number; readonly length: number };
}

interface CompromiseMatch {
  readonly terms: readonly CompromiseTerm[];
}

/** Tokens made only of punctuation and symbols are trimmed off a match's ends. */
const PUNCTUATION = /^[\p{P}\p{S}]*$/u;

/**
 * Tags tokens with compromise: the tokens joined with single spaces are parsed once, and each match of
 * `.people()` (PER), `.places()` (LOC) and `.organizations()` (ORG) becomes a B-/I- run over the tokens it
 * covers. A match that begins or ends inside a token (other than before or after punctuation) is dropped, and so
 * is one overlapping a match already taken, in that order. compromise has no MISC type, so it never predicts one.
 */
export function compromiseTags(tokens: readonly string[]): string[] {
  const starts: number[] = [];
  let position = 0;
  for (const token of tokens) {
    starts.push(position);
    position += token.length + 1;
  }
  const tags = tokens.map(() => "O");
  const doc = nlp(tokens.join(" "));
  const views: [string, CompromiseMatch[]][] = [
    ["PER", doc.people().json({ offset: true })],
    ["LOC", doc.places().json({ offset: true })],
    ["ORG", doc.organizations().json({ offset: true })],
  ];
  for (const [type, matches] of views) {
    for (const match of matches) {
      const span = tokenSpan(match, tokens, starts);
      if (span === null || tags.slice(span[0], span[1] + 1).some((t) => t !== "O")) continue;
      for (let i = span[0]; i <= span[1]; i++) tags[i] = `${i === span[0] ? "B" : "I"}-${type}`;
    }
  }
  return tags;
}

/** The first and last token a match covers, or null where it does not line up with token boundaries. */
function tokenSpan(
  match: CompromiseMatch,
  tokens: readonly string[],
  starts: readonly number[],
): [number, number] | null {
  const first = match.terms[0];
  const last = match.terms[match.terms.length - 1];
  if (first === undefined || last === undefined) return null;
  const begin = first.offset.start;
  const end = last.offset.start + last.offset.length;
  let from = tokenAt(starts, begin);
  let to = tokenAt(starts, end - 1);
  if (from < 0 || to < from) return null;
  const text = (i: number) => tokens[i] as string;
  // What the match leaves out of its first and last tokens must be punctuation ("Corp" of "Corp.").
  if (!PUNCTUATION.test(text(from).slice(0, begin - (starts[from] as number)))) return null;
  if (!PUNCTUATION.test(text(to).slice(end - (starts[to] as number)))) return null;
  while (from <= to && PUNCTUATION.test(text(from))) from++;
  while (to >= from && PUNCTUATION.test(text(to))) to--;
  return from <= to ? [from, to] : null;
}

/** The index of the token holding character `offset` of the joined text (-1 before the first token). */
function tokenAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
