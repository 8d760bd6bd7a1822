// An event: its fields with the evidence highlighted in the article, its sources, claims and disputes.
import { api } from "./api.js";
import { typeColor } from "./colors.js";
import { errorBox, fmt, h, mount } from "./dom.js";
import { evidenceView } from "./evidence.js";

function sideText(side) {
  return Object.entries(side || {})
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : typeof v === "object" && v ? JSON.stringify(v) : v}`)
    .join("; ");
}

function claimItem(c) {
  const figure = c.value ?? (c.low !== null && c.low !== undefined ? `${c.low}–${c.high}` : null);
  return h("li", {},
    h("span", { class: "tag" }, c.kind), " ", `“${c.text.trim()}”`,
    figure !== null && figure !== undefined ? ` = ${figure}${c.qualifier ? ` (${c.qualifier})` : ""}` : "",
    c.sources && c.sources.length ? h("span", { class: "meta" }, ` according to ${c.sources.join(" via ")}`) : "");
}

function reasonText(reason) {
  if (!reason || reason.score === null || reason.score === undefined) return "First report of this event";
  const parts = Object.entries(reason.features || {}).map(([k, v]) => `${k} ${typeof v === "number" ? v.toFixed(2) : v}`);
  return `Joined with score ${Number(reason.score).toFixed(2)}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

function sourcesTable(reports, onPick) {
  return h("table", { class: "sources" },
    h("thead", {}, h("tr", {}, ["Source", "Article", "Published", "Fatalities", "Why merged"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, reports.map((r, i) => h("tr", {},
      h("td", {}, r.source || "–"),
      h("td", {}, h("button", { type: "button", class: "link", onclick: () => onPick(i) }, r.title || r.article_id)),
      h("td", {}, r.published || "–"),
      h("td", {}, fmt(r.fatalities)),
      h("td", {}, reasonText(r.reason))))));
}

export async function eventPage(main, eventId) {
  const detail = await api.event(eventId);
  const e = detail.event;
  const articleBox = h("section", { class: "article-box", "aria-label": "Evidence in the article" });
  const showReport = async (i) => {
    const report = detail.reports[i];
    mount(articleBox, h("p", { class: "loading" }, "Loading the article…"));
    try {
      const { article } = await api.article(report.article_id);
      mount(articleBox,
        h("h2", {}, "Evidence in ", h("a", { href: `/articles/${encodeURIComponent(report.article_id)}` }, article.title || article.id)),
        h("p", { class: "meta" }, [article.source, article.published].filter(Boolean).join(" · ")),
        evidenceView(article.text, report.event));
    } catch (err) {
      mount(articleBox, errorBox(err));
    }
  };
  const place = e.location
    ? h("a", { href: `/places/${encodeURIComponent(e.location)}` }, [e.location, e.admin1, e.country].filter(Boolean).join(", "))
    : e.country || "unknown place";
  mount(main,
    h("article", { class: "event-page" },
      h("p", { class: "back" }, h("a", { href: "/" }, "← All events")),
      h("h1", {}, h("span", { class: "swatch", style: `background:${typeColor(e.event_type)}`, "aria-hidden": "true" }),
        `${e.sub_event_type || e.event_type}`),
      h("p", { class: "lead" }, e.event_date || "no date", " · ", place, " · ",
        `${fmt(e.fatalities)} killed`, ` · ${detail.reports.length} report${detail.reports.length === 1 ? "" : "s"}`),
      e.notes ? h("p", { class: "notes" }, e.notes) : null,
      articleBox,
      h("section", {}, h("h2", {}, "Sources"), sourcesTable(detail.reports, showReport)),
      h("section", {}, h("h2", {}, "Claims"),
        detail.claims.length ? h("ul", { class: "claims" }, detail.claims.map(claimItem)) : h("p", { class: "empty" }, "No claims recorded.")),
      h("section", {}, h("h2", {}, "Disputes"),
        detail.disputes.length
          ? h("ul", { class: "disputes" }, detail.disputes.map((d) => h("li", {},
            h("strong", {}, d.summary || d.kind),
            h("div", {}, "One side: ", sideText(d.side_a)),
            h("div", {}, "Other side: ", sideText(d.side_b)))))
          : h("p", { class: "empty" }, "No disputes between sources."))));
  document.title = `${e.sub_event_type || e.event_type} · frontlines`;
  if (detail.reports.length) await showReport(0);
  else mount(articleBox, evidenceView("", e));
}
