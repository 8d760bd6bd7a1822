// A place: who held it over time, from its territory-change events and territory claims.
import { api } from "./api.js";
import { fmt, h, mount } from "./dom.js";

/** Who took and who lost the place in a change, in ACLED's reading of actor1/actor2. */
function control(change) {
  if (change.sub_event_type === "Non-violent transfer of territory") return [change.actor1, change.actor2, "was handed"];
  return [change.actor1, change.actor2, "took it"];
}

export async function placePage(main, place) {
  const { changes } = await api.placeHistory(place);
  const places = await api.places(place).then((r) => r.places).catch(() => []);
  const info = places.find((p) => String(p.place_id) === place || p.location.toLowerCase() === place.toLowerCase());
  const name = info ? info.location : place;
  const rows = changes.map((c) => {
    const [taker, loser, verb] = control(c);
    return h("li", { class: "change" },
      h("time", {}, c.date || "no date"),
      h("div", {},
        h("strong", {}, taker ? `${taker} ${verb}` : c.sub_event_type),
        loser ? ` from ${loser}` : "",
        h("div", { class: "meta" }, h("a", { href: `/events/${encodeURIComponent(c.event_id)}` }, c.sub_event_type),
          c.sources.length ? ` · ${c.sources.join(", ")}` : ""),
        c.claims.length ? h("ul", { class: "claims" }, c.claims.map((t) => h("li", {}, `“${t.trim()}”`))) : null));
  });
  const last = [...changes].reverse().find((c) => c.actor1);
  mount(main,
    h("article", { class: "place-page" },
      h("p", { class: "back" }, h("a", { href: "/" }, "← All events")),
      h("h1", {}, name),
      info ? h("p", { class: "lead" }, [info.admin1, info.country].filter(Boolean).join(", "),
        ` · ${fmt(info.events)} report${info.events === 1 ? "" : "s"} · `,
        h("a", { href: `/?q=&country=${encodeURIComponent(info.country || "")}` }, "events in this country")) : null,
      h("h2", {}, "Who held it"),
      last ? h("p", { class: "holder" }, "Last reported in control: ", h("strong", {}, last.actor1), ` (${last.date || "no date"})`) : null,
      rows.length ? h("ol", { class: "history" }, rows)
        : h("p", { class: "empty" }, "No territory changes or claims recorded for this place.")));
  document.title = `${name} · frontlines`;
}
