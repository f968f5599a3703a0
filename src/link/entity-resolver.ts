/** Resolves entity mentions across a story's reports into entities: one per referent, with aliases. */

import { CITIES, COUNTRIES, ORG_WORDS } from "../annotate/entity-lexicon.js";
import type { AnnotatedReport, EntityMention } from "../model/document.js";
import type { Entity, EntityType, Evidence } from "../model/report-schema.js";
import { canonicalName } from "./name-aliases.js";

interface Group {
  key: string;
  /** The key's words without the "al" particle. */
  tokens: string[];
  forms: Map<string, number>;
  types: Map<EntityType, number>;
  mentions: Evidence[];
}

export interface ResolvedEntities {
  readonly entities: Entity[];
  /** The entity name a surface form resolves to, by report id and form. */
  nameOf(report: string, form: string): string;
}

/** `idPrefix` makes entity ids unique across stories ("s1-e3"). */
export function resolveEntities(docs: readonly AnnotatedReport[], idPrefix: string): ResolvedEntities {
  const groups = new Map<string, Group>();
  for (const doc of docs) {
    for (const m of doc.entities) {
      const key = normalise(m.refersTo ? { ...m, text: m.refersTo } : m);
      const g: Group = groups.get(key) ?? {
        key,
        tokens: tokensOf(key),
        forms: new Map(),
        types: new Map(),
        mentions: [],
      };
      g.forms.set(m.text, (g.forms.get(m.text) ?? 0) + 1);
      g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
      g.mentions.push({ report: doc.report.id, start: m.start, end: m.end });
      groups.set(key, g);
    }
  }
  const parent = mergeGroups([...groups.values()]);
  const merged = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const root = parent(g.key);
    merged.set(root, [...(merged.get(root) ?? []), g]);
  }
  const entities = [...merged.values()]
    .map(toEntity)
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1))
    .map((e, i) => ({ ...e, id: `${idPrefix}-e${i + 1}` }));
  const byForm = new Map<string, string>();
  for (const e of entities) for (const form of [e.name, ...e.aliases]) byForm.set(form, e.name);
  return { entities, nameOf: (_report, form) => byForm.get(form) ?? form };
}

function normalise(m: EntityMention): string {
  const known = canonicalName(m.text);
  if (known) return known.toLowerCase();
  // "Bashar al-Assad" and "Bashar Assad" are one name: the lower-case article particle is left out of the key.
  return m.text
    .replace(/(^|\s)(al|el)-(?=\p{L})/gu, "$1")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]s$/, "");
}

const tokensOf = (key: string) => key.split(/[\s-]+/).filter((w) => w !== "al");

/** Union-find over groups: surnames, spelling variants of first names, acronyms, head words of organisations. */
function mergeGroups(groups: readonly Group[]): (key: string) => string {
  const up = new Map(groups.map((g) => [g.key, g.key]));
  const find = (k: string): string => {
    const p = up.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    up.set(k, root);
    return root;
  };
  const typeOf = (g: Group) => majorityType(g.types);
  const multi = groups.filter((g) => g.tokens.length > 1);
  // First-name spelling variants of one surname: "Sergey Lavrov" and "Sergei Lavrov".
  const bySurname = new Map<string, { first: string; key: string }[]>();
  for (const g of multi) {
    const t = g.tokens;
    if (t.length !== 2 || typeOf(g) !== "person") continue;
    const same = bySurname.get(t[1] as string) ?? [];
    for (const other of same)
      if (editDistance(other.first, t[0] as string) <= 2) up.set(find(g.key), find(other.key));
    bySurname.set(t[1] as string, [...same, { first: t[0] as string, key: g.key }]);
  }
  for (const g of groups) {
    const targets = shortFormTargets(g, multi, typeOf);
    // Two people who share a surname: no evidence which one is meant, so no merge.
    const roots = new Set(targets.map((t) => find(t.key)));
    if (roots.size === 1) up.set(find(g.key), [...roots][0] as string);
  }
  return find;
}

/** The longer names a short form ("Kerry", "SOHR", "Observatory") may stand for. */
function shortFormTargets(g: Group, multi: readonly Group[], typeOf: (g: Group) => EntityType): Group[] {
  const words = g.tokens;
  if (words.length !== 1) return [];
  const word = words[0] as string;
  const form = [...g.forms.keys()][0] ?? "";
  const fits = multi.filter((m) => {
    const t = m.tokens;
    if (/^[A-Z]{3,}$/.test(form)) return isAcronymOf(form, m.key);
    if (typeOf(m) === "person" || typeOf(g) === "person")
      return t[t.length - 1] === word && typeOf(m) !== "place";
    // "the Observatory": an organisation's head word, never a place or nationality word in its name.
    return typeOf(m) === "organization" && t.includes(word) && ORG_WORDS.has(form) && typeOf(g) !== "place";
  });
  return fits;
}

function isAcronymOf(acronym: string, key: string): boolean {
  const initials = key
    .split(/[\s-]+/)
    .filter((w) => !/^(of|for|the|and|al|on|in)$/.test(w))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
  return initials === acronym || (acronym.length >= 3 && initials.endsWith(acronym));
}

function majorityType(types: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = "other";
  let count = 0;
  for (const [type, n] of types) if (type !== "other" && n > count) [best, count] = [type, n];
  return best;
}

function toEntity(groups: readonly Group[]): Entity {
  const forms = new Map<string, number>();
  const types = new Map<EntityType, number>();
  for (const g of groups) {
    for (const [f, n] of g.forms) forms.set(f, (forms.get(f) ?? 0) + n);
    for (const [t, n] of g.types) types.set(t, (types.get(t) ?? 0) + n);
  }
  // The name is the most frequent form among the longest-worded ones: "Syrian Observatory for Human Rights".
  const ranked = [...forms.entries()].sort(
    (a, b) =>
      b[0].split(/\s+/).length - a[0].split(/\s+/).length ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  );
  const name = canonicalName((ranked[0] as [string, number])[0]) ?? (ranked[0] as [string, number])[0];
  const mentions = groups
    .flatMap((g) => g.mentions)
    .sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : a.start - b.start));
  const aliases = ranked.map(([f]) => f).filter((f) => f !== name);
  // A country named only through its adjective ("Russian") is still a place.
  const type = COUNTRIES.has(name) || CITIES.has(name) ? "place" : majorityType(types);
  return { id: "", name, type, aliases, mentions };
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
