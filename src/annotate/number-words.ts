/** Reads numbers written in digits or words ("1,200", "45", "twenty-six", "a half-million", "dozens"). */

const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
/** Vague plurals, valued as ACLED codes them: the low end of what they can mean. */
const VAGUE: Readonly<Record<string, number>> = { dozen: 12, dozens: 12, hundreds: 100, thousands: 1000 };

/** The value of a number expression, or null when it is not one. */
export function parseNumberWords(expression: string): number | null {
  const s = expression.toLowerCase().replace(/,/g, "").trim();
  if (s === "tens of thousands") return 10_000;
  const half = /^(?:a\s+)?half[- ](?:a[- ])?(million|billion)$/.exec(s);
  if (half) return (SCALES[half[1] as string] as number) / 2;
  const digits = /^(\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion))?$/.exec(s);
  if (digits) {
    const value = Number(digits[1]) * (digits[2] ? (SCALES[digits[2]] as number) : 1);
    // A figure of hundreds of digits is no count a report states; it would also not survive JSON (Infinity).
    return Number.isFinite(value) ? value : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of s.split(/[\s-]+/)) {
    if (word === "a" || word === "and") continue;
    if (word in UNITS) current += UNITS[word] as number;
    else if (word in VAGUE) current = (current || 1) * (VAGUE[word] as number);
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * (SCALES[word] as number);
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
