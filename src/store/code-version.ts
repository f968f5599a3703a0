/** Digests of the code and models that made stored results, so a store reuses them only while those are unchanged. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The installed version of each runtime dependency and the Unicode data the regexes and segmenter use. */
function runtimeVersions(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    version: string;
    dependencies?: Record<string, string>;
  };
  const require = createRequire(join(ROOT, "package.json"));
  const installed = Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => {
      try {
        return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
      } catch {
        return `${name}@?`; // a package that does not export its package.json: its range stands for it
      }
    });
  const { icu, unicode } = process.versions;
  return [manifest.version, ...installed, `icu@${icu}`, `unicode@${unicode}`].join("\n");
}

/** Every file under `dir` (links followed), sorted by path, so the digest does not depend on directory order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((f) => !f.endsWith(".test.js") && !f.endsWith(".map"))
    .sort();
}

/** Each file's own digest, read once however many versions include it. */
const fileDigests = new Map<string, string>();

function fileDigest(file: string): string {
  let known = fileDigests.get(file);
  if (known === undefined) {
    known = createHash("sha256").update(readFileSync(file)).digest("hex");
    fileDigests.set(file, known);
  }
  return known;
}

function digest(paths: readonly string[]): string {
  const hash = createHash("sha256");
  hash.update(runtimeVersions());
  for (const file of paths.flatMap((p) =>
    p.endsWith(".js") ? [join(ROOT, p)] : filesUnder(join(ROOT, p)),
  )) {
    hash.update(`\0${relative(ROOT, file)}\0${fileDigest(file)}`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The version of stored annotations: the compiled clean and annotate stages, the model types, the pipeline that
 * runs them, the shipped models, the dependencies and Unicode data. Computed when the module loads, so a
 * process that outlives an upgrade keeps the digest of the code it runs.
 */
export const ANNOTATION_VERSION = digest([
  "dist/clean",
  "dist/annotate",
  "dist/model",
  "dist/pipeline.js",
  "models",
]);

/** The version of a stored analysis: all of the compiled code, the models and the dependencies. */
export const ANALYSIS_VERSION = digest(["dist", "models"]);
