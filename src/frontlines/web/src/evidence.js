// An event's fields beside the article text, each field's evidence spans highlighted in the text.
// Hover or focus a field to light up its spans; click it to pin the highlight and scroll to it.
import { h } from "./dom.js";

/** The ACLED fields shown for an event, in ACLED's order, with their labels. */
export const FIELDS = [
  ["event_date", "Date"],
  ["event_type", "Event type"],
  ["sub_event_type", "Sub-event type"],
  ["actor1", "Actor 1"],
  ["assoc_actor_1", "Associated with actor 1"],
  ["actor2", "Actor 2"],
  ["assoc_actor_2", "Associated with actor 2"],
  ["civilian_targeting", "Civilian targeting"],
  ["location", "Location"],
  ["fatalities", "Fatalities"],
  ["injuries", "Injuries"],
  ["source", "Source"],
];
const LABELS = { ...Object.fromEntries(FIELDS), notes: "Notes" };

function fieldValue(event, name) {
  if (name === "location") {
    return [event.location, event.admin2, event.admin1, event.country].filter(Boolean).join(", ") || null;
  }
  if (name === "fatalities") {
    const range = event.fatalities_low !== null && event.fatalities_low !== undefined &&
      event.fatalities_high !== null && event.fatalities_high !== undefined &&
      event.fatalities_low !== event.fatalities_high ? ` (${event.fatalities_low}–${event.fatalities_high})` : "";
    return `${event.fatalities ?? 0}${range}`;
  }
  const value = event[name];
  return value === null || value === undefined || value === "" ? null : String(value);
}

/** Where each evidence span sits in `text`: its offsets if they match, else the first place its words occur. */
export function locateSpans(text, evidence) {
  const spans = [];
  for (const [field, items] of Object.entries(evidence || {})) {
    for (const ev of items || []) {
      let { start, end } = ev;
      if (text.slice(start, end) !== ev.text) {
        start = ev.text ? text.indexOf(ev.text) : -1;
        end = start + (ev.text || "").length;
      }
      if (start >= 0 && end > start) spans.push({ field, start, end, rule: ev.rule, text: ev.text });
    }
  }
  return spans;
}

/** `text` as nodes, each stretch covered by spans wrapped in <mark data-fields="f1 f2">. */
export function markedText(text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const fields = [...new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    const piece = text.slice(a, b);
    nodes.push(fields.length ? h("mark", { class: "ev", "data-fields": fields.join(" ") }, piece) : piece);
  }
  return nodes;
}

/** The field list and the article text with the event's evidence, linked both ways. */
export function evidenceView(text, event) {
  const spans = locateSpans(text, event.evidence);
  const body = h("div", { class: "article-text", tabindex: "0", "aria-label": "Article text" }, markedText(text, spans));
  const status = h("p", { class: "evidence-status", "aria-live": "polite" },
    spans.length ? "Hover, focus or click a field to see the words it was read from." : "No evidence spans for this event.");
  let pinned = null;
  const light = (field, scroll) => {
    for (const m of body.querySelectorAll("mark.ev")) {
      m.classList.toggle("active", Boolean(field) && m.dataset.fields.split(" ").includes(field));
    }
    const mine = spans.filter((s) => s.field === field);
    status.textContent = !field ? "" : mine.length
      ? `${LABELS[field] || field}: ${mine.map((s) => `“${s.text}” (rule: ${s.rule})`).join("; ")}`
      : `${LABELS[field] || field}: no evidence span`;
    if (scroll) body.querySelector("mark.ev.active")?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const extra = Object.keys(event.evidence || {}).filter((k) => !(k in LABELS));
  const names = [...FIELDS.map(([n]) => n), ...extra];
  const rows = names.map((name) => {
    const value = fieldValue(event, name);
    const has = spans.some((s) => s.field === name);
    if (value === null && !has) return null;
    const button = h("button", {
      type: "button", class: `field-btn${has ? " has-evidence" : ""}`, "data-field": name, "aria-pressed": "false",
    }, h("span", { class: "label" }, LABELS[name] || name), h("span", { class: "value" }, value ?? "–"));
    button.addEventListener("mouseenter", () => light(name, false));
    button.addEventListener("focus", () => light(name, false));
    button.addEventListener("mouseleave", () => light(pinned, false));
    button.addEventListener("click", () => {
      pinned = pinned === name ? null : name;
      for (const b of rows.filter(Boolean)) b.setAttribute("aria-pressed", String(b.dataset.field === pinned));
      light(pinned || name, true);
    });
    return button;
  });
  const main = rows.slice(0, FIELDS.length);
  const more = rows.slice(FIELDS.length).filter(Boolean);
  return h("div", { class: "evidence-view" },
    h("div", { class: "fields", role: "group", "aria-label": "Fields and their evidence" },
      h("p", { class: "fields-note" }, "As this article reported it:"),
      main,
      more.length ? h("details", { class: "more-fields" },
        h("summary", {}, `${more.length} more field${more.length === 1 ? "" : "s"} with evidence`), more) : null,
      status),
    body);
}
