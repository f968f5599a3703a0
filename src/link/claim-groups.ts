/** Groups a story's figures by measure and scope, and says whether they agree, differ, or revise each other. */
import type { Claim, ClaimGroup } from "../model/report-schema.js";

/** Figures within this ratio of each other roughly agree ("at least 20" and "around 22"). */
const ROUGHLY = 1.2;

const ORDER: Readonly<Record<ClaimGroup["status"], number>> = {
  differ: 0,
  revised: 1,
  "roughly agree": 2,
  agree: 3,
  single: 4,
};

/**
 * Who stands behind a figure: its source, or, unattributed, the outlet that states it, a copied report
 * counting as its original (`originalOf`) so one wire story carried ten times is one source.
 */
const sourceOf = (c: Claim, originalOf: (report: string) => string) =>
  c.attributedTo ?? `outlet ${[...new Set(c.reports.map(originalOf))].sort()[0] ?? ""}`;

/**
 * Groups rival figures (sub-counts left out) by measure and scope. A group agrees when every figure has one
 * value and qualifier, roughly agrees when the values lie within 20 % (or differ only in qualifier), is
 * revised when one source gave them on different days, rising; otherwise its figures differ.
 */
export function groupClaims(
  originalOf: (report: string) => string,
  claims: readonly Claim[],
  rivals: (c: Claim) => boolean,
  question: (c: Claim) => string,
  idPrefix: string,
): ClaimGroup[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!rivals(c)) continue;
    const key = `${c.measure}|${c.scope}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const buckets = [...byKey.values()].flatMap((members) => {
    const parts = byPlace(members);
    return parts.map((part) => ({ part, place: parts.length > 1 ? placeName(part) : null }));
  });
  const groups = buckets.map(({ part, place }): Omit<ClaimGroup, "id"> => {
    const ordered = [...part].sort((a, b) => a.value - b.value);
    const first = ordered[0] as Claim;
    const asked = question(first);
    return {
      question: place ? `${asked.replace(/\?$/, "")} in ${place}?` : asked,
      measure: first.measure,
      scope: first.scope,
      status: statusOf(ordered),
      claims: ordered.map((c) => c.id),
      low: Math.min(...ordered.map((c) => c.low)),
      high: Math.max(...ordered.map((c) => c.high)),
      sources: new Set(ordered.map((c) => sourceOf(c, originalOf))).size,
    };
  });
  return groups
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.claims.length - a.claims.length)
    .map((g, i) => ({ id: `${idPrefix}-g${i + 1}`, ...g }));
}

const SIDES: Readonly<Record<string, string>> = {
  eastern: "east",
  western: "west",
  northern: "north",
  southern: "south",
};

function parsePlace(place: string): { side: string | null; base: string } {
  const m =
    /^(north|south|east|west|northern|southern|eastern|western|central|rebel-held|government-held|regime-held|opposition-held)\s+(.+)$/i.exec(
      place,
    );
  if (!m) return { side: null, base: place.toLowerCase() };
  const side = (m[1] as string).toLowerCase();
  return { side: SIDES[side] ?? side, base: (m[2] as string).toLowerCase() };
}

/**
 * Whether one toll may cover both places: yes unless they are two sides of one town ("east Aleppo" and "west
 * Aleppo"). Different names stay together: the place nearest a figure is often a village or district of the
 * event's area, and no gazetteer here says which lies in which.
 */
export function samePlace(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const x = parsePlace(a);
  const y = parsePlace(b);
  return x.base !== y.base || x.side === null || y.side === null || x.side === y.side;
}

/** Claims split where they name two sides of one town ("10 killed in west Aleppo", "20 in east Aleppo"). */
function byPlace(claims: readonly Claim[]): Claim[][] {
  const parts: Claim[][] = [];
  for (const c of [...claims].sort((a, b) => a.value - b.value)) {
    const home = parts.find((p) => p.every((o) => samePlace(o.place, c.place)));
    if (home) home.push(c);
    else parts.push([c]);
  }
  return parts;
}

function placeName(claims: readonly Claim[]): string {
  return claims.find((c) => c.place !== null)?.place ?? "places not named";
}

function statusOf(claims: readonly Claim[]): ClaimGroup["status"] {
  if (claims.length === 1) return "single";
  const values = new Set(claims.map((c) => c.value));
  if (values.size === 1)
    return new Set(claims.map((c) => c.qualifier)).size === 1 ? "agree" : "roughly agree";
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low > 0 && high <= low * ROUGHLY) return "roughly agree";
  return isRevision(claims) ? "revised" : "differ";
}

/** One named source, figures on different days, each later one higher: a toll that was updated. */
function isRevision(claims: readonly Claim[]): boolean {
  const sources = new Set(claims.map((c) => c.attributedTo));
  if (sources.size !== 1 || claims[0]?.attributedTo === null) return false;
  const dated = claims
    .filter((c) => c.date !== null)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const days = new Set(dated.map((c) => c.date));
  // One figure a day: two values on one day are a disagreement, whatever came later.
  if (dated.length !== claims.length || days.size < 2 || days.size !== dated.length) return false;
  return dated.every((c, i) => i === 0 || c.value >= (dated[i - 1] as Claim).value);
}
