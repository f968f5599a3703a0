/** What changed between two analyses of a store: new stories, new reports in a story, new or changed disputes. */
import type { Story, TriangulateReport } from "../model/report-schema.js";

/** One line per change, in story order. A story is matched to the earlier story it shares most reports with. */
export function describeChanges(before: TriangulateReport | null, after: TriangulateReport | null): string[] {
  const lines: string[] = [];
  for (const story of after?.stories ?? []) {
    const earlier = matching(before?.stories ?? [], story);
    if (!earlier) {
      lines.push(`new story ${story.id}: ${story.title} (${story.reports.length} reports)`);
      lines.push(
        ...story.claimGroups
          .filter((g) => g.status === "differ")
          .map((g) => `new dispute in ${story.id}: ${g.question} ${g.low} to ${g.high}`),
      );
      continue;
    }
    const known = new Set(earlier.reports);
    const fresh = story.reports.filter((id) => !known.has(id));
    if (fresh.length > 0)
      lines.push(
        `new report${fresh.length > 1 ? "s" : ""} in ${story.id} (${story.title}): ${fresh.join(", ")}`,
      );
    const was = new Map(earlier.claimGroups.filter((g) => g.status === "differ").map((g) => [g.question, g]));
    for (const g of story.claimGroups.filter((x) => x.status === "differ")) {
      const old = was.get(g.question);
      if (!old) lines.push(`new dispute in ${story.id}: ${g.question} ${g.low} to ${g.high}`);
      else if (old.low !== g.low || old.high !== g.high)
        lines.push(
          `dispute changed in ${story.id}: ${g.question} ${old.low} to ${old.high} → ${g.low} to ${g.high}`,
        );
    }
  }
  return lines;
}

function matching(stories: readonly Story[], story: Story): Story | null {
  const ids = new Set(story.reports);
  let best: Story | null = null;
  let shared = 0;
  for (const s of stories) {
    const n = s.reports.filter((id) => ids.has(id)).length;
    if (n > shared) [best, shared] = [s, n];
  }
  return best;
}
