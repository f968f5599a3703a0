/** Reads TempEval-3 TimeML (.tml) files: the creation day, the plain text of <TEXT> and its TIMEX3 spans. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Timex, TimexType } from "../annotate/timex-normalizer.js";
import { ErrorCode, TriangulateError } from "../model/errors.js";

export type { Timex, TimexType };

export interface TimemlDocument {
  readonly file: string;
  /** The document creation time's day, YYYY-MM-DD. */
  readonly dct: string;
  readonly text: string;
  readonly timexes: Timex[];
}

export interface TimemlCorpus {
  readonly documents: TimemlDocument[];
  /** Files that did not parse (each named in a warning on stderr). */
  readonly skipped: number;
}

const TYPES: ReadonlySet<string> = new Set(["DATE", "TIME", "DURATION", "SET"]);

/** Reads every .tml file under DIR (recursively, in sorted order); a missing DIR is a TriangulateError. */
export async function readTimemlDir(dir: string): Promise<TimemlCorpus> {
  const files = await listTml(dir);
  if (files.length === 0) {
    throw new TriangulateError(ErrorCode.EmptyInput, `expected .tml files under ${dir}, found none`, dir);
  }
  const documents: TimemlDocument[] = [];
  let skipped = 0;
  for (const file of files) {
    try {
      documents.push(parseTimeml(await readFile(file, "utf8"), file));
    } catch (error) {
      skipped++;
      process.stderr.write(`triangulate: skipping ${file}: ${(error as Error).message}\n`);
    }
  }
  return { documents, skipped };
}

async function listTml(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new TriangulateError(ErrorCode.InputNotFound, `the TimeML folder ${dir} does not exist`, dir);
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".tml"))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** Parses one TimeML document; throws an Error saying what is wrong when it does not parse. */
export function parseTimeml(xml: string, file = "input"): TimemlDocument {
  const dct = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml);
  const dctValue = dct ? attributes(dct[1] ?? "").value : undefined;
  const day = dctValue?.slice(0, 10);
  if (day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error("no DCT day (YYYY-MM-DD)");
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!body) throw new Error("no <TEXT> element");
  const { text, timexes } = scanText(body[1] ?? "");
  return { file, dct: day, text, timexes };
}

interface OpenTimex {
  readonly start: number;
  readonly type: TimexType;
  readonly value: string;
}

/** Walks the markup of <TEXT>: drops tags, decodes entities, and records TIMEX3 offsets in the plain text. */
function scanText(markup: string): { text: string; timexes: Timex[] } {
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->/g;
  let text = "";
  let last = 0;
  const open: string[] = [];
  const timexStack: OpenTimex[] = [];
  const timexes: Timex[] = [];
  for (let m = tag.exec(markup); m !== null; m = tag.exec(markup)) {
    text += plain(markup.slice(last, m.index));
    last = tag.lastIndex;
    const [, closing, name, attrs, selfClosing] = m;
    if (name === undefined || selfClosing === "/") continue;
    if (closing !== "/") {
      open.push(name);
      if (name === "TIMEX3") timexStack.push(openTimex(attrs ?? "", text.length));
      continue;
    }
    if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
    if (name === "TIMEX3") {
      const t = timexStack.pop() as OpenTimex;
      timexes.push({
        start: t.start,
        end: text.length,
        text: text.slice(t.start),
        type: t.type,
        value: t.value,
      });
    }
  }
  if (open.length > 0) throw new Error(`unclosed <${open[open.length - 1]}>`);
  text += plain(markup.slice(last));
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, timexes };
}

function openTimex(attrs: string, start: number): OpenTimex {
  const a = attributes(attrs);
  if (a.type === undefined || !TYPES.has(a.type)) throw new Error(`TIMEX3 with type ${a.type ?? "(none)"}`);
  return { start, type: a.type as TimexType, value: a.value ?? "" };
}

function attributes(source: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    result[m[1] as string] = decode(m[2] ?? m[3] ?? "");
  }
  return result;
}

/** Character data between tags: a "<" there is markup the scan did not understand. */
function plain(raw: string): string {
  if (raw.includes("<"))
    throw new Error(`stray markup near ${JSON.stringify(raw.slice(raw.indexOf("<"), 30))}`);
  return decode(raw);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}
