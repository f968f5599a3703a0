/** Invented news reports (a warehouse fire in the fictional harbour town of Port Wren) and a temp-dir helper, for tests. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawReport } from "../model/document.js";

/** The body of the Tribune report: what its cleaned text should be once masthead and headline are set apart. */
export const TRIBUNE_BODY = [
  "A fire swept through a timber warehouse on the north quay of Port Wren harbour late on Thursday, the town's fire brigade said. At least 40 firefighters fought the flames for six hours before bringing them under control.",
  '"The wind carried sparks across the whole quay," said brigade chief Maren Tolly. Two fishing boats moored nearby were damaged.',
  "Police said the cause of the fire was not yet known.",
].join("\n\n");

/** A plain-text report: masthead, headline, then the body. */
export const TRIBUNE_TXT = `Port Wren Tribune\n\nFire destroys warehouse on Port Wren harbour\n\n${TRIBUNE_BODY}\n`;

/** A Markdown report with a heading, bold text and a link. */
export const GAZETTE_MD = `# Harbour blaze leaves quay in ruins

The north quay of **Port Wren** was still smouldering on Friday after a fire destroyed a timber warehouse overnight, officials said.

Brigade chief Maren Tolly told reporters that about 40 firefighters had worked through the night. "The wind carried sparks across the whole quay," she said.

The harbour will stay closed to fishing boats until Monday, the [harbour master](https://gazette.example/harbour) said.
`;

/** The Gazette report's cleaned text: heading gone, Markdown reduced to its words. */
export const GAZETTE_BODY = [
  "The north quay of Port Wren was still smouldering on Friday after a fire destroyed a timber warehouse overnight, officials said.",
  'Brigade chief Maren Tolly told reporters that about 40 firefighters had worked through the night. "The wind carried sparks across the whole quay," she said.',
  "The harbour will stay closed to fishing boats until Monday, the harbour master said.",
].join("\n\n");

/** One wire record as a .jsonl line would carry it. */
export const WIRE_RECORD = {
  id: "wire-1",
  outlet: "Coastline Wire",
  title: "Crews contain blaze at Port Wren quay",
  published: "2031-03-14T09:00:00Z",
  text: "Firefighters contained a blaze at a timber warehouse on the north quay of Port Wren on Friday morning, the harbour master said. Two fishing boats were damaged and the warehouse roof collapsed. Nobody was hurt, according to the Port Wren fire brigade.",
} as const;

/** Runs `work` with a fresh temp folder, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "triangulate-test-"));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A plain-text report as a reader would give it, for tests that start after reading. */
export function rawReport(id: string, text: string, published: string | null = null): RawReport {
  return {
    id,
    input: `${id}.txt`,
    format: "text",
    text,
    title: null,
    outlet: null,
    url: null,
    published,
    publishedBasis: published ? "given" : null,
    captions: [],
  };
}
