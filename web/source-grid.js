// Which outlet reported what: one row per report, grouped by independent source, one column per figure asked about.

import { el } from "./dom.js";

const MAX_COLUMNS = 6;

/**
 * How a report stands as a source: the original of its group, a copy of a report (copies list the original
 * first), or a carrier of the same wire story as the group's original.
 */
function standing(report, group, copies) {
  const original = group[0];
  if (report === original) return group.length > 1 ? "independent (original)" : "independent";
  const copy = copies.find((c) => c.kind !== "shared-passage" && c.reports[1] === report);
  return copy ? `${copy.kind} of ${copy.reports[0]}` : `same wire story as ${original}`;
}

/** The figures `report` gives for one claim group, with citations into that report. */
function cell(group, report, claims, cite) {
  const given = group.claims.map((id) => claims.get(id)).filter((c) => c?.reports.includes(report));
  const td = el("td", { class: group.status === "differ" && given.length > 0 ? "differ" : "" });
  for (const c of given) {
    const figure = `${c.qualifier === "exactly" ? "" : `${c.qualifier} `}${c.value}`;
    const [evidence] = c.evidence.filter((e) => e.report === report);
    td.append(
      el(
        "div",
        { class: "figure" },
        document.createTextNode(`${figure}${c.attributedTo ? ` (${c.attributedTo})` : ""} `),
        evidence ? cite(evidence) : null,
      ),
    );
  }
  return td;
}

/** The grid for a story; `reports` are its report entries, `cite` makes a citation button. */
export function sourceGrid(story, reports, cite) {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const claims = new Map(story.claims.map((c) => [c.id, c]));
  const groups = story.claimGroups.slice(0, MAX_COLUMNS);
  const head = el(
    "tr",
    {},
    el("th", { scope: "col", text: "Report" }),
    el("th", { scope: "col", text: "Outlet" }),
    el("th", { scope: "col", text: "As a source" }),
    ...groups.map((g) =>
      el("th", {
        scope: "col",
        class: g.status === "differ" ? "differ" : "",
        text: g.status === "differ" ? `${g.question} (sources differ)` : g.question,
      }),
    ),
  );
  // An analysis saved by an older release may lack `sources`: each report is then its own row group.
  const sources = story.sources ?? story.reports.map((id) => [id]);
  const rows = sources.flatMap((group, k) =>
    group.map((id) =>
      el(
        "tr",
        { class: k % 2 === 0 ? "source-even" : "source-odd" },
        el("th", { scope: "row", text: id }),
        el("td", { text: byId.get(id)?.outlet || "" }),
        el("td", { class: "standing", text: standing(id, group, story.copies) }),
        ...groups.map((g) => cell(g, id, claims, cite)),
      ),
    ),
  );
  return el(
    "table",
    { class: "source-grid" },
    el("caption", {
      text: `${story.independentSources} independent sources among ${story.reports.length} reports`,
    }),
    el("thead", {}, head),
    el("tbody", {}, ...rows),
  );
}
