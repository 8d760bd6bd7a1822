// The timeline: events per week as bars stacked by event type, fatalities per week as a line.
import { TYPE_COLORS, typeColor } from "./colors.js";
import { fmt, h } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 900;
const H = 190;
const PAD = { left: 56, right: 56, top: 12, bottom: 26 };
const DAY = 86400000;

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Rows [{week, event_type, events, fatalities}] to one entry per week, empty weeks included. */
export function weeklySeries(rows) {
  const byWeek = new Map();
  for (const r of rows) {
    if (!r.week) continue; // undated events have no week
    const w = byWeek.get(r.week) || { week: r.week, events: 0, fatalities: 0, types: {} };
    w.events += r.events;
    w.fatalities += r.fatalities || 0;
    w.types[r.event_type] = (w.types[r.event_type] || 0) + r.events;
    byWeek.set(r.week, w);
  }
  const weeks = [...byWeek.keys()].sort();
  if (!weeks.length) return [];
  const series = [];
  const last = Date.parse(weeks[weeks.length - 1]);
  for (let t = Date.parse(weeks[0]); t <= last && series.length < 2000; t += 7 * DAY) {
    const key = new Date(t).toISOString().slice(0, 10);
    series.push(byWeek.get(key) || { week: key, events: 0, fatalities: 0, types: {} });
  }
  return series;
}

/** The timeline chart for `rows`; `onWeek(weekStart)` runs when a week's bar is chosen. */
export function timelineChart(rows, onWeek) {
  const series = weeklySeries(rows);
  if (!series.length) return h("p", { class: "empty" }, "No dated events for these filters.");
  const maxEvents = Math.max(1, ...series.map((w) => w.events));
  const maxDead = Math.max(1, ...series.map((w) => w.fatalities));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / series.length;
  const barW = Math.max(1, step * 0.8);
  const y = (v) => PAD.top + plotH - (v / maxEvents) * plotH;
  const yDead = (v) => PAD.top + plotH - (v / maxDead) * plotH;
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`, class: "timeline-chart", role: "img",
    "aria-label": `Events and fatalities per week, ${series[0].week} to ${series[series.length - 1].week}`,
  });
  svg.append(
    s("line", { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: "axis" }),
    s("text", { x: PAD.left - 6, y: PAD.top + 8, class: "tick", "text-anchor": "end" }, fmt(maxEvents)),
    s("text", { x: PAD.left - 6, y: PAD.top + 20, class: "tick", "text-anchor": "end" }, "events"),
    s("text", { x: W - PAD.right + 6, y: PAD.top + 20, class: "tick dead" }, "killed"),
    s("text", { x: PAD.left - 6, y: PAD.top + plotH, class: "tick", "text-anchor": "end" }, "0"),
    s("text", { x: W - PAD.right + 6, y: PAD.top + 8, class: "tick dead" }, fmt(maxDead)),
    s("text", { x: PAD.left, y: H - 6, class: "tick" }, series[0].week),
    s("text", { x: W - PAD.right, y: H - 6, class: "tick", "text-anchor": "end" }, series[series.length - 1].week),
  );
  series.forEach((w, i) => {
    const x = PAD.left + i * step + (step - barW) / 2;
    const group = s("g", { class: "week", "data-week": w.week });
    group.append(s("title", {}, `Week of ${w.week}: ${fmt(w.events)} events, ${fmt(w.fatalities)} killed`));
    let base = 0;
    for (const type of new Set([...Object.keys(TYPE_COLORS), ...Object.keys(w.types)])) {
      const n = w.types[type];
      if (!n) continue;
      group.append(s("rect", { x, width: barW, y: y(base + n), height: y(base) - y(base + n), fill: typeColor(type) }));
      base += n;
    }
    group.append(s("rect", { x: PAD.left + i * step, width: step, y: PAD.top, height: plotH, class: "hit" }));
    if (onWeek) group.addEventListener("click", () => onWeek(w.week));
    svg.append(group);
  });
  const points = series.map((w, i) => `${PAD.left + (i + 0.5) * step},${yDead(w.fatalities)}`).join(" ");
  svg.append(s("polyline", { points, class: "fatalities-line" }));
  const total = series.reduce((a, w) => a + w.events, 0);
  const dead = series.reduce((a, w) => a + w.fatalities, 0);
  const busy = series.filter((w) => w.events);
  const table = h("details", { class: "timeline-table" },
    h("summary", {}, `Weekly counts as a table (${busy.length} week${busy.length === 1 ? "" : "s"} with events)`),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Week of", "Events", "Fatalities", ""].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, busy.map((w) => h("tr", {},
        h("td", {}, w.week), h("td", {}, fmt(w.events)), h("td", {}, fmt(w.fatalities)),
        h("td", {}, onWeek ? h("button", { type: "button", class: "link", onclick: () => onWeek(w.week) }, "Filter to this week") : ""))))));
  return h("figure", { class: "timeline" }, svg, table,
    h("figcaption", {}, `${fmt(total)} events and ${fmt(dead)} fatalities over ${series.length} weeks. `,
      h("span", { class: "key-bars" }, "Bars: events by type"), " · ",
      h("span", { class: "key-line" }, "Line: fatalities"),
      onWeek ? " · Click a week to filter to it." : ""));
}
