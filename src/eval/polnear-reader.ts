/** Reads PolNeAR: `text/<article>.txt` and one annotator's BRAT `attributions/<article>_<annotator>.ann` per article. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ErrorCode, TriangulateError } from "../model/errors.js";

/** A possibly discontinuous BRAT span: its `[start, end)` pieces in order. */
export type Pieces = readonly (readonly [number, number])[];

export interface GoldAttribution {
  readonly content: Pieces;
  readonly cue: Pieces | null;
  readonly source: Pieces | null;
  /** A direct quote: the content opens with a quote mark (PolNeAR keeps the marks inside the content). */
  readonly direct: boolean;
}

export interface PolnearArticle {
  readonly id: string;
  /** The annotation file scored (the first annotator's, in name order, when several annotated the article). */
  readonly annotationFile: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

export interface PolnearCorpus {
  readonly articles: PolnearArticle[];
  /** Annotation files that did not parse or had no text beside them (each named on stderr). */
  readonly skipped: number;
}

const ANNOTATION = /^(.+)_([0-9a-z]+)\.ann$/;

/** Reads DIR (a split folder holding `text/` and `attributions/`); a missing folder is a TriangulateError. */
export async function readPolnearDir(dir: string): Promise<PolnearCorpus> {
  const names = await listAnnotations(join(dir, "attributions"));
  const byArticle = new Map<string, string>();
  for (const name of names) {
    const article = ANNOTATION.exec(name)?.[1];
    if (article && !byArticle.has(article)) byArticle.set(article, name);
  }
  if (byArticle.size === 0) {
    throw new TriangulateError(
      ErrorCode.EmptyInput,
      `expected .ann files under ${dir}/attributions, found none`,
      dir,
    );
  }
  const articles: PolnearArticle[] = [];
  let skipped = 0;
  for (const [id, file] of byArticle) {
    try {
      const text = await readFile(join(dir, "text", `${id}.txt`), "utf8");
      const ann = await readFile(join(dir, "attributions", file), "utf8");
      articles.push({ id, annotationFile: file, text, attributions: parseBrat(ann, text) });
    } catch (error) {
      skipped++;
      process.stderr.write(`triangulate: skipping ${file}: ${(error as Error).message}\n`);
    }
  }
  return { articles, skipped };
}

async function listAnnotations(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new TriangulateError(
      ErrorCode.InputNotFound,
      `expected a PolNeAR split folder with attributions/ and text/, found no ${dir}`,
      dir,
    );
  }
  return (await readdir(dir)).filter((n) => n.endsWith(".ann")).sort();
}

/**
 * Parses BRAT standoff: `T` lines give typed spans ("Content 115 200;210 290"), `E` lines tie a Content, a Cue
 * and a Source into one attribution. Span text may run over several lines, so only lines that open with an
 * id are read.
 */
export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Pieces>();
  const relations: Record<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const [id, info] = line.split("\t");
    if (!id || !info) continue;
    if (/^T\d+$/.test(id)) spans.set(id, piecesOf(info, id));
    else if (/^E\d+$/.test(id)) relations.push(roles(info));
  }
  const attributions: GoldAttribution[] = [];
  for (const roleMap of relations) {
    const content = spans.get(roleMap.Content ?? "");
    if (!content) continue;
    const opening = text.slice(content[0]?.[0] ?? 0).trimStart()[0] ?? "";
    attributions.push({
      content,
      cue: spans.get(roleMap.Cue ?? "") ?? null,
      source: spans.get(roleMap.Source ?? "") ?? null,
      direct: /["“]/.test(opening),
    });
  }
  return attributions;
}

function piecesOf(info: string, id: string): Pieces {
  const ranges = info.split(" ").slice(1).join(" ").split(";");
  return ranges.map((range) => {
    const [start, end] = range.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(start) || !Number.isInteger(end) || (end as number) < (start as number)) {
      throw new Error(`expected "Type START END" offsets in ${id}, found ${JSON.stringify(info)}`);
    }
    return [start as number, end as number] as const;
  });
}

/** "Attribution:T4 Content:T3 Cue:T2 Source:T1" → role → span id (a trailing digit on a role is dropped). */
function roles(info: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const part of info.trim().split(/\s+/)) {
    const [role, ref] = part.split(":");
    if (role && ref) map[role.replace(/\d+$/, "")] = ref;
  }
  return map;
}
