/** Reads feed dates (RFC 822 and ISO 8601) as UTC calendar days, without ever reading the clock. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 822 zone names, in minutes east of UTC; any other name counts as UTC. */
const ZONES: Record<string, number> = {
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822_DATE =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

/**
 * The UTC day (YYYY-MM-DD) of an RFC 822 date ("Tue, 11 Mar 2025 23:30:00 -0500" → 2025-03-12) or an
 * ISO 8601 / RFC 3339 one; a date without a time is taken as written, one without a zone as UTC.
 * Null for anything else. Never looks at the clock.
 */
export function parseFeedDate(value: string | null): string | null {
  const text = value?.trim() ?? "";
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return utcDay(Number(y), Number(mo), Number(d), [h, mi, s], isoOffset(zone));
  }
  const rfc = RFC822_DATE.exec(text);
  if (!rfc) return null;
  const [, d, monthName, y, h, mi, s, zone] = rfc;
  const month = MONTHS.indexOf((monthName ?? "").slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const year = y?.length === 2 ? 2000 + Number(y) - (Number(y) >= 50 ? 100 : 0) : Number(y);
  return utcDay(year, month, Number(d), [h, mi, s], rfcOffset(zone));
}

function isoOffset(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

function rfcOffset(zone: string | undefined): number {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) return isoOffset(zone);
  return ZONES[zone.toUpperCase()] ?? 0;
}

/** The UTC day of a local date and time `offset` minutes east of UTC; null for an impossible date. */
function utcDay(year: number, month: number, day: number, time: (string | undefined)[], offset: number) {
  const [hour, minute, second] = time.map((t) => Number(t ?? "0")) as [number, number, number];
  if (hour > 24 || minute > 59 || second > 60) return null;
  const midnight = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; such a date is rejected instead.
  if (midnight.getUTCDate() !== day || midnight.getUTCMonth() !== month - 1) return null;
  const instant = midnight.getTime() + ((hour * 60 + minute - offset) * 60 + second) * 1000;
  return new Date(instant).toISOString().slice(0, 10);
}
