/** Splits news text into CoNLL-style tokens (punctuation split off, clitics like "'s"/"n't" separate, case kept). */

const TITLES =
  "Mr|Mrs|Ms|Dr|Jr|Sr|St|Mt|Ft|Inc|Ltd|Corp|Co|Bros|vs|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|No|" +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/** Alternatives are tried in order at each position: abbreviations, currency, numbers, words, dashes, any char. */
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`\p{Lu}\.(?=\s|$)`,
    String.raw`(?:${TITLES})\.(?=\s|$)`,
    String.raw`[A-Z]{1,2}\$`,
    String.raw`\p{N}[\p{N}\p{L}]*(?:[.,:/-]\p{N}[\p{N}\p{L}]*)*`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'&/][\p{L}\p{M}\p{N}]+)*`,
    String.raw`-{2,}|\.{2,}`,
    String.raw`\S`,
  ].join("|"),
  "gu",
);

const NEGATION = /^(.*\p{L})(n't|N'T)$/u;
const CLITIC = /^(.+)('s|'S|'re|'RE|'ve|'VE|'ll|'LL|'d|'D|'m|'M)$/u;

/** Tokens of `text`; curly quotes become straight ones, "Germany's" becomes "Germany" + "'s". */
export function tokenizeNews(text: string): string[] {
  const normalised = text.replace(/[\u2018\u2019\u201b\u00b4]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"');
  const tokens: string[] = [];
  for (const match of normalised.matchAll(TOKEN)) {
    const token = match[0];
    const split = token.includes("'") ? (NEGATION.exec(token) ?? CLITIC.exec(token)) : null;
    if (split?.[1] && split[2]) tokens.push(split[1], split[2]);
    else tokens.push(token);
  }
  return tokens;
}

/**
 * Drops a document's leading all-capitals title: every ". "-separated piece at the start that has no
 * lower-case letter (so "U.S. TRADE GAP WIDENS. The U.S. ..." keeps only "The U.S. ..."); a document that
 * is all capitals is dropped entirely.
 */
export function stripCapitalTitle(document: string): string {
  let start = 0;
  while (start < document.length) {
    const end = document.indexOf(". ", start);
    const piece = document.slice(start, end < 0 ? document.length : end);
    if (/\p{Ll}/u.test(piece)) return document.slice(start);
    if (end < 0) return "";
    start = end + 2;
  }
  return "";
}
