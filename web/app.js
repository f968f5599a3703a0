// Triangulate web UI: story list and story pages from the HTTP API. Report text is untrusted: every piece
// of it goes into the page through textContent, never as HTML.

import { el, section } from "./dom.js";
import { sourceGrid } from "./source-grid.js";
import { timelineChart } from "./timeline-chart.js";

const app = document.getElementById("app");
const cited = document.getElementById("cited");
let reportsById = new Map();

async function getJson(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

/** A button that shows the cited span; labelled with its report unless a label is given. */
function citation(evidence, label = evidence.report) {
  return el("button", {
    class: "cite",
    type: "button",
    title: `${evidence.report} ${evidence.start}-${evidence.end}`,
    text: label,
    "aria-label": `Show the cited text in ${evidence.report}`,
    onclick: () => showCited(evidence),
  });
}

/** Shows the cited span inside its report's text, marked. */
function showCited(evidence) {
  const report = reportsById.get(evidence.report);
  const text = report ? report.text : evidence.text || "";
  const start = report ? evidence.start : 0;
  const end = report ? evidence.end : text.length;
  cited.replaceChildren(
    el("strong", { text: report?.title ? report.title : evidence.report }),
    el(
      "p",
      { class: "report-text" },
      document.createTextNode(text.slice(Math.max(0, start - 200), start)),
      el("mark", { id: "cited-span", text: text.slice(start, end) }),
      document.createTextNode(text.slice(end, end + 200)),
    ),
    el("button", {
      type: "button",
      text: "Close",
      onclick: () => {
        cited.hidden = true;
      },
    }),
  );
  cited.hidden = false;
}

async function storyList() {
  const { stories } = await getJson("/stories");
  const items = stories.map((s) =>
    el(
      "li",
      {},
      el("a", { href: `#/story/${encodeURIComponent(s.id)}`, text: s.title }),
      el("span", { class: "badge", text: `${s.reports} reports, ${s.independentSources} independent` }),
      s.disputes > 0 ? el("span", { class: "badge dispute", text: `${s.disputes} disputed` }) : null,
      s.lastActivity ? el("span", { class: "badge", text: s.lastActivity }) : null,
    ),
  );
  app.replaceChildren(el("h1", { text: "Stories" }), el("ul", { id: "stories" }, ...items));
}

async function storyPage(id) {
  const { story, reports } = await getJson(`/stories/${encodeURIComponent(id)}`);
  // An old link to a story since merged into another was redirected: show the id it has now.
  if (story.id !== id) history.replaceState(null, "", `#/story/${encodeURIComponent(story.id)}`);
  reportsById = new Map(reports.map((r) => [r.id, r]));
  const claims = new Map(story.claims.map((c) => [c.id, c]));
  const summary = story.summary.map((s) =>
    el("p", {}, document.createTextNode(s.text), ...s.evidence.map((e) => citation(e))),
  );
  const ledger = story.claimGroups.map((g) =>
    el(
      "div",
      { class: `group ${g.status === "differ" ? "differ" : ""}` },
      el("strong", { text: `${g.question} ${g.status}` }),
      el(
        "ul",
        {},
        ...g.claims
          .map((cid) => claims.get(cid))
          .filter(Boolean)
          .map((c) =>
            el(
              "li",
              {},
              document.createTextNode(
                `${c.qualifier === "exactly" ? "" : `${c.qualifier} `}${c.value} — ${c.attributedTo || "unattributed"}; carried by ${c.reports.join(", ")}`,
              ),
              ...c.evidence.slice(0, 3).map((e) => citation(e)),
            ),
          ),
      ),
    ),
  );
  const quotes = story.quotes.map((q) =>
    el(
      "li",
      {},
      document.createTextNode(`“${q.text}” — ${q.speaker || "unknown"}; carried by ${q.reports.join(", ")}`),
      ...q.evidence.slice(0, 3).map((e) => citation(e)),
    ),
  );
  const timeline = story.timeline.map((t) =>
    el(
      "li",
      {},
      el("strong", { text: t.until ? `${t.date} – ${t.until}` : t.date || "" }),
      document.createTextNode(` ${t.text}`),
      ...t.evidence.slice(0, 2).map((e) => citation(e)),
    ),
  );
  const comparison = story.comparison.map((c) =>
    el(
      "li",
      {},
      el("strong", { text: `${c.kind}: ` }),
      document.createTextNode(c.text),
      ...c.evidence.slice(0, 3).map((e) => citation(e)),
    ),
  );
  const copies = story.copies.map((c) =>
    el("li", { text: `${c.reports.join(" ↔ ")}: ${c.kind}${c.original ? `, original ${c.original}` : ""}` }),
  );
  const spans = annotationSpans(story);
  const reportList = reports.map((r) =>
    el(
      "details",
      {},
      el("summary", { text: `${r.id}${r.outlet ? ` (${r.outlet})` : ""}${r.title ? `: ${r.title}` : ""}` }),
      highlighted(r.text, spans.get(r.id) || []),
    ),
  );
  app.replaceChildren(
    el("h1", { text: story.title }),
    el("p", { text: `${story.reports.length} reports, ${story.independentSources} independent sources` }),
    section("Summary", ...summary),
    section("What the sources agree and disagree on", el("ul", {}, ...comparison)),
    section("Claim ledger", ...ledger),
    section("Quotes", el("ul", {}, ...quotes)),
    section(
      "Timeline",
      timelineChart(story.timeline, showCited),
      el("ul", { class: "timeline" }, ...timeline),
    ),
    section(
      "Sources: independent and copied",
      sourceGrid(story, reports, (e) => citation(e, "cite")),
      el("ul", {}, ...copies),
    ),
    section("Reports", ...reportList),
  );
}

/** Per report, the spans the analysis found (names, figures, quotes), each with its kind. */
function annotationSpans(story) {
  const spans = new Map();
  const add = (kind, e) => {
    if (!spans.has(e.report)) spans.set(e.report, []);
    spans.get(e.report).push({ kind, start: e.start, end: e.end });
  };
  for (const entity of story.entities) for (const m of entity.mentions) add(`entity ${entity.type}`, m);
  for (const quote of story.quotes) for (const e of quote.evidence) add("quote", e);
  return spans;
}

/** The report's text with its annotated spans marked (overlaps: the earlier span wins), as text nodes only. */
function highlighted(text, spans) {
  const box = el("div", { class: "report-text" });
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start < at || s.end > text.length) continue;
    box.append(document.createTextNode(text.slice(at, s.start)));
    box.append(el("mark", { class: s.kind, title: s.kind, text: text.slice(s.start, s.end) }));
    at = s.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

async function route() {
  cited.hidden = true;
  const match = /^#\/story\/(.+)$/.exec(location.hash);
  try {
    if (match) await storyPage(decodeURIComponent(match[1]));
    else await storyList();
  } catch (error) {
    app.replaceChildren(el("p", { text: `Could not load: ${error.message}` }));
  }
}

window.addEventListener("hashchange", route);
route();
