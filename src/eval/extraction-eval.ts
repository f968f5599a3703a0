/** `triangulate eval extraction DIR`: scores article extraction on the Scrapinghub or the trafilatura layout. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, TriangulateError } from "../model/errors.js";
import { type ExtractionScores, evaluateScrapinghub } from "./scrapinghub-eval.js";
import { evaluateSnippets, type SnippetScores } from "./snippet-eval.js";

export async function evaluateExtraction(dir: string): Promise<ExtractionScores | SnippetScores> {
  if (existsSync(join(dir, "ground-truth.json"))) return evaluateScrapinghub(dir);
  if (existsSync(join(dir, "evaldata.json"))) {
    return evaluateSnippets(dir);
  }
  throw new TriangulateError(
    ErrorCode.Usage,
    `expected ${dir} to hold ground-truth.json (Scrapinghub layout) or evaldata.json (trafilatura layout), found neither`,
    dir,
  );
}
