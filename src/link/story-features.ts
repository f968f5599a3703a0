/** What the story stream reads of a report: weighted-by-count terms (words, names, figures) and its time. */

/** A month and day the report names without a year ("November 15"). */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export interface StoryFeatures {
  /** Counts of the report's terms (stemmed content words, `N:` capitalised names, `#:` figures), the lead's weighed up. */
  readonly terms: ReadonlyMap<string, number>;
  /** Publication day as days since 1970-01-01, when known. */
  readonly day: number | null;
  /** A lower bound on the publication day, when only that is known. */
  readonly after: number | null;
  /** For an undated report, the yearless days it names: a day well after a story's last report is later news. */
  readonly named: readonly MonthDay[];
}

const STOP = new Set(
  "the a an and or of to in on at for with by from as is was were are be been has have had it its that this these those he she they his her their not but said says will would i we you our your who which what when where how there than then also after before about into over more most some can could may might just one two new year years all out up so if no do does did him them us my me being other such only any many much very now here first last time people told".split(
    " ",
  ),
);

/** Words of three letters or more, lower-cased, stop words out, with a crude plural stem. */
const WORD = /\p{L}[\p{L}'’-]{2,}/gu;
/** Two or more capitalised words in a row: a name ("Hasim Rahman", "Endangered Species Act"). */
const NAME = /\b\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+/gu;
/** Figures: "45", "2,000", "5.6". */
const FIGURE = /\b\d[\d,.]*\d\b|\b\d\b/g;

/** Sentences at the head of a report (a title line is one) whose terms count LEAD_WEIGHT times. */
const LEAD_SENTENCES = 3;
const LEAD_WEIGHT = 3;
/** A sentence end: `.`, `!` or `?` (and a closing quote or bracket) before a capital, or a line break. */
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=["'“‘(]?\p{Lu})|\n+/gu;
/** Shorter pieces (a "Share" line, a dateline) are not counted as sentences of the lead. */
const MIN_SENTENCE = 10;

/**
 * Term counts of a text. Read from the raw text, not from annotations, so that a stream can afford it:
 * measured on ECB+ and Multi-News dev, names and figures as terms of their own add about 0.01 BCubed F1
 * to plain words (docs/benchmarks.md). A news lead says who did what, where and when; later paragraphs
 * add background, often about earlier, similar events, so the lead's terms weigh more (on dev: +0.03
 * BCubed F1 on ECB+, whose topics pair two similar events, and +0.005 on Multi-News).
 */
export function storyTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  countTerms(text, 1, counts);
  countTerms(text.slice(0, leadEnd(text)), LEAD_WEIGHT - 1, counts);
  return counts;
}

/** Where the lead ends: after the first LEAD_SENTENCES sentences of MIN_SENTENCE characters or more. */
export function leadEnd(text: string): number {
  let start = 0;
  let sentences = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index as number) + m[0].length;
    if (end - start < MIN_SENTENCE) continue;
    start = end;
    if (++sentences === LEAD_SENTENCES) return end;
  }
  return text.length;
}

function countTerms(text: string, weight: number, counts: Map<string, number>): void {
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const w of text.toLowerCase().match(WORD) ?? []) if (!STOP.has(w)) add(stem(w));
  for (const m of text.matchAll(NAME)) {
    // A capitalised sentence opener ("The Syrian") is not part of the name.
    const parts = m[0].toLowerCase().split(/[ \t]+/);
    if (STOP.has(parts[0] as string)) parts.shift();
    if (parts.length > 1) add(`N:${parts.join(" ")}`);
  }
  for (const m of text.matchAll(FIGURE)) add(`#:${m[0]}`);
}

export function storyFeatures(
  text: string,
  time: { day?: string | null; after?: string | null; named?: readonly MonthDay[] } = {},
): StoryFeatures {
  return {
    terms: storyTerms(text),
    day: dayNumber(time.day ?? null),
    after: dayNumber(time.after ?? null),
    named: time.day ? [] : (time.named ?? []),
  };
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, or null. */
export function dayNumber(day: string | null): number | null {
  if (!day) return null;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The day number of `month`/`day` in the year that puts it nearest to `near` (a day number). */
export function nearestMonthDay(named: MonthDay, near: number): number {
  const year = new Date(near * 86_400_000).getUTCFullYear();
  let best = Number.NaN;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = Math.round(Date.UTC(y, named.month - 1, named.day) / 86_400_000);
    if (Number.isNaN(best) || Math.abs(candidate - near) < Math.abs(best - near)) best = candidate;
  }
  return best;
}
