/** Builds chrono-node reference instants from calendar days, and reads chrono results back as calendar days. */
import type { ParsedComponents } from "chrono-node";

/**
 * chrono reads its reference with local-time getters, so the reference is built at local noon of the day:
 * that day is then the same in every time zone the process may run in.
 */
export function referenceInstant(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function componentsDay(c: ParsedComponents): string {
  const y = c.get("year") as number;
  const m = c.get("month") as number;
  const d = c.get("day") as number;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Adds `days` to a YYYY-MM-DD day, in UTC calendar arithmetic. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday, of a YYYY-MM-DD day. */
export function weekday(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
