/** Canonical names for names written several ways ("Russian Federation" is Russia; "UN" is the United Nations). */

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
  un: "United Nations",
  "u.n.": "United Nations",
  "united nations": "United Nations",
  eu: "European Union",
  "european union": "European Union",
};

/** The canonical form of a known alias, or null when the name is not one. */
export function canonicalName(name: string): string | null {
  return ALIASES[name.toLowerCase()] ?? null;
}
