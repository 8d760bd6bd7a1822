// The web app's entry: one page per path, rendered into <main>.
import { articlePage } from "./article_page.js";
import { errorBox, mount } from "./dom.js";
import { eventPage } from "./event_page.js";
import { explorePage } from "./explore.js";
import { extractPage } from "./extract_page.js";
import { placePage } from "./place_page.js";
// Last, so the app's rules come after Leaflet's in the bundle and win.
import "./style.css";

const ROUTES = [
  [/^\/$/, (main) => explorePage(main)],
  [/^\/extract\/?$/, (main) => extractPage(main)],
  [/^\/events\/([^/]+)$/, (main, id) => eventPage(main, id)],
  [/^\/articles\/([^/]+)$/, (main, id) => articlePage(main, id)],
  [/^\/places\/([^/]+)$/, (main, id) => placePage(main, id)],
];

async function route() {
  const main = document.getElementById("main");
  const path = window.location.pathname;
  for (const a of document.querySelectorAll("header nav a")) {
    if (a.getAttribute("href") === path) a.setAttribute("aria-current", "page");
  }
  for (const [pattern, render] of ROUTES) {
    const match = path.match(pattern);
    if (!match) continue;
    try {
      await render(main, ...match.slice(1).map(decodeURIComponent));
    } catch (err) {
      mount(main, errorBox(err));
    }
    main.dataset.ready = "true";
    return;
  }
  mount(main, errorBox(`No page at ${path}`));
}

route();
