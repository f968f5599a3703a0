/** Features of one token for the entity tagger: the word, its shape and affixes, its neighbours, word lists and clusters. */
import { CITIES, COUNTRIES, DEMONYMS, KNOWN_ORGS, ORG_WORDS, ROLE_WORDS } from "./entity-lexicon.js";

/** Word → cluster ids learned from unlabelled news (see src/train/train-clusters.ts); may be empty. */
export type ClusterMap = ReadonlyMap<string, readonly string[]>;

/** "Kerry" → "Xx", "SOHR" → "X", "U.S." → "X.X.", "1,200" → "d,d": character classes with runs collapsed. */
export function wordShape(word: string): string {
  let shape = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const ch = word[i] as string;
    const c =
      code >= 65 && code <= 90
        ? "X"
        : code >= 97 && code <= 122
          ? "x"
          : code >= 48 && code <= 57
            ? "d"
            : code < 128
              ? ch
              : /\p{Lu}/u.test(ch)
                ? "X"
                : /\p{Ll}/u.test(ch)
                  ? "x"
                  : /\p{N}/u.test(ch)
                    ? "d"
                    : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape.length > 6 ? `${shape.slice(0, 6)}~` : shape;
}

function gazetteer(word: string): string | null {
  if (COUNTRIES.has(word) || CITIES.has(word)) return "place";
  if (DEMONYMS.has(word)) return "demonym";
  if (ROLE_WORDS.has(word)) return "role";
  if (ORG_WORDS.has(word) || KNOWN_ORGS.has(word)) return "org";
  return null;
}

function capsLine(tokens: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const t of tokens) {
    if (!/\p{L}/u.test(t)) continue;
    letters++;
    if (t === t.toUpperCase()) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

const normalise = (w: string) => w.toLowerCase().replace(/\d/g, "0");

interface TokenView {
  readonly raw: string;
  readonly norm: string;
  readonly shape: string;
  readonly gaz: string | null;
  readonly clusters: readonly string[];
}

const NONE: TokenView = { raw: "<none>", norm: "<none>", shape: "<none>", gaz: null, clusters: [] };

/** Features of every token of a sentence; each token's word forms are computed once and shared with its neighbours. */
export function sentenceFeatures(tokens: readonly string[], clusters: ClusterMap): string[][] {
  const views = tokens.map((raw): TokenView => {
    const norm = normalise(raw);
    return {
      raw,
      norm,
      shape: wordShape(raw),
      gaz: gazetteer(raw),
      clusters: clusters.get(raw) ?? clusters.get(norm) ?? [],
    };
  });
  const caps = capsLine(tokens);
  return views.map((_, i) => tokenFeatures(views, i, caps));
}

function tokenFeatures(views: readonly TokenView[], i: number, caps: boolean): string[] {
  const w = views[i] as TokenView;
  const prev = views[i - 1] ?? NONE;
  const next = views[i + 1] ?? NONE;
  const lw = w.norm;
  const f = [
    "b",
    `w=${lw}`,
    `W=${w.raw}`,
    `s=${w.shape}`,
    `p1=${lw.slice(0, 1)}`,
    `p2=${lw.slice(0, 2)}`,
    `p3=${lw.slice(0, 3)}`,
    `p4=${lw.slice(0, 4)}`,
    `x2=${lw.slice(-2)}`,
    `x3=${lw.slice(-3)}`,
    `x4=${lw.slice(-4)}`,
    `w-1=${prev.norm}`,
    `w+1=${next.norm}`,
    `w-2=${(views[i - 2] ?? NONE).norm}`,
    `w+2=${(views[i + 2] ?? NONE).norm}`,
    `s-1=${prev.shape}`,
    `s+1=${next.shape}`,
    `w-1w=${prev.norm}|${lw}`,
    `ww+1=${lw}|${next.norm}`,
    `s-1s=${prev.shape}|${w.shape}`,
    `ss+1=${w.shape}|${next.shape}`,
    `w-1s=${prev.norm}|${w.shape}`,
  ];
  // Headlines and datelines in capitals ("RUGBY UNION - ...") read differently from running text.
  if (caps) f.push(`caps|s=${w.shape}`, `caps|w=${lw}`);
  if (i === 0) f.push(`first|s=${w.shape}`);
  if (w.gaz) f.push(`g=${w.gaz}`);
  if (prev.gaz) f.push(`g-1=${prev.gaz}`);
  if (next.gaz) f.push(`g+1=${next.gaz}`);
  for (const c of w.clusters) f.push(`c=${c}`);
  for (const c of prev.clusters) f.push(`c-1=${c}`);
  for (const c of next.clusters) f.push(`c+1=${c}`);
  return f;
}
