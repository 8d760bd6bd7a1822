// An article: its text and the events extracted from it, each with its evidence.
import { api } from "./api.js";
import { h, mount } from "./dom.js";
import { eventsWithEvidence } from "./extract_page.js";

export async function articlePage(main, articleId) {
  const { article, events } = await api.article(articleId);
  mount(main,
    h("article", { class: "article-page" },
      h("p", { class: "back" }, h("a", { href: "/" }, "← All events")),
      h("h1", {}, article.title || article.id),
      h("p", { class: "meta" }, [article.source, article.published, article.url].filter(Boolean).join(" · ")),
      eventsWithEvidence(article.text, events)));
  document.title = `${article.title || article.id} · frontlines`;
}
