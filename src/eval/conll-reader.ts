/** Reads CoNLL-2003 NER files (`token POS chunk NER` a line, IOB1 or IOB2) into sentences with IOB2 tags. */
import { readFile } from "node:fs/promises";
import { ErrorCode, TriangulateError } from "../model/errors.js";

export interface ConllSentence {
  readonly tokens: string[];
  readonly tags: string[];
}

/** The tags the reader accepts: O, or B-/I- with a type. */
const TAG = /^(?:O|[BI]-\S+)$/;

/** Reads FILE; a missing or unreadable file, a malformed line or a file without sentences is a TriangulateError. */
export async function readConll(file: string): Promise<ConllSentence[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    throw new TriangulateError(ErrorCode.InputNotFound, `the CoNLL file ${file} ${reason}`, file);
  }
  const sentences = parseConll(text, file);
  if (sentences.length === 0) {
    throw new TriangulateError(ErrorCode.EmptyInput, `expected sentences in ${file}, found none`, file);
  }
  return sentences;
}

/**
 * Parses CoNLL text: the first field is the token, the last the NER tag; blank lines end sentences and
 * `-DOCSTART-` lines (which end one too) are skipped. Tags come back as IOB2 (see `toIob2`).
 */
export function parseConll(text: string, source = "input"): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: toIob2(tags) });
    tokens = [];
    tags = [];
  };
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const fields = line.trim().split(/\s+/);
    const token = fields[0] ?? "";
    if (token === "" || token === "-DOCSTART-") {
      flush();
      continue;
    }
    const tag = fields[fields.length - 1] as string;
    if (fields.length < 2 || !TAG.test(tag)) {
      throw new TriangulateError(
        ErrorCode.UnsupportedFormat,
        `expected "token ... NER-tag" with an O, B-X or I-X tag at ${source}:${index + 1}, found ${JSON.stringify(line.slice(0, 60))}`,
        source,
      );
    }
    tokens.push(token);
    tags.push(tag);
  }
  flush();
  return sentences;
}

/**
 * IOB1 to IOB2: an I-X that starts an entity (at the sentence start, after O or after another type) becomes
 * B-X. IOB2 input comes back unchanged.
 */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith("I-")) return tag;
    const type = tag.slice(2);
    const previous = i === 0 ? "O" : (tags[i - 1] as string);
    return previous === `B-${type}` || previous === `I-${type}` ? tag : `B-${type}`;
  });
}
