/** A small hand-made TriangulateReport (invented events) used by the report-stage tests. */
import type { Evidence, TriangulateReport } from "../model/report-schema.js";

export const XSS_SCRIPT = "<script>alert(1)</script>";
export const XSS_ATTR = '"><img src=x onerror=alert(1)>';

const TEXT_R1 =
  "MARROWBY, March 3 (Northwire) - A flash flood swept through the river district of Marrowby on Sunday, " +
  "killing at least 14 people, the Regional Fire Service said.\n\nMayor Tilde Orsk said 20 people had died. " +
  '"The water came faster than anyone expected," Orsk told reporters. Local doctor Ana Petrel told ' +
  "Northwire that as many as 45 people were killed.";

const TEXT_R2 =
  "At least 14 people died when the Kessel river burst its banks on Sunday, according to the Regional " +
  "Fire Service. The mayor's office put the toll at 20. \"The water came faster than anyone could have " +
  `expected," Mayor Tilde Orsk said. One resident posted: "Help us ${XSS_SCRIPT} now". ` +
  `Rescue crews | volunteers searched the district ${XSS_ATTR} on Monday.`;

const TEXT_R3 = "The Saltgate harbour bridge reopened to traffic on Tuesday after eight months of repairs.";

const TEXTS: Readonly<Record<string, string>> = { r1: TEXT_R1, r2: TEXT_R2, r3: TEXT_R3 };

