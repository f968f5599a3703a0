/** Formats a bench outcome as the human-readable tables printed by `npm run bench`. */
import type { BCubedScore } from "./bcubed.js";
import type { Outcome } from "./bench-suite.js";

const STAGE_ORDER = ["ingest", "clean", "annotate", "link", "summarize"] as const;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

function overview(o: Outcome): string[] {
  const sources = Object.entries(o.sources)
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");
  const run = o.run;
  const codes = Object.entries(run.problemCodes)
    .map(([code, n]) => ` ${code} ${n}`)
    .join(",");
  return [
    `Triangulate bench (${o.environment.node}, ${o.environment.platform}, ${o.environment.cpus} CPUs)`,
    `data: ${o.dataDir} (${sources})`,
    "",
    "Full corpus, first (cold) analysis in this process",
    `reports:          ${run.reports} (${run.analysed} analysed, ${run.problems} problems${codes ? `:${codes}` : ""})`,
    `stories:          ${run.stories}`,
    `total:            ${(run.totalMs / 1000).toFixed(2)} s`,
    `throughput:       ${run.reportsPerSecond.toFixed(1)} reports/s`,
    `peak RSS:         ${o.memory.peakRssMb.toFixed(1)} MB (process maxRSS after the full run)`,
    `V8 heap used:     ${o.memory.heapUsedMb.toFixed(1)} MB (at the end of the full run)`,
  ];
}

function stages(o: Outcome): string[] {
  const rows = STAGE_ORDER.map((stage) => {
    return [stage, o.run.stageMs[stage].toFixed(0), `${o.run.stagePercent[stage].toFixed(1)}%`];
  });
  rows.push(["total", o.run.totalMs.toFixed(0), "100.0%"]);
  return [
    "Stages (ingest = total wall time minus the four timed stages: file reading, JSON parsing, set-up, output)",
    ...table(["stage", "ms", "% of total"], rows),
  ];
}

function clustering(o: Outcome): string[] {
  const row = (name: string, s: BCubedScore) => [
    name,
    String(s.items),
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
  ];
  const rows = Object.entries(o.clustering.bySource).map(([name, score]) => row(name, score));
  rows.push(row("combined", o.clustering.combined));
  for (const [name, score] of Object.entries(o.clustering.singletons))
    rows.push(row(`${name} (baseline: singletons)`, score));
  const note =
    o.clustering.unclustered > 0
      ? `; ${o.clustering.unclustered} reports in no story scored as singletons`
      : "";
  return [
    `Story clustering vs gold "story" labels, BCubed (per source: clusters cut to that source's reports${note})`,
    ...table(["source", "reports", "precision", "recall", "F1"], rows),
  ];
}

function scaling(o: Outcome): string[] {
  const rows = o.scaling.map((r) => {
    return [
      `${(r.share * 100).toFixed(0)}%`,
      String(r.reports),
      (r.totalMs / 1000).toFixed(2),
      r.reportsPerSecond.toFixed(1),
      `${r.timeVsFirst.toFixed(2)}x`,
      `${r.nLogNVsFirst.toFixed(2)}x`,
    ];
  });
  return [
    "Scaling (first share of each source, each from a fresh temporary corpus, run after the full one; time should grow no faster than n log n)",
    ...table(["share", "reports", "seconds", "reports/s", "time vs first", "n log n vs first"], rows),
  ];
}

export function formatHuman(o: Outcome): string {
  return [overview(o), stages(o), clustering(o), scaling(o)].map((part) => part.join("\n")).join("\n\n");
}
