/** States a disputed figure as its range and its sources: "Sources disagree on how many people were killed: …". */
import type { Claim, ClaimGroup, SummarySentence } from "../model/report-schema.js";

/** "Sources disagree on how many people were killed: 3 to 45 (3 to 9 from White Helmets, at least 14 from SOHR…)." */
export function disputeLine(group: ClaimGroup, claims: readonly Claim[]): SummarySentence {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const members = group.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  const parts = members.map((c) => `${figure(c)} from ${source(c)}`);
  const topic = group.question
    .replace(/\?$/, "")
    .replace(/^(How many .+) (were|was|are|is) there$/, "$1 there $2")
    .replace(/^\w/, (m) => m.toLowerCase());
  return {
    text: `Sources disagree on ${topic}: ${spread(members, group)} (${parts.join(", ")}).`,
    evidence: members.flatMap((c) => c.evidence),
  };
}

/** "3 to 45", or with the qualifiers of its ends: "at least 30 to more than 100". */
export function spread(members: readonly Claim[], group: ClaimGroup): string {
  const lowest = members.find((c) => c.low === group.low);
  const highest = [...members].reverse().find((c) => c.high === group.high);
  const end = (c: Claim | undefined, x: number) =>
    c && c.low === c.high && c.qualifier !== "exactly"
      ? `${c.qualifier} ${x.toLocaleString("en-US")}`
      : x.toLocaleString("en-US");
  return group.low === group.high
    ? end(lowest, group.low)
    : `${end(lowest, group.low)} to ${end(highest, group.high)}`;
}

function figure(c: Claim): string {
  if (c.low !== c.high) return range(c.low, c.high);
  const value = c.value.toLocaleString("en-US");
  return c.qualifier === "exactly" ? value : `${c.qualifier} ${value}`;
}

function range(low: number, high: number): string {
  return low === high
    ? low.toLocaleString("en-US")
    : `${low.toLocaleString("en-US")} to ${high.toLocaleString("en-US")}`;
}

/** Who a figure is credited to, with the channel it came through ("Hamza al-Khatib via Reuters"), or null. */
export function creditOf(c: Claim): string | null {
  if (!c.attributedTo) return null;
  return c.via ? `${c.attributedTo} via ${c.via}` : c.attributedTo;
}

function source(c: Claim): string {
  const credit = creditOf(c);
  if (credit) return credit;
  return c.reports.length === 1
    ? `an unattributed line in ${c.reports[0]}`
    : `unattributed lines in ${c.reports.join(", ")}`;
}
