/** Recognises credit lines ("Source: Agence France Presse", "TRTWorld and agencies") and the outlet they name. */

export interface CreditLine {
  readonly credit: string;
  /** The outlet a credit names as the publisher ("TRTWorld and agencies" names TRTWorld), if any. */
  readonly outlet: string | null;
}

const WIRES =
  "reuters|afp|ap|associated press|agence france[- ]presse|dpa|xinhua|anadolu( agency)?|efe|ansa|pti|upi";

export function creditLine(paragraph: string): CreditLine | null {
  const p = paragraph.trim();
  if (p.split(/\s+/).length > 12) return null;
  const source = /^(?:source|sources|credit|via)\s*:\s*(.+?)\.?$/i.exec(p);
  if (source) return { credit: source[1] as string, outlet: null };
  const agencies = /^(.{2,40}?)\s+(?:and|with|&)\s+(?:agencies|wires|news agencies)\.?$/i.exec(p);
  if (agencies) return { credit: p, outlet: (agencies[1] as string).trim() };
  if (new RegExp(`^\\(?(?:${WIRES})\\)?\\.?$`, "i").test(p))
    return { credit: p.replace(/[().]/g, ""), outlet: null };
  if (new RegExp(`^with (?:${WIRES})(?:\\s*(?:and|,)\\s*(?:${WIRES}))*\\.?$`, "i").test(p))
    return { credit: p, outlet: null };
  if (/^(?:additional )?(?:reporting|writing|editing) by\s+\S/i.test(p)) return { credit: p, outlet: null };
  if (/^(?:compiled|written|edited) by\s+\S/i.test(p)) return { credit: p, outlet: null };
  return null;
}

/** "Copyright © 2012 Naharnet.com. All Rights Reserved." names Naharnet. */
export function copyrightOutlet(paragraph: string): string | null {
  const m =
    /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([A-Z][\w&'. -]{1,40}?)(?:\.com|\.net|\.org|\.co\.uk)?\s*[.,]?\s*(?:all rights reserved|$)/i.exec(
      paragraph.trim(),
    );
  const name = m?.[1]?.trim();
  if (!name || /^(copyright|all rights)/i.test(name)) return null;
  return name;
}

const WIRE_NAMES: readonly [RegExp, string][] = [
  [/\breuters\b/i, "Reuters"],
  [/\b(?:afp|agence france[- ]presse)\b/i, "AFP"],
  [/\bAP\b/, "AP"],
  [/\bassociated press\b/i, "AP"],
  [/\bdpa\b/i, "dpa"],
  [/\bxinhua\b/i, "Xinhua"],
  [/\banadolu\b/i, "Anadolu Agency"],
  [/\befe\b/i, "EFE"],
  [/\bansa\b/i, "ANSA"],
  [/\bpti\b/i, "PTI"],
  [/\bupi\b/i, "UPI"],
];

/**
 * The wire agencies a credit names, by their usual names ("Source: Agence France Presse" → ["AFP"]). A byline
 * ("Reporting by Efe Kerem", "Editing by Ansa Khan") names people, never a wire.
 */
export function wireAgencies(credit: string): string[] {
  if (/^(?:additional )?(?:reporting|writing|editing|compiled|written|edited) by\b/i.test(credit.trim()))
    return [];
  return [...new Set(WIRE_NAMES.filter(([pattern]) => pattern.test(credit)).map(([, name]) => name))];
}
