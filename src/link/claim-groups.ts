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
  const groups = [...byKey.values()].map((members): Omit<ClaimGroup, "id"> => {
    const ordered = [...members].sort((a, b) => a.value - b.value);
    const first = ordered[0] as Claim;
    return {
      question: question(first),
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
  if (dated.length !== claims.length || new Set(dated.map((c) => c.date)).size < 2) return false;
  return dated.every((c, i) => i === 0 || c.value >= (dated[i - 1] as Claim).value);
}