/** Evidence for the first occurrence of `needle` in a report's text (throws if it is absent). */
export function ev(report: string, needle: string, withText = true): Evidence {
  const start = TEXTS[report]?.indexOf(needle) ?? -1;
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in ${report}`);
  const span = { report, start, end: start + needle.length };
  return withText ? { ...span, text: needle } : span;
}

/** Spans in r1 that nest (summary ⊃ crossing pair) and cross (A and B overlap without containment). */
export const NESTED_SUMMARY = ev(
  "r1",
  "A flash flood swept through the river district of Marrowby on Sunday, killing at least 14 people",
);
export const CROSSING_A = ev("r1", "Marrowby on Sunday, killing at least 14 people");
export const CROSSING_B = ev("r1", "at least 14 people, the Regional Fire Service said");
/** A span no other span touches, in r2. */
export const LONE_SPAN = ev("r2", "The mayor's office put the toll at 20");

function claim(id: string, value: number, qualifier: "exactly" | "at least" | "as many as", who: string) {
  return {
    id,
    measure: "killed",
    value,
    qualifier,
    unit: "people",
    scope: "main event",
    place: "Marrowby",
    attributedTo: who,
    low: value,
    high: value,
    date: "2031-03-03",
    partOf: null,
  };
}

export const fixtureReport: TriangulateReport = {
  schema: "triangulate.report/1",
  reports: [
    {
      id: "r1",
      input: "inputs/northwire.txt",
      outlet: "Northwire",
      outletBasis: "dateline",
      title: "Flash flood kills at least 14 in Marrowby",
      url: "https://example.com/northwire/flood",
      credits: ["Reporting by Ida Brenn"],
      published: { date: "2031-03-03", after: null, before: null, basis: "dateline" },
      text: TEXT_R1,
      removed: [{ text: "Sign up for our newsletter", reason: "newsletter prompt" }],
      captions: ["Rescuers wade through the river district."],
      metadata: [],
    },
    {
      id: "r2",
      input: "inputs/feed.jsonl:2",
      outlet: `Valley Courier${XSS_ATTR}`,
      outletBasis: "jsonl field",
      title: `${XSS_SCRIPT} Marrowby flood toll rises`,
      url: null,
      credits: [],
      published: { date: null, after: "2031-03-03", before: null, basis: "jsonl field" },
      text: TEXT_R2,
      removed: [{ text: `${XSS_SCRIPT}Subscribe now`, reason: `share bar ${XSS_ATTR}` }],
      captions: [`Photo: ${XSS_ATTR}`],
      metadata: [],
    },
    {
      id: "r3",
      input: "inputs/bridge.txt",
      outlet: null,
      outletBasis: "none",
      title: null,
      url: null,
      credits: [],
      published: { date: null, after: null, before: null, basis: "none" },
      text: TEXT_R3,
      removed: [],
      captions: [],
      metadata: [],
    },
  ],
  stories: [
    {
      id: "s1",
      title: "Flash flood in Marrowby",
      reports: ["r1", "r2"],
      independentSources: 2,
      sources: [["r1"], ["r2"]],
      phaseOf: null,
      entities: [
        {
          id: "e1",
          name: "Tilde Orsk",
          type: "person",
          aliases: ["Orsk", "Mayor | Orsk"],
          mentions: [ev("r1", "Tilde Orsk", false)],
        },
        { id: "e2", name: "Marrowby", type: "place", aliases: [], mentions: [ev("r1", "Marrowby")] },
      ],
      claims: [
        {
          ...claim("c1", 14, "at least", "Regional Fire Service"),
          via: null,
          reports: ["r1", "r2"],
          evidence: [CROSSING_B, ev("r2", "At least 14 people died")],
        },
        {
          ...claim("c2", 20, "exactly", "Mayor Tilde Orsk"),
          via: null,
          reports: ["r1", "r2"],
          evidence: [ev("r1", "Mayor Tilde Orsk said 20 people had died"), LONE_SPAN],
        },
        {
          ...claim("c3", 45, "as many as", "Ana Petrel"),
          via: "Northwire",
          reports: ["r1"],
          evidence: [ev("r1", "as many as 45 people were killed", false)],
        },
        {
          id: "c4",
          measure: "volunteers",
          value: 3,
          qualifier: "about",
          unit: "crews | teams",
          scope: "search",
          place: null,
          attributedTo: null,
          via: null,
          reports: ["r2"],
          evidence: [ev("r2", "Rescue crews | volunteers")],
          low: 3,
          high: 9,
          date: null,
          partOf: null,
        },
      ],
      claimGroups: [
        {
          id: "g1",
          question: "How many people were killed?",
          measure: "killed",
          scope: "main event",
          status: "differ",
          claims: ["c1", "c2", "c3"],
          low: 14,
          high: 45,
          sources: 3,
        },
        {
          id: "g2",
          question: "How many crews | teams?",
          measure: "volunteers",
          scope: "search",
          status: "single",
          claims: ["c4"],
          low: 3,
          high: 9,
          sources: 1,
        },
      ],
      disputes: [
        {
          id: "d1",
          question: "How many people were killed?",
          measure: "killed",
          scope: "main event",
          claims: ["c1", "c2", "c3"],
          values: [14, 20, 45],
        },
      ],
      quotes: [
        {
          id: "q1",
          text: "The water came faster than anyone expected",
          speaker: "Tilde Orsk",
          speakerNote: "named",
          speakerEntity: null,
          speakerConflict: false,
          speakers: [{ name: "Tilde Orsk", source: "Tilde Orsk", note: "named", reports: ["r1", "r2"] }],
          via: null,
          reports: ["r1", "r2"],
          variants: ["The water came faster than anyone could have expected"],
          wordings: [
            {
              text: "The water came faster than anyone could have expected",
              reports: ["r2"],
              differences: ["adds “could have”"],
            },
          ],
          evidence: [
            ev("r1", "The water came faster than anyone expected"),
            ev("r2", "The water came faster than anyone could have expected"),
          ],
        },
        {
          id: "q2",
          text: `Help us ${XSS_SCRIPT} now`,
          speaker: XSS_ATTR,
          speakerNote: XSS_ATTR,
          speakerEntity: null,
          speakerConflict: true,
          speakers: [{ name: XSS_ATTR, source: XSS_SCRIPT, note: XSS_ATTR, reports: ["r2"] }],
          via: null,
          reports: ["r2"],
          variants: [XSS_ATTR],
          wordings: [{ text: XSS_ATTR, reports: ["r2"], differences: [XSS_SCRIPT] }],
          evidence: [ev("r2", `Help us ${XSS_SCRIPT} now`)],
        },
      ],
      timeline: [
        {
          date: "2031-03-02",
          until: null,
          happening: null,
          text: "The Kessel river floods the river district of Marrowby.",
          reports: ["r1", "r2"],
          evidence: [CROSSING_A],
        },
      ],
      summary: [
        {
          text: "A flash flood killed at least 14 people in Marrowby on Sunday.",
          evidence: [NESTED_SUMMARY, ev("r2", "At least 14 people died")],
        },
        { text: `Residents pleaded for help: ${XSS_SCRIPT}`, evidence: [ev("r2", `${XSS_SCRIPT} now`)] },
      ],
      comparison: [],
      copies: [{ reports: ["r1", "r2"], kind: "rewrite", similarity: 0.4123, original: "r1", evidence: [] }],
    },
    {
      id: "s2",
      title: "Saltgate bridge reopens",
      reports: ["r3"],
      independentSources: 1,
      sources: [["r3"]],
      phaseOf: "s1",
      entities: [],
      claims: [],
      claimGroups: [],
      disputes: [],
      quotes: [],
      timeline: [],
      summary: [
        {
          text: "The Saltgate harbour bridge reopened on Tuesday.",
          evidence: [ev("r3", "The Saltgate harbour bridge reopened")],
        },
      ],
      comparison: [],
      copies: [],
    },
  ],
  problems: [
    { input: "inputs/empty.txt", code: "empty-text", message: "No article text left after cleaning." },
    { input: `inputs/${XSS_ATTR}.html`, code: "parse | error", message: `Could not parse ${XSS_SCRIPT}` },
  ],
};
