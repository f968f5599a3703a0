/** The claim ledger of a story: figures merged across the reports that carry them, grouped, disputes first. */
import type { AnnotatedReport, ClaimMention } from "../model/document.js";
import type { Claim, ClaimGroup, Dispute } from "../model/report-schema.js";
import { groupClaims } from "./claim-groups.js";
import { sentenceEvidence } from "./evidence.js";

export interface Ledger {
  readonly claims: Claim[];
  readonly claimGroups: ClaimGroup[];
  readonly disputes: Dispute[];
}

type NameOf = (report: string, form: string) => string;
type Entry = { claim: Claim; partOf: boolean; parentKey: string | null };

/**
 * One claim per (measure, scope, value, source): the same figure from the same source carried by three
 * reports is one claim with three carriers. Rival figures are grouped by measure and scope (claim-groups);
 * the groups whose figures differ are the disputes. Sub-counts ("including 45 children") point to the figure
 * they are part of and are never rivals.
 */
export function buildLedger(
  docs: readonly AnnotatedReport[],
  nameOf: NameOf,
  idPrefix: string,
  originalOf: (report: string) => string = (report) => report,
): Ledger {
  const byKey = collectClaims(docs, nameOf);
  const keys = [...byKey.keys()];
  const ids = new Map(keys.map((k, i) => [k, `${idPrefix}-c${i + 1}`]));
  const entries = foldChannelCopies(
    keys.map((k) => {
      const e = byKey.get(k) as Entry;
      const partOf = e.parentKey ? (ids.get(e.parentKey) ?? null) : null;
      return { ...e, claim: { ...e.claim, id: ids.get(k) as string, partOf } };
    }),
  );
  const rivals = new Set(entries.filter((e) => !e.partOf).map((e) => e.claim.id));
  const claims = entries.map((e) => e.claim);
  const claimGroups = groupClaims(
    originalOf,
    claims,
    (c) => rivals.has(c.id),
    (c) => question(c.measure, c.scope, c.unit),
    idPrefix,
  );
  return { claims, claimGroups, disputes: disputesOf(claimGroups, claims, idPrefix) };
}

/** Each figure once per key (measure, scope, value, source), with every report carrying it and its evidence. */
function collectClaims(docs: readonly AnnotatedReport[], nameOf: NameOf): Map<string, Entry> {
  const byKey = new Map<string, Entry>();
  for (const doc of docs) {
    const day = doc.published.date ?? doc.referenceDate;
    const keyOf = (c: ClaimMention) => claimKey(c, doc, nameOf);
    for (const c of doc.claims) {
      const source = c.attributedTo ? nameOf(doc.report.id, c.attributedTo) : null;
      const via = c.via ? nameOf(doc.report.id, c.via) : null;
      const key = keyOf(c);
      const parent = c.partOf ? parentOf(c, doc.claims) : null;
      const entry = byKey.get(key) ?? {
        claim: newClaim(c, source, via),
        partOf: c.partOf || c.additive,
        parentKey: parent ? keyOf(parent) : null,
      };
      const claim = entry.claim;
      byKey.set(key, {
        ...entry,
        claim: {
          ...claim,
          via: claim.via ?? via,
          reports: claim.reports.includes(doc.report.id) ? claim.reports : [...claim.reports, doc.report.id],
          evidence: [...claim.evidence, sentenceEvidence(doc, c.sentence)],
          date: earliest(claim.date, day),
        },
      });
    }
  }
  return byKey;
}

function claimKey(c: ClaimMention, doc: AnnotatedReport, nameOf: NameOf): string {
  const source = c.attributedTo ? nameOf(doc.report.id, c.attributedTo) : "";
  return [c.measure, c.scope, c.value, source, c.partOf || c.additive].join("|");
}

/** The figure a sub-count is part of: the nearest larger figure of the measure before it in its sentence. */
function parentOf(c: ClaimMention, claims: readonly ClaimMention[]): ClaimMention | null {
  const candidates = claims.filter(
    (p) =>
      !p.partOf &&
      p.sentence === c.sentence &&
      p.end <= c.start &&
      p.measure === c.measure &&
      p.value > c.value,
  );
  return candidates.length > 0 ? (candidates[candidates.length - 1] as ClaimMention) : null;
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * "45, Reuters reported" and "45, Hamza al-Khatib told Reuters" are one source's figure carried twice:
 * a claim attributed to a channel folds into the claim that names a source speaking through that channel.
 */
function foldChannelCopies(entries: Entry[]): Entry[] {
  const kept: Entry[] = [];
  for (const e of entries) {
    const c = e.claim;
    const host = entries.find(
      (h) =>
        h !== e &&
        h.claim.via !== null &&
        h.claim.via === c.attributedTo &&
        h.claim.measure === c.measure &&
        h.claim.scope === c.scope &&
        h.claim.value === c.value &&
        h.partOf === e.partOf,
    );
    if (!host) {
      kept.push(e);
      continue;
    }
    host.claim = {
      ...host.claim,
      reports: [...new Set([...host.claim.reports, ...c.reports])],
      evidence: [...host.claim.evidence, ...c.evidence],
    };
  }
  return kept;
}

function newClaim(c: ClaimMention, source: string | null, via: string | null): Claim {
  return {
    id: "",
    measure: c.measure,
    value: c.value,
    qualifier: c.qualifier,
    unit: c.unit,
    scope: c.scope,
    attributedTo: source,
    place: c.place,
    via: via === source ? null : via,
    reports: [],
    evidence: [],
    low: c.low,
    high: c.high,
    date: null,
    partOf: null,
  };
}

/** The groups whose figures differ, as disputes: the question, the claims lowest first, the values. */
function disputesOf(groups: readonly ClaimGroup[], claims: readonly Claim[], idPrefix: string): Dispute[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return groups
    .filter((g) => g.status === "differ")
    .map((g, i) => ({
      id: `${idPrefix}-d${i + 1}`,
      question: g.question,
      measure: g.measure,
      scope: g.scope,
      claims: g.claims,
      values: [...new Set(g.claims.map((id) => (byId.get(id) as Claim).value))].sort((a, b) => a - b),
    }));
}

/** Per measure: the question a dispute asks, and the same as a clause ("... disagree on how many ..."). */
const WORDING: Readonly<Record<string, readonly [string, string]>> = {
  killed: ["How many people were killed", "how many people were killed"],
  injured: ["How many people were injured", "how many people were injured"],
  missing: ["How many people are missing", "how many people are missing"],
  displaced: ["How many people were displaced", "how many people were displaced"],
  evacuated: ["How many people were evacuated", "how many people were evacuated"],
  arrested: ["How many people were arrested", "how many people were arrested"],
  "air strikes": ["How many air strikes were there", "how many air strikes there were"],
  troops: ["How many troops are involved", "how many troops are involved"],
  cost: ["What does it cost", "what it costs"],
};

function wording(measure: string, unit: string): readonly [string, string] {
  return WORDING[measure] ?? [`How many ${unit}`, `how many ${unit}`];
}

export function question(measure: string, scope: string, unit: string): string {
  const [q] = wording(measure, unit);
  return scope === "main event" ? `${q}?` : `${q} (${scope})?`;
}

/** The dispute's question as a clause: "how many people were killed (convoy)". */
export function disputeTopic(dispute: Dispute, unit: string): string {
  const [, clause] = wording(dispute.measure, unit);
  return dispute.scope === "main event" ? clause : `${clause} (${dispute.scope})`;
}
