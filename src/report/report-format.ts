/** Plain-text formatting shared by the Markdown, HTML and terminal renderers (no escaping here). */
import type {
  Claim,
  Copy,
  Dispute,
  Evidence,
  ReportEntry,
  Story,
  TriangulateReport,
} from "../model/report-schema.js";

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A count with its noun, pluralised when needed: "1 report", "3 reports", "2 stories". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** A number formatted the same way everywhere (en-US grouping, at most two decimals). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** The value with its qualifier, e.g. "at least 14"; "exactly" is left implicit. */
export function qualifiedValue(claim: Claim): string {
  // A vague figure ("several", "dozens") is shown as the range it stands for.
  const value =
    claim.low !== claim.high
      ? `${formatNumber(claim.low)} to ${formatNumber(claim.high)}`
      : formatNumber(claim.value);
  return claim.qualifier === "exactly" ? value : `${claim.qualifier} ${value}`;
}

/** The figure as carried, e.g. "at least 14 people". */
export function formatFigure(claim: Claim): string {
  return `${qualifiedValue(claim)} ${claim.unit}`.trim();
}

/** Who the figure is attributed to and through whom, e.g. "Hamza al-Khatib via Reuters". */
export function sourceLabel(claim: Claim): string {
  const who = claim.attributedTo ?? "unattributed";
  return claim.via ? `${who} via ${claim.via}` : who;
}

/** The citation label of an evidence span, e.g. "r1:120-180". */
export function citationLabel(evidence: Evidence): string {
  return `${evidence.report}:${evidence.start}-${evidence.end}`;
}

/** A one-line label for a report: "r1 — Outlet: Title", leaving out what is unknown. */
export function reportLabel(entry: ReportEntry | undefined, id: string): string {
  if (!entry) return id;
  const parts = [entry.outlet, entry.title].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `${id} — ${parts.join(": ")}` : id;
}

/** Looks reports up by id. */
export function reportsById(report: TriangulateReport): Map<string, ReportEntry> {
  return new Map(report.reports.map((entry) => [entry.id, entry]));
}

/** One value of a dispute with the claims (in the story) that carry it. */
export interface DisputeValue {
  readonly value: number;
  readonly claims: readonly Claim[];
}

/** Groups a dispute's claims by value, in the order of `dispute.values` (values seen only on claims last). */
export function disputeValues(story: Story, dispute: Dispute): DisputeValue[] {
  const claims = dispute.claims
    .map((id) => story.claims.find((claim) => claim.id === id))
    .filter((claim): claim is Claim => claim !== undefined);
  const values = [...dispute.values];
  for (const claim of claims) if (!values.includes(claim.value)) values.push(claim.value);
  return [...new Set(values)].map((value) => ({
    value,
    claims: claims.filter((claim) => claim.value === value),
  }));
}

/** Removes duplicates while keeping first-seen order. */
export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** "4 reports, 4 independent sources", with "; a later phase of story s1" when it continues one. */
export function storyCounts(story: Story): string {
  const counts = `${plural(story.reports.length, "report")}, ${plural(story.independentSources, "independent source")}`;
  return story.phaseOf ? `${counts}; a later phase of story ${story.phaseOf}` : counts;
}

/** The first passage two copies share, as the first report gives it, cut to about 100 characters. */
export function sharedText(copy: Copy): string {
  const text = (copy.evidence[0]?.text ?? "").replace(/\s+/g, " ").trim();
  return text.length > 100 ? `${text.slice(0, 97).replace(/\s+\S*$/, "")}…` : text;
}
