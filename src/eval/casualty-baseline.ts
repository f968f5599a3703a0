/** The casualty baseline: the first number before a death word, in its sentence; 0 when there is none. */
import { parseNumberWords } from "../annotate/number-words.js";

const DEATH = /\b(?:killed|killing|dead|died|deaths?|death toll|fatalities|slain|perished)\b/i;
const NUMBER =
  /\b(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b/gi;

export function firstNumberBeforeDeath(text: string): number {
  const death = DEATH.exec(text);
  if (!death) return 0;
  const sentenceStart = Math.max(
    text.lastIndexOf(".", death.index) + 1,
    text.lastIndexOf("\n", death.index) + 1,
  );
  const before = [...text.slice(sentenceStart, death.index).matchAll(NUMBER)];
  const last = before[before.length - 1];
  if (!last) return 0;
  const word = last[0].toLowerCase();
  if (word.startsWith("dozen")) return 12;
  if (word.startsWith("hundred")) return 100;
  return parseNumberWords(word.replace(/,/g, "")) ?? 0;
}
