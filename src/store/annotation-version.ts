/** Names the code and models that annotate reports, so stored annotations are reused only while both are unchanged. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The compiled stages whose output is stored (clean and annotate, and the model types they fill), and the models. */
const INPUTS = ["dist/clean", "dist/annotate", "dist/model", "models"];

let memo: string | null = null;

/**
 * A digest of the compiled clean and annotate stages and of every shipped model: any change to them (a new
 * release, a retrained model, a local edit) gives a new version, and the store annotates its reports again.
 */
export function annotationVersion(): string {
  if (memo !== null) return memo;
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((dir) => filesUnder(join(ROOT, dir)))) {
    if (file.endsWith(".test.js") || file.endsWith(".map")) continue;
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  memo = hash.digest("hex").slice(0, 16);
  return memo;
}

/** Every file under `dir`, sorted by path, so the digest does not depend on directory order. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}
