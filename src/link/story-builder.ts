/** Assembles one story from its reports: entities, claim ledger, quotes, copies, timeline (summary comes later). */

import { wireAgencies } from "../clean/credit-line.js";
import type { AnnotatedReport } from "../model/document.js";
import type { Copy, Story } from "../model/report-schema.js";
import { buildLedger } from "./claim-ledger.js";
import { detectCopies } from "./copy-detector.js";
import { resolveEntities } from "./entity-resolver.js";
import { linkQuotes } from "./quote-linker.js";
import { cosine, termCounts, weigh } from "./term-vector.js";
import { buildTimeline } from "./timeline-builder.js";

export function buildStory(id: string, docs: readonly AnnotatedReport[]): Story {
  const resolved = resolveEntities(docs, id);
  const copies = detectCopies(docs);
  const roots = sourceRoots(
    docs.map((d) => d.report.id),
    [...copyPairs(copies), ...sharedWires(docs)],
  );
  const ledger = buildLedger(docs, resolved.nameOf, id, (report) => roots.get(report) ?? report);
  return {
    id,
    title: storyTitle(docs),
    reports: docs.map((d) => d.report.id),
    independentSources: new Set(roots.values()).size,
    sources: sourceGroups(roots),
    phaseOf: null,
    entities: resolved.entities,
    claims: ledger.claims,
    claimGroups: ledger.claimGroups,
    disputes: ledger.disputes,
    quotes: linkQuotes(docs, resolved.nameOf, id, resolved.entities),
    timeline: buildTimeline(docs),
    summary: [],
    comparison: [],
    copies,
  };
}

/**
 * Reports credited to one and the same wire agency (and to no other) carry one wire story: each is paired
 * with the first such report, so that they count as one source.
 */
function sharedWires(docs: readonly AnnotatedReport[]): [string, string][] {
  const first = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const doc of docs) {
    const wires = new Set(doc.report.credits.flatMap(wireAgencies));
    if (wires.size !== 1) continue;
    const wire = [...wires][0] as string;
    const earlier = first.get(wire);
    if (earlier === undefined) first.set(wire, doc.report.id);
    else pairs.push([earlier, doc.report.id]);
  }
  return pairs;
}

/** [original, copy] for each duplicate and rewrite; shared passages leave two reports independent. */
function copyPairs(copies: readonly Copy[]): (readonly [string, string])[] {
  return copies.filter((c) => c.kind !== "shared-passage").map((c) => c.reports);
}

/** Each report's root once every [original, copy] pair is collapsed into its original (union-find). */
function sourceRoots(
  reports: readonly string[],
  pairs: readonly (readonly [string, string])[],
): Map<string, string> {
  const up = new Map(reports.map((r) => [r, r]));
  const find = (r: string): string => {
    const p = up.get(r) ?? r;
    return p === r ? r : find(p);
  };
  for (const [original, copy] of pairs) up.set(find(copy), find(original));
  return new Map(reports.map((r) => [r, find(r)]));
}

/** The reports of each root, the root first, in the order the roots first appear. */
function sourceGroups(roots: ReadonlyMap<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const root of roots.values()) if (!groups.has(root)) groups.set(root, [root]);
  for (const [report, root] of roots) if (report !== root) groups.get(root)?.push(report);
  return [...groups.values()];
}

/** Reports left once duplicates and rewrites are collapsed into their originals. */
export function independentSources(reports: readonly string[], copies: readonly Copy[]): number {
  return new Set(sourceRoots(reports, copyPairs(copies)).values()).size;
}

/** The title of the report closest to the story's centre; a story of untitled reports takes a first sentence. */
function storyTitle(docs: readonly AnnotatedReport[]): string {
  const counts = docs.map(termCounts);
  const vectors = counts.map((c) => weigh(c, () => 1));
  const centre = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v) centre.set(t, (centre.get(t) ?? 0) + w);
  const ranked = docs
    .map((doc, i) => ({ doc, score: cosine(vectors[i] as Map<string, number>, centre) }))
    .sort((a, b) => b.score - a.score || (a.doc.report.id < b.doc.report.id ? -1 : 1));
  const titled = ranked.find((r) => r.doc.report.title);
  if (titled) return titled.doc.report.title as string;
  const first = ranked[0]?.doc;
  const sentence = first?.sentences[0];
  if (!first || !sentence) return "Untitled story";
  const text = first.report.text.slice(sentence.start, sentence.end);
  return text.length > 100 ? `${text.slice(0, 97).replace(/\s+\S*$/, "")}…` : text;
}
