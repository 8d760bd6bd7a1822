"""HTML pages: main text, title and site from trafilatura; the publication date from the page itself."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontlines.ingest import ReadOptions, read_inputs
from frontlines.records import Article, Failure


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    """A news page around ``body``: navigation, cookie banner, related links and footer."""
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>ISIS pushed back in Yarmouk | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="ISIS pushed back in Yarmouk">{head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>ISIS pushed back in Yarmouk</h1>{body}</article>
<aside><h3>Related</h3><ul><li><a href="/f">Football: a late winner</a></li></ul></aside>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""


@pytest.fixture(scope="module")
def seed_body(seed_text: str) -> str:
    return "".join(f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip())


def read_page(tmp_path: Path, html: str, name: str = "page.html", **options: object) -> Article | Failure:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [item] = read_inputs([str(path)], ReadOptions(**options))  # type: ignore[arg-type]
    return item


def test_main_text_title_and_site_are_extracted(tmp_path: Path, seed_body: str) -> None:
    article = read_page(tmp_path, page(seed_body))
    assert isinstance(article, Article)
    assert article.id == "page.html"
    assert "Aknaf Beit al-Maqdis" in article.text
    assert "As many as six people were reportedly killed" in article.text
    assert "cookies" not in article.text and "Football" not in article.text
    assert article.title == "ISIS pushed back in Yarmouk"
    assert article.source == "Example News"


def test_json_ld_date_published_wins_over_date_modified(tmp_path: Path, seed_body: str) -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "dateModified": "2015-04-05T10:00:00Z"},
            {
                "@type": "NewsArticle",
                "dateModified": "2015-04-03T10:00:00Z",
                "datePublished": "2015-04-02T09:15:00Z",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head += '<meta property="article:modified_time" content="2015-04-03T10:00:00Z">'
    article = read_page(tmp_path, page(seed_body, head), date=date(2020, 1, 1))
    assert isinstance(article, Article) and article.published == date(2015, 4, 2)


def test_article_published_time_meta_is_read(tmp_path: Path, seed_body: str) -> None:
    head = '<meta property="article:published_time" content="2015-04-01T23:10:00+03:00">'
    article = read_page(tmp_path, page(seed_body, head))
    assert isinstance(article, Article) and article.published == date(2015, 4, 1)


def test_without_a_date_in_the_page_the_option_fills_it(tmp_path: Path, seed_body: str) -> None:
    article = read_page(tmp_path, page(seed_body), date=date(2015, 4, 2), country="Syria")
    assert isinstance(article, Article)
    assert (article.published, article.country) == (date(2015, 4, 2), "Syria")


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    body = "<p>" + "Les combats ont repris près du café central, a déclaré l’armée. " * 5 + "</p>"
    path = tmp_path / "fr.htm"
    path.write_bytes(page(body, charset="windows-1252").encode("cp1252"))
    [article] = read_inputs([str(path)], ReadOptions())
    assert isinstance(article, Article) and "près du café central" in article.text


def test_page_without_article_text_is_empty_input(tmp_path: Path) -> None:
    html = "<html><head><title>x</title><script>var x = 1;</script></head><body><div></div></body></html>"
    failure = read_page(tmp_path, html)
    assert isinstance(failure, Failure) and failure.error == "EmptyInput"
    assert "no article text" in failure.message
