/** Renames a story and every id inside it, for a story carried from one analysis to another. */
import type { Story } from "../model/report-schema.js";

/**
 * The story under its new id (`ids` maps old story ids to new; a story not in it keeps its id), with every id
 * inside it that begins with its old id ("s3-e1", claims, groups, disputes, quotes) and its `phaseOf` renamed to match.
 */
export function renameStory(story: Story, ids: ReadonlyMap<string, string>): Story {
  const id = ids.get(story.id) ?? story.id;
  const prefix = `${story.id}-`;
  const sub = (x: string) => (x.startsWith(prefix) ? `${id}-${x.slice(prefix.length)}` : x);
  return {
    ...story,
    id,
    phaseOf: story.phaseOf === null ? null : (ids.get(story.phaseOf) ?? story.phaseOf),
    entities: story.entities.map((e) => ({ ...e, id: sub(e.id) })),
    claims: story.claims.map((c) => ({
      ...c,
      id: sub(c.id),
      partOf: c.partOf === null ? null : sub(c.partOf),
    })),
    claimGroups: story.claimGroups.map((g) => ({ ...g, id: sub(g.id), claims: g.claims.map(sub) })),
    disputes: story.disputes.map((d) => ({ ...d, id: sub(d.id), claims: d.claims.map(sub) })),
    quotes: story.quotes.map((q) => ({
      ...q,
      id: sub(q.id),
      speakerEntity: q.speakerEntity === null ? null : sub(q.speakerEntity),
    })),
  };
}
