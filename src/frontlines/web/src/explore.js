// The home view: filters, map, timeline and event list, all driven by the filters in the URL.
import { api } from "./api.js";
import { typeColor } from "./colors.js";
import { errorBox, fmt, h, mount } from "./dom.js";
import { filterForm, filtersFromUrl, pushFilters } from "./filters.js";
import { eventMap } from "./map.js";
import { timelineChart } from "./timeline.js";

/** Most events drawn on the map at once (pages of PAGE); the list can load further pages. */
const MAP_MAX = 2000;
const PAGE = 500;
const LIST_STEP = 50;

function eventItem(e) {
  const actors = [e.actor1, e.actor2].filter(Boolean).join(" vs ");
  return h("li", { class: "event-item" },
    h("span", { class: "swatch", style: `background:${typeColor(e.event_type)}`, "aria-hidden": "true" }),
    h("a", { href: `/events/${encodeURIComponent(e.event_id)}` },
      h("strong", {}, e.sub_event_type || e.event_type),
      h("span", { class: "meta" },
        [e.event_date || "no date", e.location || e.country || "unknown place", actors].filter(Boolean).join(" · ")),
      h("span", { class: "dead" }, `${fmt(e.fatalities)} killed`)));
}

function weekRange(week) {
  const end = new Date(Date.parse(week) + 6 * 86400000).toISOString().slice(0, 10);
  return { date_from: week, date_to: end };
}

export async function explorePage(main) {
  const names = (promise, key, pick) => promise.then((r) => [...new Set(r[key].map(pick).filter(Boolean))]).catch(() => []);
  const [taxonomy, config, actors, countries] = await Promise.all([
    api.taxonomy(), api.config(),
    names(api.actors(null, 200), "actors", (a) => a.name),
    names(api.places(null, 200), "places", (p) => p.country),
  ]);
  const mapEl = h("div", { class: "map", id: "map", role: "region", "aria-label": "Map of events" });
  const timelineEl = h("section", { class: "timeline-box", "aria-label": "Timeline" });
  const summary = h("p", { class: "summary", "aria-live": "polite" });
  const listEl = h("ol", { class: "event-list", "aria-label": "Events" });
  const moreButton = h("button", { type: "button", class: "more", hidden: true }, "Show more events");
  const sidebar = h("aside", { class: "sidebar" });
  mount(main,
    h("div", { class: "explore" },
      sidebar,
      h("div", { class: "view" }, mapEl, timelineEl,
        h("section", { class: "list-box", "aria-label": "Event list" }, h("h2", {}, "Events"), summary, listEl, moreButton))));
  const map = eventMap(mapEl, config);
  let generation = 0;
  let state = { events: [], shown: 0, cursor: null };

  const showList = () => {
    const next = state.events.slice(state.shown, state.shown + LIST_STEP);
    listEl.append(...next.map(eventItem));
    state.shown += next.length;
    moreButton.hidden = state.shown >= state.events.length && !state.cursor;
  };
  moreButton.addEventListener("click", async () => {
    if (state.shown >= state.events.length && state.cursor) {
      const page = await api.events(state.filters, state.cursor, PAGE);
      state.events.push(...page.events);
      state.cursor = page.next_cursor;
    }
    showList();
  });

  const load = async (filters) => {
    const mine = ++generation;
    summary.textContent = "Loading events…";
    listEl.replaceChildren();
    listEl.dataset.state = "loading";
    try {
      const [weeks, first] = await Promise.all([api.timeline(filters), api.events(filters, null, PAGE)]);
      const events = [...first.events];
      let cursor = first.next_cursor;
      while (cursor && events.length < MAP_MAX && mine === generation) {
        const page = await api.events(filters, cursor, PAGE);
        events.push(...page.events);
        cursor = page.next_cursor;
      }
      if (mine !== generation) return;
      state = { events, shown: 0, cursor, filters };
      mount(timelineEl, timelineChart(weeks.weeks, (week) => apply({ ...filtersFromUrl(), ...weekRange(week) })));
      map.show(events, filters.bbox);
      const total = weeks.weeks.reduce((a, w) => a + w.events, 0);
      summary.textContent = events.length
        ? `${fmt(events.length)} event${events.length === 1 ? "" : "s"} shown${cursor ? `, of ${fmt(total)}; load more below or narrow the filters` : ""}.`
        : "No events match these filters.";
      showList();
      listEl.dataset.count = String(events.length);
      listEl.dataset.state = "ready";
    } catch (err) {
      if (mine === generation) {
        mount(summary, errorBox(err));
        listEl.dataset.state = "error";
      }
    }
  };
  const apply = (filters) => {
    pushFilters(filters);
    renderForm();
    load(filters);
  };
  const renderForm = () =>
    mount(sidebar, h("h1", { class: "visually-hidden" }, "Conflict events"),
      filterForm(filtersFromUrl(), taxonomy, { onApply: apply, getBbox: () => map.bbox(), actors, countries }));
  window.addEventListener("popstate", () => { renderForm(); load(filtersFromUrl()); });
  renderForm();
  await load(filtersFromUrl());
}
