/** Test helpers for the crash tests: invented reports, a seeded random source, and a CLI run killed on a timer. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOWNS = ["Orvane", "Brenn", "Korvel", "Hestmoor", "Tarvesk", "Vell", "Lune", "Kell", "Marro", "Sedd"];
const EVENTS = ["flood", "fire", "landslide", "storm", "blast"];

/** Invented report `i`: events of five reports each (a town and what hit it), with differing tolls. */
export function inventedReport(i: number): string {
  const event = Math.floor(i / 5);
  const town = TOWNS[event % TOWNS.length] as string;
  const what = EVENTS[Math.floor(event / TOWNS.length) % EVENTS.length] as string;
  const toll = 3 + ((event * 7 + (i % 5) * 2) % 20);
  return [
    `A ${what} hit the town of ${town} on Monday, event ${event}, and rescue teams searched the ruins through the night.`,
    `The ${town} relief office said ${toll} people were killed by the ${what}, report ${i}.`,
  ].join("\n\n");
}

/** A deterministic random source in [0, 1) (a linear congruential generator), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Runs `bin/triangulate` with `args`, killed with SIGKILL after `ms` (null: never); resolves to its exit code. */
export function cliKilledAfter(args: readonly string[], ms: number | null): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/triangulate", ...args], { cwd: ROOT, stdio: "ignore" });
    const timer = ms === null ? null : setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
}
