/** The story stream's time gates: whether a report can belong with a story's dated reports, and two stories together. */
import { nearestMonthDay, type StoryFeatures } from "./story-features.js";

/** The days a story's dated reports span (both null when none of them is dated). */
export interface DaySpan {
  readonly firstDay: number | null;
  readonly lastDay: number | null;
}

/**
 * A dated report must fall near the story's dated reports. An undated report must not name a day well
 * after the story's last report: a report about "November 15" was written after a September story ended.
 */
export function inTime(f: StoryFeatures, story: DaySpan, maxDaysApart: number): boolean {
  if (story.firstDay === null || story.lastDay === null) return true;
  const last = story.lastDay;
  if (f.day !== null) return f.day >= story.firstDay - maxDaysApart && f.day <= last + maxDaysApart;
  if (f.after !== null) return f.after <= last + maxDaysApart;
  return f.named.every((named) => nearestMonthDay(named, last) <= last + maxDaysApart);
}

/** Two stories' dated reports lie within maxDaysApart of each other (or one of them has none). */
export function overlap(a: DaySpan, b: DaySpan, maxDaysApart: number): boolean {
  if (a.firstDay === null || a.lastDay === null || b.firstDay === null || b.lastDay === null) return true;
  return b.firstDay <= a.lastDay + maxDaysApart && a.firstDay <= b.lastDay + maxDaysApart;
}
