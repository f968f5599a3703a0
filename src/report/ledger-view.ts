/** The claim ledger as the Markdown and HTML reports lay it out: one block per group, sub-counts under their figure. */
import type { Claim, ClaimGroup, Story } from "../model/report-schema.js";
import { formatFigure, formatNumber } from "./report-format.js";

export interface LedgerBlock {
  /** "How many people were killed? (main event) — figures differ: 14 to 45, from 4 sources". */
  readonly heading: string;
  readonly status: ClaimGroup["status"];
  readonly rows: readonly { readonly claim: Claim; readonly figure: string }[];
}

const STATUS_WORDS: Readonly<Record<ClaimGroup["status"], string>> = {
  differ: "figures differ",
  revised: "one source's figure, revised",
  "roughly agree": "figures roughly agree",
  agree: "figures agree",
  single: "one figure",
};

/** "at least 409 civilians (including 45 children)": a figure with the sub-counts that point to it. */
function figureWithParts(claim: Claim, claims: readonly Claim[]): string {
  const parts = claims.filter((c) => c.partOf === claim.id).map(formatFigure);
  return `${formatFigure(claim)}${parts.length > 0 ? ` (including ${parts.join(", ")})` : ""}`;
}

/** Blocks in the story's group order (disputes first), then the figures no group holds. */
export function ledgerBlocks(story: Story): LedgerBlock[] {
  const byId = new Map(story.claims.map((c) => [c.id, c]));
  const grouped = new Set(story.claimGroups.flatMap((g) => g.claims));
  const blocks: LedgerBlock[] = story.claimGroups.map((g) => {
    const range =
      g.low === g.high ? formatNumber(g.low) : `${formatNumber(g.low)} to ${formatNumber(g.high)}`;
    const sources = g.sources === 1 ? "1 source" : `${g.sources} sources`;
    return {
      heading: `${g.question} — ${STATUS_WORDS[g.status]}: ${range}, from ${sources}`,
      status: g.status,
      rows: g.claims.flatMap((id) => {
        const claim = byId.get(id);
        return claim ? [{ claim, figure: figureWithParts(claim, story.claims) }] : [];
      }),
    };
  });
  const loose = story.claims.filter((c) => !grouped.has(c.id) && !(c.partOf && byId.has(c.partOf)));
  if (loose.length > 0) {
    blocks.push({
      heading: "Other figures (additions and parts of figures not stated)",
      status: "single",
      rows: loose.map((claim) => ({ claim, figure: figureWithParts(claim, story.claims) })),
    });
  }
  return blocks;
}
