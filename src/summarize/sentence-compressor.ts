/** Light, safe compression of a summary sentence: words dropped only where no fact is lost or changed. */

/** Sentence openers that tie a sentence to the one before it in its own report, not in the summary. */
const LEADING_CONNECTIVE =
  /^(?:However|But|And|Meanwhile|Moreover|Also|In addition|Furthermore|Still|Yet|Separately|Nonetheless|Nevertheless|Besides),?\s+/;
/** An acronym or abbreviation in brackets ("(SOHR)", "(U.N.)"), or "(pictured)": an alias or an aside. */
const PARENTHETICAL = /\s+\((?:[A-Z][A-Z&.]{1,11}|pictured|file photo)\)/g;
/**
 * A trailing ", the council said." whose source is a plain noun phrase (at most five words, no figure) or a
 * pronoun: not ", not 12 as the governor said" or ", contrary to what the ministry said", which carry meaning.
 */
const ATTRIBUTION_TAIL =
  /,\s+(?:he|she|they|(?:the |a |an )?(?!(?:not|than|as|contrary|unlike|what|according|despite)\b)[A-Za-z][\w'’-]*(?:\s+(?!(?:not|than|as|what|to)\b)[A-Za-z][\w'’-]*){0,4})\s+(?:said|says|added)(?:\s+on\s+[A-Z]\w+)?\.$/;
/** Any quotation mark, straight or curly, double or single. */
const QUOTE_MARK = /["“”‘’']/;

/**
 * Drops a leading connective, a bracketed acronym and, when the sentence quotes no one, a trailing attribution:
 * the citation points at the whole sentence, so the source stays one click away. Anything else is left as
 * written; nothing is reworded.
 */
export function compressSentence(sentence: string): string {
  let text = sentence.trim();
  const connective = LEADING_CONNECTIVE.exec(text);
  if (connective && text.length > connective[0].length + 20) {
    text = text.slice(connective[0].length);
    // "eBay" and "iPhone" keep their case; an ordinary lower-case word is capitalised.
    if (!/^[a-z]+[A-Z]/.test(text)) text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  text = text.replace(PARENTHETICAL, "");
  if (!QUOTE_MARK.test(text.replace(/(\w)['’](\w)/g, "$1$2"))) text = text.replace(ATTRIBUTION_TAIL, ".");
  return text;
}
