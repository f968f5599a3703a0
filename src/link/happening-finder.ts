/** Names what a dated sentence says happened (strikes, deaths, talks, a ceasefire, ...) from its trigger words. */

/** Most specific first: a sentence about deaths in strikes is about the deaths. */
const HAPPENINGS: readonly (readonly [string, RegExp])[] = [
  ["deaths", /\b(killed|killing|dead|deaths?|died|death toll)\b/gi],
  ["ceasefire", /\b(cease-?fire|truce)\b/gi],
  ["talks", /\b(talks|meetings?|met|negotiations?|summit|diplomat\w*|diplomacy)\b/gi],
  ["evacuation", /\b(evacuat\w*)\b/gi],
  [
    "strikes",
    /\b(air ?strikes?|airstrikes?|strikes|bomb\w*|raids?|shell\w*|offensive|attack\w*|assault)\b/gi,
  ],
  ["aid", /\b(aid|convoys?|deliver\w*)\b/gi],
  ["announcement", /\b(announc\w*|declared|said|told|warned)\b/gi],
];

/** Triggers further than this from the date mostly belong to another clause. */
const MAX_DISTANCE = 80;
const CLAUSE_PENALTY = 60;

/**
 * The happening whose trigger word lies closest to the date (`[at, end)`, offsets into `sentence`), or null.
 * A rule over words, measured only on the seeds and the example corpus so far.
 */
export function happeningOf(sentence: string, at: number, end = at): string | null {
  let best: { name: string; distance: number; rank: number } | null = null;
  const opening = /^\W*(?:(?:on|in|by|late|early)\s+)?$/i.test(sentence.slice(0, at));
  HAPPENINGS.forEach(([name, re], rank) => {
    for (const m of sentence.matchAll(re)) {
      const start = m.index ?? 0;
      const between = start >= at ? sentence.slice(end, start) : sentence.slice(start + m[0].length, at);
      // A comma or semicolon between them is a clause boundary: the trigger likely tells of something else.
      // ... except the comma closing a date that opens the sentence ("On Thursday, 120 fighters were evacuated").
      const counted = opening && start > at ? between.replace(/^\s*,/, "") : between;
      const boundaries = (counted.match(/[,;]/g) ?? []).length;
      const distance = between.length + CLAUSE_PENALTY * boundaries;
      if (distance > MAX_DISTANCE) continue;
      if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) {
        best = { name, distance, rank };
      }
    }
  });
  return (best as { name: string } | null)?.name ?? null;
}
