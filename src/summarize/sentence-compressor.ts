/** Light, safe compression of a summary sentence: words dropped only where no fact is lost or changed. */

/** Sentence openers that tie a sentence to the one before it in its own report, not in the summary. */
const LEADING_CONNECTIVE =
  /^(?:However|But|And|Meanwhile|Moreover|Also|In addition|Furthermore|Still|Yet|Separately|Nonetheless|Nevertheless|Besides),?\s+/;
/** A parenthetical without figures: an acronym, an aside ("(SOHR)", "(pictured)"). */
const PARENTHETICAL = /\s+\((?=[^()]*[A-Za-z])[^()\d]{1,60}\)/g;
/** A trailing attribution ", the official said." (the cited span keeps it). */
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:he|she|they)|(?:the |a |an )?[A-Za-z][\w.'’-]*(?:\s+[\w.'’-]+){0,7})\s+(?:said|says|added|reported|told [A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:\s+on\s+\w+)?\.$/;

/**
 * Drops a leading connective, parentheticals without figures and, when the sentence quotes no one, a trailing
 * attribution: the citation points at the whole sentence, so the source stays one click away. Anything else is
 * left as written.
 */
export function compressSentence(sentence: string): string {
  let text = sentence.trim();
  const connective = LEADING_CONNECTIVE.exec(text);
  if (connective && text.length > connective[0].length + 20) {
    text = text.slice(connective[0].length);
    text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  text = text.replace(PARENTHETICAL, "");
  if (!/["“”]/.test(text)) text = text.replace(ATTRIBUTION_TAIL, ".");
  return text;
}
