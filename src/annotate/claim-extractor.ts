/** Turns counted figures into claims: what is measured, about what, and who the figure is attributed to. */
import type { ClaimMention, NumberMention, Sentence } from "../model/document.js";
import { type Annotator, required } from "./annotator.js";
import { findAttribution } from "./attribution-cues.js";
import { placeOf } from "./claim-place.js";

/** Verb-like measures, found near the figure in its sentence. */
const MEASURE_WORDS: readonly [string, RegExp][] = [
  [
    "killed",
    /\b(kill(?:ed|ing|s)?|dead|died|dies|die|deaths?|death toll|toll|lives|fatalities|perished|slain|massacred)\b/gi,
  ],
  ["injured", /\b(injur(?:ed|ies|ing|y)|wounded|hurt)\b/gi],
  ["missing", /\b(missing|unaccounted for)\b/gi],
  ["displaced", /\b(displaced|fled|homeless|made refugees)\b/gi],
  ["evacuated", /\b(evacuat(?:ed|ion|ing))\b/gi],
  ["arrested", /\b(arrested|detained|arrests)\b/gi],
];

/** Counted things that are their own measure, whatever the verb. */
const UNIT_MEASURES: readonly [string, RegExp][] = [
  ["air strikes", /\b(air ?strikes?|airstrikes?|air raids?|raids?|strikes|sorties|bombings?)$/i],
  ["troops", /\b(troops|soldiers|special forces|personnel)$/i],
  [
    "cost",
    /\b(crowns?|dollars?|euros?|pounds?|francs?|rupees?|yuan|yen|lira|rubles?|roubles?|shekels?|dinars?)$/i,
  ],
];

/** Words in the sentence that move a figure out of the main event: the war as a whole, or one incident. */
const SCOPES: readonly [string, RegExp][] = [
  [
    "war",
    /\b(the war|civil war|the conflict|war has|since (?:the )?(?:war|conflict|uprising)|since 20\d\d|since 19\d\d)\b/i,
  ],
  ["convoy", /\bconvoys?\b/i],
  ["rebel fire", /\brebel (?:fire|rockets?|shelling)\b/i],
  ["history", /\b(worst|deadliest|since 1\d\d\d|in 19\d\d|in 20[01]\d)\b/i],
];

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A cumulative window: "since November 15", "in the offensive launched on November 15". */
const SINCE = new RegExp(
  `\\b(?:since|launched on|began on|started on|beginning on)\\s+(?:mid-|early |late )?(${MONTH}(?:\\s+\\d{1,2})?)\\b`,
  "i",
);

/** What a figure is about: a named scope, a window counted since a day ("since November 15"), or the main event. */
function scopeOf(sentence: string): string {
  const named = SCOPES.find(([, re]) => re.test(sentence))?.[0];
  if (named) return named;
  const since = SINCE.exec(sentence);
  return since ? `since ${since[1]}` : "main event";
}

/** How much further a measure word before the figure counts than one after it. */
const BEFORE_PENALTY = 25;
/** Measure words further than this from the figure belong to another clause. */
const MAX_MEASURE_DISTANCE = 90;

export const claimExtractor: Annotator<"claims"> = {
  name: "claim-extractor",
  requires: ["sentences", "numbers", "entities"],
  assigns: ["claims"],
  annotate(draft) {
    const text = draft.report.text;
    const sentences = required(draft, "sentences");
    const entities = required(draft, "entities");
    const claims: ClaimMention[] = [];
    for (const number of required(draft, "numbers")) {
      const sentence = sentences[number.sentence] as Sentence;
      const measure = measureOf(text, sentence, number);
      if (!measure) continue;
      const attribution = findAttribution(text, sentence.start, sentence.end, entities, number.start);
      claims.push({
        start: number.start,
        end: number.end,
        value: number.value,
        low: number.low,
        high: number.high,
        qualifier: number.qualifier,
        measure,
        unit: number.noun ?? "people",
        scope: scopeOf(text.slice(sentence.start, sentence.end)),
        place: placeOf(text, sentence, number.start, entities),
        attributedTo: attribution?.source.text ?? null,
        via: attribution?.via ?? null,
        partOf: /\b(including|among them|of whom|of them)\s+(at least\s+)?$/i.test(
          text.slice(Math.max(0, number.start - 25), number.start),
        ),
        additive: /\b(another|an additional|a further|additional|further)\s+$/i.test(
          text.slice(Math.max(0, number.start - 20), number.start),
        ),
        sentence: number.sentence,
      });
    }
    return { claims };
  },
};

function measureOf(text: string, sentence: Sentence, number: NumberMention): string | null {
  if (number.noun) {
    const byUnit = UNIT_MEASURES.find(([, re]) => re.test(number.noun as string));
    if (byUnit) return byUnit[0];
  }
  const chunk = text.slice(sentence.start, sentence.end);
  const at = number.start - sentence.start;
  let best: { measure: string; distance: number } | null = null;
  for (const [measure, re] of MEASURE_WORDS) {
    for (const m of chunk.matchAll(re)) {
      const start = m.index ?? 0;
      // The verb after a figure is its own ("six others were injured"); one before may belong to the clause
      // before ("a man was killed and six others injured"), so it counts as further away.
      const distance = start >= at ? start - at : at - (start + m[0].length) + BEFORE_PENALTY;
      if (distance <= MAX_MEASURE_DISTANCE && (!best || distance < best.distance))
        best = { measure, distance };
    }
  }
  if (best) return best.measure;
  // Otherwise the figure counts its own noun: "18 stops", "40,000 passengers".
  const head = number.noun?.split(" ").pop()?.toLowerCase();
  return head && /^[a-z]+$/.test(head) ? head : null;
}
