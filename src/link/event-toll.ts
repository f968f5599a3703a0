/** The death toll one report gives for its event, by ACLED's rule: the most conservative figure stated. */
import type { AnnotatedReport, ClaimMention } from "../model/document.js";

/**
 * A single death told without a figure: "a student was killed", "hacked to death", "succumbed to his injuries",
 * "left one soldier dead", "his bullet-hit body was recovered".
 */
const ONE_DEATH = new RegExp(
  [
    "(?:was|has been|had been|got|is)\\s+(?:\\w+\\s+)?(?:killed|murdered|slain|slaughtered|lynched|beheaded|shot dead|gunned down|found dead|crushed|run over|electrocuted|shot and killed)",
    "(?:hacked|beaten|stabbed|chopped|copped|burnt|burned|shot|tortured|strangled|clubbed|lynched|crushed|hit)\\s+(?:\\S+\\s+){0,4}?(?:to death|dead)",
    "succumbed|died|slew|slaughtered|dead body|(?:bullet-hit |mutilated |slaughtered |decomposed )?body (?:of|was (?:recovered|found))",
    "(?:left|leaving)\\s+(?:\\S+\\s+){0,4}?dead",
    "\\bone\\s+(?:\\S+\\s+){0,3}?(?:was\\s+)?(?:dead|killed)",
    "(?:killed|killing|shot dead|murdered|gunned down)\\s+(?:a|an|one|another|his|her|the)\\s+\\w+",
    "was\\s+dead",
  ]
    .map((p) => `\\b(?:${p})`)
    .join("|"),
  "giu",
);
/** A death the event is about rather than one it reacts to: "protesting the killing of", "demanding justice for". */
const REACTION =
  /\b(?:protest\w*|demand\w*|condemn\w*|against|over|following|after|justice for|probe|investigat\w*)\b[^.]{0,60}$/i;
/** Words that say nobody died: "no one was killed", "no casualties". */
const NO_DEATH =
  /\b(?:no (?:one|body|casualties|deaths?|fatalities|loss of life)|nobody)\b[^.]{0,40}\b(?:killed|died|dead|reported|casualt)/gi;

/** The claims that count the event's deaths: killed, about the main event, not a sub-count of another figure. */
export function deathClaims(doc: AnnotatedReport): ClaimMention[] {
  return doc.claims.filter(
    (c) =>
      c.measure === "killed" &&
      c.scope === "main event" &&
      !c.partOf &&
      !NOT_PEOPLE.test(c.unit) &&
      !NOT_PEOPLE_AFTER.test(doc.report.text.slice(c.end, c.end + 24)) &&
      !isYear(doc.report.text.slice(c.start, c.end)),
  );
}

/** Counted things that are not people: "hundreds of kilograms of dead fish", "50 bullets". */
const NOT_PEOPLE =
  /\b(?:kilograms?|kgs?|tons?|tonnes?|fish|cattle|cows?|goats?|animals?|houses?|shops?|homes?|vehicles?|cars?|buses|trucks?|bullets?|rounds?|bombs?|shells?|acres?|feet|litres?|liters?)$/i;
/** "hundreds of kilograms", where the counted noun comes after "of". */
const NOT_PEOPLE_AFTER =
  /^\s+of\s+(?:kilograms?|kgs?|tons?|tonnes?|fish|cattle|cows?|goats?|animals?|houses?|shops?|homes?|vehicles?|bullets?|rounds?|acres?|litres?|liters?)\b/i;
const isYear = (words: string) => /^(?:1[89]|20)\d\d$/.test(words);

/**
 * The event's toll: the lowest figure stated for the deaths (ACLED codes the most conservative), 1 for a single
 * death told without a figure, 0 when the report states none.
 */
export function eventDeathToll(doc: AnnotatedReport): number {
  const claims = deathClaims(doc);
  if (claims.length > 0) return Math.min(...claims.map((c) => c.value));
  const text = doc.report.text.replace(NO_DEATH, " ");
  for (const m of text.matchAll(ONE_DEATH)) {
    if (!REACTION.test(text.slice(Math.max(0, m.index - 80), m.index))) return 1;
  }
  return 0;
}
