/** Calendar arithmetic on YYYY-MM-DD days for TimeML values: ISO weeks, quarters, month and year shifts. */
import { addDays, weekday } from "./chrono-reference.js";

export { addDays, weekday };

/** English month names, January first. */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function parts(day: string): [number, number, number] {
  return day.split("-").map(Number) as [number, number, number];
}

export function yearOf(day: string): number {
  return parts(day)[0];
}

/** ISO 8601 week value of a day, e.g. "2016-W38". */
export function isoWeek(day: string): string {
  const iso = (weekday(day) + 6) % 7;
  const thursday = addDays(day, 3 - iso);
  const [y] = parts(thursday);
  const first = `${y}-01-01`;
  const dayOfYear = Math.round((Date.UTC(...ymd(thursday)) - Date.UTC(...ymd(first))) / 86_400_000);
  return `${y}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

function ymd(day: string): [number, number, number] {
  const [y, m, d] = parts(day);
  return [y, m - 1, d];
}

/** The month `offset` months from the day's month, as "YYYY-MM". */
export function shiftMonth(day: string, offset: number): string {
  const [y, m] = parts(day);
  const index = y * 12 + (m - 1) + offset;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** Quarter number (1-4) of a day. */
export function quarterOf(day: string): number {
  return Math.floor((parts(day)[1] - 1) / 3) + 1;
}

/** The quarter `offset` quarters from the day's quarter, as "YYYY-QN". */
export function shiftQuarter(day: string, offset: number): string {
  const index = yearOf(day) * 4 + (quarterOf(day) - 1) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function formatDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The first and last day a TimeML DATE value covers, for a day, an ISO week or a month; null for coarser values. */
export function dayRange(value: string): { from: string; until: string } | null {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (day) return { from: day, until: day };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds January 4th; its Monday starts the count.
    const jan4 = `${week[1]}-01-04`;
    const monday = addDays(addDays(jan4, -((weekday(jan4) + 6) % 7)), 7 * (Number(week[2]) - 1));
    return { from: monday, until: addDays(monday, 6) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return { from: formatDay(y, m, 1), until: formatDay(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
  }
  return null;
}
