/** Canonical names for countries written several ways ("Russian Federation" is Russia; "U.S." is the United States). */

const ALIASES: Readonly<Record<string, string>> = {
  "russian federation": "Russia",
  russia: "Russia",
  us: "United States",
  "u.s.": "United States",
  usa: "United States",
  "u.s.a.": "United States",
  "united states": "United States",
  "united states of america": "United States",
  america: "United States",
  uk: "United Kingdom",
  "u.k.": "United Kingdom",
  britain: "United Kingdom",
  "great britain": "United Kingdom",
  "united kingdom": "United Kingdom",
  ny: "New York",
  "new york": "New York",
  "syrian arab republic": "Syria",
  syria: "Syria",
};

/** The canonical name of a country alias, or null when the name is not a known alias. */
export function canonicalPlace(name: string): string | null {
  return ALIASES[name.toLowerCase()] ?? null;
}
