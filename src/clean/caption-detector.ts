/** Tells photo captions apart from article paragraphs, so their dates stay out of the timeline. */

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATED_END = new RegExp(
  `(?:,|\\s)\\s*(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\.?\\s*$`,
  "i",
);
const LABELLED = /^(?:photo|caption|pictured|image|file photo)\s*:/i;

/**
 * A caption here is a paragraph that ends in a full date the way agency captions do ("..., Aleppo, Syria,
 * September 21, 2016."), carries no quotation, or is labelled as one. `isLast` marks the text's final
 * paragraph, where a line with no sentence punctuation is a trailing caption.
 */
export function isCaption(paragraph: string, isLast: boolean): boolean {
  const p = paragraph.trim();
  if (LABELLED.test(p)) return true;
  if (/["“”]/.test(p)) return false;
  const words = p.split(/\s+/).length;
  if (DATED_END.test(p) && words >= 6 && words <= 60) return true;
  return isLast && words >= 5 && words <= 40 && !/[.!?:;)"”’']$/.test(p);
}
