// The filters of the map view. They live in the URL's query string, so a view can be shared.
import { h } from "./dom.js";

export const FILTER_NAMES = [
  "date_from", "date_to", "country", "event_type", "sub_event_type", "actor", "source", "q", "bbox",
];

/** The filters in the current URL, as {name: value} without empty values. */
export function filtersFromUrl(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

/** Put the filters in the URL (a new history entry, so Back returns to the previous view). */
export function pushFilters(filters) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState({}, "", url);
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

/**
 * The filter form. `onApply(filters)` runs on submit; `getBbox()` gives the map's view as a bbox
 * string for the "Limit to map view" button.
 */
export function filterForm(filters, taxonomy, { onApply, getBbox, actors = [], countries = [] }) {
  const types = taxonomy.event_types || [];
  const text = (name, placeholder, list) =>
    h("input", { name, type: "search", value: filters[name] || "", placeholder, maxlength: 200, list });
  const typeSelect = h(
    "select", { name: "event_type" },
    h("option", { value: "" }, "Any type"),
    types.map((t) => h("option", { value: t.event_type, selected: filters.event_type === t.event_type }, t.event_type)),
  );
  const subSelect = h("select", { name: "sub_event_type" });
  const fillSubtypes = () => {
    const chosen = types.filter((t) => !typeSelect.value || t.event_type === typeSelect.value);
    subSelect.replaceChildren(
      h("option", { value: "" }, "Any sub-event type"),
      chosen.flatMap((t) => t.sub_event_types).map((s) =>
        h("option", { value: s, selected: filters.sub_event_type === s }, s)),
    );
  };
  typeSelect.addEventListener("change", fillSubtypes);
  fillSubtypes();
  const bbox = h("input", { name: "bbox", type: "hidden", value: filters.bbox || "" });
  const bboxNote = h("span", { class: "bbox-note" }, filters.bbox ? `Area: ${filters.bbox}` : "");

  const form = h(
    "form", { class: "filters", role: "search", "aria-label": "Filter events" },
    h("div", { class: "row" },
      field("From", h("input", { name: "date_from", type: "date", value: filters.date_from || "" })),
      field("To", h("input", { name: "date_to", type: "date", value: filters.date_to || "" }))),
    field("Event type", typeSelect),
    field("Sub-event type", subSelect),
    field("Country", text("country", "e.g. Syria", "country-names")),
    h("datalist", { id: "country-names" }, countries.sort().map((name) => h("option", { value: name }))),
    field("Actor", text("actor", "e.g. Islamic State", "actor-names")),
    h("datalist", { id: "actor-names" }, actors.map((name) => h("option", { value: name }))),
    field("Source", text("source", "e.g. AFP")),
    field("Words in the notes", text("q", "e.g. camp")),
    bbox,
    h("div", { class: "buttons" },
      h("button", { type: "submit", class: "primary" }, "Apply filters"),
      h("button", {
        type: "button",
        onclick: () => { bbox.value = getBbox(); form.requestSubmit(); },
      }, "Limit to map view"),
      h("button", {
        type: "button",
        onclick: () => {
          for (const el of form.elements) if (el.name) el.value = "";
          fillSubtypes();
          form.requestSubmit();
        },
      }, "Clear")),
    bboxNote,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const el of form.elements) if (el.name && el.value.trim()) values[el.name] = el.value.trim();
    bboxNote.textContent = values.bbox ? `Area: ${values.bbox}` : "";
    onApply(values);
  });
  return form;
}
