/** analyze end to end on the example corpus (stories, tolls, quotes, copies, summary), plus bad arguments. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { analyze } from "./analyze.js";
import { ErrorCode, TriangulateError } from "./model/errors.js";
import { type Evidence, reportSchema, type Story, type TriangulateReport } from "./model/report-schema.js";

const CORPUS = new URL("../examples/corpus/", import.meta.url).pathname;
const A = [
  "a01-meridian-dam-breach",
  "a02-kell-courier-flood",
  "a03-tarvesk-chronicle-search",
  "a04-harbour-gazette-rewrite",
  "a05-northline-dam-questions",
  "a06-eastgate-families",
  "a07-stonebridge-pm-visit",
];
const B = ["b01-hestmoor-tram-vote", "b02-portside-tram-cost"];

let report: TriangulateReport;
let flood: Story;
let tram: Story;

before(async () => {
  report = await analyze(CORPUS);
  flood = report.stories.find((s) => s.reports.includes(A[0] as string)) as Story;
  tram = report.stories.find((s) => s.reports.includes(B[0] as string)) as Story;
});

const byId = (id: string) => report.reports.find((r) => r.id === id);
const claimsOf = (story: Story, ids: readonly string[]) =>
  ids.map((id) => story.claims.find((c) => c.id === id));

describe("analyze on the example corpus", () => {
  it("writes a valid triangulate.report/1 with no problems", () => {
    assert.doesNotThrow(() => reportSchema.parse(report));
    assert.equal(report.schema, "triangulate.report/1");
    assert.deepEqual(report.problems, []);
    assert.equal(report.reports.length, 9);
  });

  it("groups the seven flood reports into one story and the two tram reports into another", () => {
    assert.equal(report.stories.length, 2);
    assert.deepEqual([...flood.reports].sort(), A);
    assert.deepEqual([...tram.reports].sort(), B);
  });

  it("reads outlet, title and date from masthead, dateline, HTML metadata and jsonl fields", () => {
    const expected: Record<string, [string, string, string | null, string]> = {
      "a01-meridian-dam-breach": ["Meridian Press", "masthead", "2025-03-11", "dateline"],
      "a02-kell-courier-flood": [
        "The Kell Valley Courier",
        "masthead",
        null,
        "none: no date in the input or the text; relative dates read against 2025-03-12, the date of a06-eastgate-families in the same story",
      ],
      "a04-harbour-gazette-rewrite": [
        "The Harbour Gazette",
        "credit line",
        null,
        "none: no date in the input or the text; relative dates read against 2025-03-12, the date of a06-eastgate-families in the same story",
      ],
      "a05-northline-dam-questions": ["Northline News", "input metadata", "2025-03-12", "<time datetime>"],
      "a06-eastgate-families": ["Eastgate Herald", "input metadata", "2025-03-12", "jsonl published field"],
      "b01-hestmoor-tram-vote": ["Hestmoor Evening Post", "masthead", "2025-03-06", "dateline"],
    };
    for (const [id, [outlet, basis, date, dateBasis]] of Object.entries(expected)) {
      const r = byId(id);
      assert.deepEqual(
        [r?.outlet, r?.outletBasis, r?.published.date, r?.published.basis],
        [outlet, basis, date, dateBasis],
        id,
      );
    }
    assert.equal(
      byId("a04-harbour-gazette-rewrite")?.title,
      "Searchers hunt for missing as Orvane tallies toll of dam failure",
    );
    assert.equal(
      byId("a05-northline-dam-questions")?.title,
      "Questions mount over Sarrow Dam as Caldria flood toll is disputed",
    );
  });

  it("removes boilerplate from the text and lists it with a reason", () => {
    const boilerplate =
      /^(Share|Advertisement|Leave a Reply|Sign up for our daily newsletter)$|cookie|Copyright ©|Required fields/m;
    for (const r of report.reports) assert.doesNotMatch(r.text, boilerplate, r.id);
    const a02 = byId("a02-kell-courier-flood");
    assert.deepEqual(
      a02?.removed.map((x) => x.reason),
      ["share bar", "advertisement", "comment form", "comment form", "cookie notice", "masthead"],
    );
  });

  it("keeps captions and credits apart, and captions' dates off the timeline", () => {
    assert.deepEqual(byId("a07-stonebridge-pm-visit")?.captions, [
      "The Sarrow Dam and its reservoir above Orvane, Caldria, during a routine inspection, June 4, 2019.",
    ]);
    assert.deepEqual(byId("a02-kell-courier-flood")?.credits, ["Meridian Press"]);
    assert.deepEqual(byId("a06-eastgate-families")?.credits, ["Eastgate Herald and agencies"]);
    // An undated report's "on Tuesday" is read against its story's latest dated report (Wednesday 12 March).
    assert.ok(
      flood.timeline.some((t) => t.date === "2025-03-11" && t.reports.includes("a02-kell-courier-flood")),
    );
    const days = new Set(flood.timeline.map((t) => t.date));
    assert.deepEqual([...days].sort(), ["2025-03-10", "2025-03-11", "2025-03-12"]);
    assert.deepEqual([...new Set(tram.timeline.map((t) => t.date))], ["2025-03-06"]);
  });

  it("puts the three death tolls side by side, each with its source, and keeps the 1987 toll out", () => {
    const [dispute] = flood.disputes;
    assert.equal(flood.disputes.length, 1);
    assert.equal(dispute?.question, "How many people were killed?");
    assert.deepEqual(dispute?.values, [9, 12, 17]);
    const claims = claimsOf(flood, dispute?.claims ?? []);
    assert.deepEqual(
      claims.map((c) => [c?.value, c?.qualifier, c?.attributedTo, c?.via]),
      [
        [9, "exactly", "Mirela Dastan", null],
        [12, "at least", "Caldrian Relief Society", null],
        [17, "exactly", "Tomas Verel", "Meridian Press"],
      ],
    );
    assert.deepEqual([...(claims[1]?.reports ?? [])].sort(), A);
    const historic = flood.claims.find((c) => c.value === 300);
    assert.equal(historic?.qualifier, "as many as");
    assert.notEqual(historic?.scope, "main event");
  });

  it("finds both tram disputes", () => {
    assert.deepEqual(
      tram.disputes.map((d) => [d.measure, d.values]),
      [
        ["cost", [640_000_000, 900_000_000]],
        ["passengers", [25_000, 40_000]],
      ],
    );
  });

  it("makes the governor's quote one quote carried by six reports, with its variants", () => {
    const quote = flood.quotes.find((q) => q.text.startsWith("Nobody expected the wall"));
    assert.equal(quote?.speaker, "Mirela Dastan");
    assert.equal(quote?.via, "Meridian Press");
    assert.deepEqual([...(quote?.reports ?? [])].sort(), A.slice(0, 6));
    assert.ok(quote?.wordings.some((v) => v.differences.includes("adds “[of the Sarrow Dam]”")));
    assert.ok(quote?.variants.some((v) => v.endsWith("searching for families")));
    assert.ok(quote?.wordings.some((v) => v.differences.some((d) => d.startsWith("ends before"))));
    assert.equal(quote?.speakerConflict, false);
  });

  it("finds the near-verbatim copy and the rewrite, and counts independent sources after collapsing them", () => {
    const kinds = flood.copies.filter((c) => c.kind !== "shared-passage").map((c) => [...c.reports, c.kind]);
    assert.deepEqual(kinds, [
      ["a01-meridian-dam-breach", "a02-kell-courier-flood", "duplicate"],
      ["a03-tarvesk-chronicle-search", "a04-harbour-gazette-rewrite", "rewrite"],
    ]);
    assert.equal(flood.independentSources, 5);
    assert.deepEqual(flood.sources.slice(0, 2), [
      ["a01-meridian-dam-breach", "a02-kell-courier-flood"],
      ["a03-tarvesk-chronicle-search", "a04-harbour-gazette-rewrite"],
    ]);
    assert.equal(flood.sources.length, flood.independentSources);
    assert.equal(tram.independentSources, 2);
  });

  it("resolves entities across outlets", () => {
    const names = new Map(flood.entities.map((e) => [e.name, e.type]));
    assert.equal(names.get("Mirela Dastan"), "person");
    assert.equal(names.get("Meridian Press"), "organization");
    assert.equal(names.get("Orvane"), "place");
  });

  it("writes a summary whose every sentence cites spans, the dispute stated with its sources", () => {
    assert.ok(flood.summary.length >= 2);
    for (const s of flood.summary) assert.ok(s.evidence.length > 0, s.text);
    assert.match(
      flood.summary.map((s) => s.text).join(" "),
      /disagree on how many people were killed: 9 to 17 \(9 from Mirela Dastan, at least 12 from Caldrian Relief Society, 17 from Tomas Verel via Meridian Press\)/,
    );
  });

  it("points every piece of evidence at the text it quotes", () => {
    const texts = new Map(report.reports.map((r) => [r.id, r.text]));
    const all: Evidence[] = report.stories.flatMap((s) => [
      ...s.entities.flatMap((e) => e.mentions),
      ...s.claims.flatMap((c) => c.evidence),
      ...s.quotes.flatMap((q) => q.evidence),
      ...s.timeline.flatMap((t) => t.evidence),
      ...s.summary.flatMap((x) => x.evidence),
      ...s.copies.flatMap((c) => c.evidence),
      ...s.comparison.flatMap((c) => c.evidence),
    ]);
    assert.ok(all.length > 100);
    for (const e of all) {
      const text = texts.get(e.report);
      assert.ok(text !== undefined && e.start < e.end && e.end <= text.length, JSON.stringify(e));
      if (e.text !== undefined) assert.equal(text.slice(e.start, e.end), e.text);
    }
  });

  it("gives the same result on a second run", async () => {
    assert.deepEqual(await analyze(CORPUS), report);
  });
});

describe("analyze called wrongly", () => {
  it("throws a usage error for a non-path argument", async () => {
    await assert.rejects(
      analyze(42 as unknown as string),
      (error: unknown) =>
        error instanceof TriangulateError &&
        error.code === ErrorCode.Usage &&
        /expected a path/.test(error.message),
    );
  });

  it("returns an empty report for an empty folder list", async () => {
    const empty = await analyze([]);
    assert.deepEqual([empty.reports, empty.stories, empty.problems], [[], [], []]);
  });
});
