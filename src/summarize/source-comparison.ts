/** What the sources agree and disagree on: differing figures, agreed figures, quotes given to two speakers, lone tolls. */
import type { Claim, ClaimGroup, Comparison, QuoteGroup } from "../model/report-schema.js";
import { creditOf, spread } from "./dispute-line.js";

/** Items listed; disagreements come first, so they are the last to be cut. */
const MAX_ITEMS = 10;
/** A toll only one outlet reports is worth a line; other lone figures are not. */
const TOLL = /\b(?:killed|dead|deaths?|died|injured|wounded|missing|arrested|detained|displaced)\b/i;

type Compared = {
  readonly claims: readonly Claim[];
  readonly claimGroups: readonly ClaimGroup[];
  readonly quotes: readonly QuoteGroup[];
};

export function compareSources(story: Compared): Comparison[] {
  const byId = new Map(story.claims.map((c) => [c.id, c]));
  const members = (g: ClaimGroup) =>
    g.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  return [
    ...story.claimGroups.filter((x) => x.status === "differ").map((g) => disagreement(g, members(g))),
    ...story.quotes.filter((x) => x.speakerConflict).map(speakerConflict),
    ...story.claimGroups
      .filter((x) => (x.status === "agree" || x.status === "roughly agree") && x.sources >= 2)
      .map((g) => agreement(g, members(g))),
    ...story.claimGroups
      .filter((x) => x.status === "single" && TOLL.test(x.measure))
      .flatMap((g) => loneToll(g, members(g))),
  ].slice(0, MAX_ITEMS);
}

function disagreement(g: ClaimGroup, claims: readonly Claim[]): Comparison {
  const text = `${g.question} Figures differ: ${spread(claims, g)}, from ${g.sources} sources (${sources(claims)}).`;
  return item("disagree", text, claims);
}

function speakerConflict(q: QuoteGroup): Comparison {
  const who = q.speakers.map((s) => `${s.name ?? "no one"} in ${s.reports.join(", ")}`).join("; ");
  return {
    kind: "speaker",
    text: `“${clip(q.text)}” is given to different speakers: ${who}.`,
    reports: [...q.reports],
    evidence: q.evidence,
  };
}

function agreement(g: ClaimGroup, claims: readonly Claim[]): Comparison {
  const agree = g.status === "agree" ? "agree" : "roughly agree";
  return item(
    "agree",
    `${g.question} ${g.sources} sources ${agree}: ${spread(claims, g)} (${sources(claims)}).`,
    claims,
  );
}

/** A toll carried by one report only: none when more reports carry it. */
function loneToll(g: ClaimGroup, claims: readonly Claim[]): Comparison[] {
  const reports = [...new Set(claims.flatMap((c) => c.reports))];
  if (reports.length !== 1) return [];
  const text = `${g.question} Only ${reports[0]} reports a figure: ${spread(claims, g)} (${sources(claims)}).`;
  return [item("only one", text, claims)];
}

function item(kind: Comparison["kind"], text: string, claims: readonly Claim[]): Comparison {
  return {
    kind,
    text,
    reports: [...new Set(claims.flatMap((c) => c.reports))],
    evidence: claims.flatMap((c) => c.evidence),
  };
}

function sources(claims: readonly Claim[]): string {
  const names = claims.map((c) => creditOf(c) ?? `unattributed in ${c.reports.join(", ")}`);
  return [...new Set(names)].join(", ");
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77).replace(/\s+\S*$/, "")}…` : text;
}
