/** The claim ledger of a story: figures merged across the reports that carry them, and disputes between them. */
import type { AnnotatedReport, ClaimMention } from "../model/document.js";
import type { Claim, Dispute } from "../model/report-schema.js";
import { sentenceEvidence } from "./evidence.js";

export interface Ledger {
  readonly claims: Claim[];
  readonly disputes: Dispute[];
}

type NameOf = (report: string, form: string) => string;

/**
 * One claim per (measure, scope, value, source): the same figure from the same source carried by three
 * reports is one claim with three carriers. Claims of one measure and scope whose values differ form a
 * dispute; sub-counts ("including 45 children") never do.
 */
export function buildLedger(docs: readonly AnnotatedReport[], nameOf: NameOf, idPrefix: string): Ledger {
  const byKey = new Map<string, { claim: Claim; partOf: boolean }>();
  for (const doc of docs) {
    for (const c of doc.claims) {
      const source = c.attributedTo ? nameOf(doc.report.id, c.attributedTo) : null;
      const via = c.via ? nameOf(doc.report.id, c.via) : null;
      const notRival = c.partOf || c.additive;
      const key = [c.measure, c.scope, c.value, source ?? "", notRival].join("|");
      const entry = byKey.get(key) ?? { claim: newClaim(c, source, via), partOf: notRival };
      const claim = entry.claim;
      byKey.set(key, {
        partOf: entry.partOf,
        claim: {
          ...claim,
          via: claim.via ?? via,
          reports: claim.reports.includes(doc.report.id) ? claim.reports : [...claim.reports, doc.report.id],
          evidence: [...claim.evidence, sentenceEvidence(doc, c.sentence)],
        },
      });
    }
  }
  const entries = foldChannelCopies([...byKey.values()]).map((e, i) => ({
    ...e,
    claim: { ...e.claim, id: `${idPrefix}-c${i + 1}` },
  }));
  return { claims: entries.map((e) => e.claim), disputes: findDisputes(entries, idPrefix) };
}

/**
 * "45, Reuters reported" and "45, Hamza al-Khatib told Reuters" are one source's figure carried twice:
 * a claim attributed to a channel folds into the claim that names a source speaking through that channel.
 */
function foldChannelCopies(
  entries: { claim: Claim; partOf: boolean }[],
): { claim: Claim; partOf: boolean }[] {
  const kept: { claim: Claim; partOf: boolean }[] = [];
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
    via: via === source ? null : via,
    reports: [],
    evidence: [],
  };
}

function findDisputes(entries: readonly { claim: Claim; partOf: boolean }[], idPrefix: string): Dispute[] {
  const groups = new Map<string, Claim[]>();
  for (const { claim, partOf } of entries) {
    if (partOf) continue;
    const key = `${claim.measure}|${claim.scope}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const disputes: Dispute[] = [];
  for (const claims of groups.values()) {
    const values = [...new Set(claims.map((c) => c.value))].sort((a, b) => a - b);
    if (values.length < 2) continue;
    const first = claims[0] as Claim;
    const ordered = [...claims].sort((a, b) => a.value - b.value);
    disputes.push({
      id: `${idPrefix}-d${disputes.length + 1}`,
      question: question(first.measure, first.scope, first.unit),
      measure: first.measure,
      scope: first.scope,
      claims: ordered.map((c) => c.id),
      values,
    });
  }
  // The dispute with the most claims first: it is the one a reader most needs to see.
  return disputes
    .sort((a, b) => b.claims.length - a.claims.length)
    .map((d, i) => ({ ...d, id: `${idPrefix}-d${i + 1}` }));
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
