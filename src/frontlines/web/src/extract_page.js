// Paste an article, see its events extracted live (POST /api/extract; nothing is stored).
import { api } from "./api.js";
import { typeColor } from "./colors.js";
import { errorBox, fmt, h, mount } from "./dom.js";
import { evidenceView } from "./evidence.js";

/** A list of events; choosing one shows its fields and evidence in the text below. */
export function eventsWithEvidence(text, events) {
  const viewer = h("div", { class: "viewer" });
  if (!events.length) {
    return h("div", {}, h("p", { class: "empty", role: "status" }, "No events found in this text."), evidenceView(text, { evidence: {} }));
  }
  const pick = (i) => {
    for (const [j, b] of buttons.entries()) b.setAttribute("aria-pressed", String(i === j));
    mount(viewer, evidenceView(text, events[i]));
  };
  const buttons = events.map((e, i) => h("button", {
    type: "button", class: "event-choice", "aria-pressed": "false", onclick: () => pick(i),
  }, h("span", { class: "swatch", style: `background:${typeColor(e.event_type)}`, "aria-hidden": "true" }),
  h("strong", {}, e.sub_event_type || e.event_type),
  h("span", { class: "meta" }, [e.event_date, e.location, `${fmt(e.fatalities)} killed`].filter(Boolean).join(" · "))));
  const box = h("div", { class: "extracted" },
    h("h2", {}, `${events.length} event${events.length === 1 ? "" : "s"}`),
    h("div", { class: "event-choices", role: "group", "aria-label": "Extracted events" }, buttons),
    viewer);
  pick(0);
  return box;
}

export function extractPage(main) {
  const text = h("textarea", {
    id: "extract-text", name: "text", rows: 14, required: true, maxlength: 200000,
    placeholder: "Paste the text of a news article (or its HTML page) here",
  });
  const published = h("input", { id: "extract-date", name: "published", type: "date" });
  const country = h("input", { id: "extract-country", name: "country", type: "text", placeholder: "e.g. Syria", maxlength: 200 });
  const submit = h("button", { type: "submit", class: "primary" }, "Extract events");
  const result = h("section", { class: "extract-result", "aria-live": "polite", "aria-label": "Extracted events" });
  const form = h("form", { class: "extract-form" },
    h("label", { for: "extract-text" }, "Article text or HTML"), text,
    h("div", { class: "row" },
      h("label", { class: "field" }, h("span", {}, "Published on"), published),
      h("label", { class: "field" }, h("span", {}, "Country (hint)"), country)),
    h("div", { class: "buttons" }, submit));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    mount(result, h("p", { class: "loading", role: "status" }, "Extracting…"));
    const raw = text.value;
    const body = /^\s*<(!doctype|html|body|article|div|p)[\s>]/i.test(raw) ? { html: raw } : { text: raw };
    if (published.value) body.published = published.value;
    if (country.value.trim()) body.country = country.value.trim();
    try {
      const found = await api.extract(body);
      mount(result, eventsWithEvidence(found.article.text, found.events));
    } catch (err) {
      mount(result, errorBox(err));
    } finally {
      submit.disabled = false;
    }
  });
  mount(main,
    h("article", { class: "extract-page" },
      h("h1", {}, "Extract events from an article"),
      h("p", {}, "The text is coded on the server and shown here with the evidence for every field. Nothing is stored."),
      form, result));
  document.title = "Extract · frontlines";
}
