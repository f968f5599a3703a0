// The story's timeline as an SVG chart: one row per dated happening, a dot for a day, a bar for a range.

import { svg } from "./dom.js";

const WIDTH = 760;
const LEFT = 40;
const RIGHT = 300;
const ROW = 20;
const TOP = 28;
const MAX_ROWS = 30;
const DAY = 86_400_000;

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** Up to five evenly spaced day labels across the chart's span. */
function ticks(first, last, x) {
  const count = Math.min(5, last - first + 1);
  const step = count > 1 ? (last - first) / (count - 1) : 0;
  return Array.from({ length: count }, (_, i) => {
    const day = Math.round(first + i * step);
    return svg("text", { x: x(day), y: 14, class: "tl-tick", "text-anchor": "middle", text: isoOf(day) });
  });
}

/** One entry's mark: clicking (or Enter) shows its first cited span. */
function mark(entry, row, x, onPick) {
  const y = TOP + row * ROW;
  const start = x(dayOf(entry.date));
  const end = entry.until ? x(dayOf(entry.until) + 1) : start;
  const shape = entry.until
    ? svg("rect", { x: start, y: y - 5, width: Math.max(4, end - start), height: 10, rx: 3 })
    : svg("circle", { cx: start, cy: y, r: 6 });
  const words = entry.happening || entry.text;
  const label = words.length > 44 ? `${words.slice(0, 43)}…` : words;
  const when = `${entry.date}${entry.until ? ` to ${entry.until}` : ""}`;
  const group = svg(
    "g",
    { class: "tl-mark", tabindex: "0", role: "button", "aria-label": `${when}: ${words}. Show the source` },
    svg("title", { text: `${entry.date}${entry.until ? ` – ${entry.until}` : ""}: ${entry.text}` }),
    // The whole row answers a click, not just the dot.
    svg("rect", { x: 0, y: y - ROW / 2, width: WIDTH, height: ROW, class: "tl-hit" }),
    shape,
    svg("text", { x: WIDTH - RIGHT + 10, y: y + 4, class: "tl-label", text: label }),
  );
  const pick = () => entry.evidence[0] && onPick(entry.evidence[0]);
  group.addEventListener("click", pick);
  group.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    pick();
  });
  return group;
}

/** The chart for `entries` (timeline entries), or null when none is dated. */
export function timelineChart(entries, onPick) {
  const shown = entries.filter((e) => e.date).slice(0, MAX_ROWS);
  if (shown.length === 0) return null;
  const first = Math.min(...shown.map((e) => dayOf(e.date)));
  const last = Math.max(...shown.map((e) => dayOf(e.until || e.date)));
  const span = Math.max(1, last - first + 1);
  const x = (day) => LEFT + ((day - first) / span) * (WIDTH - LEFT - RIGHT);
  const height = TOP + shown.length * ROW;
  return svg(
    "svg",
    { class: "timeline-chart", viewBox: `0 0 ${WIDTH} ${height}`, role: "group", "aria-label": "Timeline" },
    ...ticks(first, last, x),
    svg("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: 20, y2: 20, class: "tl-axis" }),
    ...shown.map((entry, row) => mark(entry, row, x, onPick)),
  );
}
