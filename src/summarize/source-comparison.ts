/** What the sources agree and disagree on: differing figures, agreed figures, quotes given to two speakers, lone tolls. */
import type { Claim, ClaimGroup, Comparison, QuoteGroup } from "../model/report-schema.js";
import { creditOf, spread } from "./dispute-line.js";

/** Items listed; disagreements come first, so they are the last to be cut. */
const MAX_ITEMS = 10;
/** A toll only one outlet reports is worth a line; other lone figures are not. */
const TOLL = /\b(?:killed|dead|deaths?|died|injured|wounded|missing|arrested|detained|displaced)\b/i;

export function compareSources(story: {
  readonly claims: readonly Claim[];
  readonly claimGroups: readonly ClaimGroup[];
  readonly quotes: readonly QuoteGroup[];
}): Comparison[] {
  const byId = new Map(story.claims.map((c) => [c.id, c]));
  const members = (g: ClaimGroup) =>
    g.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  const items: Comparison[] = [];
  for (const g of story.claimGroups.filter((x) => x.status === "differ")) {
    const claims = members(g);
    items.push(
      item(
        "disagree",
        `${g.question} Figures differ: ${spread(claims, g)}, from ${g.sources} sources (${sources(claims)}).`,
        claims,
      ),
    );
  }
  for (const q of story.quotes.filter((x) => x.speakerConflict)) {
    const who = q.speakers.map((s) => `${s.name ?? "no one"} in ${s.reports.join(", ")}`).join("; ");
    items.push({
      kind: "speaker",
      text: `“${clip(q.text)}” is given to different speakers: ${who}.`,
      reports: [...q.reports],
      evidence: q.evidence,
    });
  }
  for (const g of story.claimGroups.filter(
    (x) => (x.status === "agree" || x.status === "roughly agree") && x.sources >= 2,
  )) {
    const claims = members(g);
    const agree = g.status === "agree" ? "agree" : "roughly agree";
    items.push(
      item(
        "agree",
        `${g.question} ${g.sources} sources ${agree}: ${spread(claims, g)} (${sources(claims)}).`,
        claims,
      ),
    );
  }
  for (const g of story.claimGroups.filter((x) => x.status === "single" && TOLL.test(x.measure))) {
    const claims = members(g);
    const reports = [...new Set(claims.flatMap((c) => c.reports))];
    if (reports.length !== 1) continue;
    items.push(
      item(
        "only one",
        `${g.question} Only ${reports[0]} reports a figure: ${spread(claims, g)} (${sources(claims)}).`,
        claims,
      ),
    );
  }
  return items.slice(0, MAX_ITEMS);
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
