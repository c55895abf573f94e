"""Paginated listings: the crawler follows a listing's next pages (up to ``max_pages``) and reads the articles of all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulewatch.crawler.discovery import next_page
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night
from rulewatch.sources import Source
from rulewatch.store import Store, night_records
from tests.crawl_sites import FAST, TOPICS, article_html, health, snapshots, write

PER_PAGE = 5


def blog_article(n: int) -> tuple[str, str, str, str]:
    """Article ``n`` (1 = oldest): slug, title, sentence, day."""
    slug, title, sentence = TOPICS[n % len(TOPICS)]
    return f"{slug}-{n:02d}", f"{title} ({n})", sentence, f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}"


def listing_page(articles: list[int], page: int, pages: int) -> str:
    """A WordPress-style archive page: newest first, a numbered pager with a "Suivant" link."""
    entries = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/blog/{blog_article(n)[0]}.html">{blog_article(n)[1]}</a>'
        f'</h2><div class="entry-meta"><time datetime="{blog_article(n)[3]}">{blog_article(n)[3]}</time></div>'
        f"<p>Un résumé de l’article, avec un lien pour lire la suite.</p></article>"
        for n in articles
    )
    href = lambda k: "/blog/index.html" if k == 1 else f"/blog/page-{k}.html"  # noqa: E731
    numbers = "".join(
        f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == page
        else f'<a class="page-numbers" href="{href(k)}">{k}</a>'
        for k in range(1, pages + 1)
    )
    after = f'<a class="next page-numbers" href="{href(page + 1)}">Suivant »</a>' if page < pages else ""
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Blogue – page {page}</title></head>
<body class="blog"><header><a href="/">Le carnet de l’immigrant</a></header><main id="main">{entries}
<nav class="navigation pagination"><div class="nav-links">{numbers}{after}</div></nav></main>
<aside><h3>À propos</h3><a href="/blog/a-propos.html">Qui sommes-nous ?</a></aside></body></html>"""


def build_blog(root: Path, count: int) -> None:
    newest_first = list(range(count, 0, -1))
    pages = -(-count // PER_PAGE)
    for page in range(1, pages + 1):
        chunk = newest_first[(page - 1) * PER_PAGE : page * PER_PAGE]
        write(root, "/blog/index.html" if page == 1 else f"/blog/page-{page}.html", listing_page(chunk, page, pages))
    for n in range(1, count + 1):
        slug, title, sentence, day = blog_article(n)
        write(root, f"/blog/{slug}.html", article_html(slug, title, sentence, day))


def blog_sources(tmp_path: Path, base: str, extra: str = "") -> Path:
    path = tmp_path / "blog.toml"
    path.write_text(f"""[[source]]
name = "carnet-blogue"
kind = "listing"
language = "fr"
authority = "news"
content = "article .entry-content"
urls = ["{base}/blog/index.html"]
follow = ['/blog/[a-z0-9-]+-\\d\\d\\.html$']
{extra}""", encoding="utf-8")
    return path


@pytest.mark.slow
def test_articles_of_a_three_page_listing_are_all_read_and_a_fourth_page_waits(tmp_path: Path) -> None:
    root = tmp_path / "site"
    build_blog(root, 15)  # three pages of five
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        sources = blog_sources(tmp_path, site.url("").rstrip("/"), "max_pages = 3\n")
        first = crawl_night(store, sources, FAST)
        build_blog(root, 16)  # a new article: the oldest moves to a fourth page
        second = crawl_night(store, sources, FAST)

    night1 = snapshots(store, first)
    assert sorted(p for p, s in night1.items() if s.kind == "listing") == [
        "/blog/index.html", "/blog/page-2.html", "/blog/page-3.html"]
    fetched = {p for p, s in night1.items() if s.kind == "article" and s.status == 200}
    assert fetched == {f"/blog/{blog_article(n)[0]}.html" for n in range(1, 16)}
    assert health(store, first) == []
    with store.transaction() as session:
        read_from = {r.evidence.url.split("/", 3)[3] for r in night_records(session, first)}
    oldest = f"blog/{blog_article(1)[0]}.html"  # only page 3 ever listed it
    assert oldest in read_from

    night2 = snapshots(store, second)
    assert "/blog/page-4.html" not in night2  # max_pages = 3
    assert {p for p, s in night2.items() if s.kind == "article" and s.status == 200} == {
        f"/blog/{blog_article(16)[0]}.html"}  # the new one; those that moved a page down are not read again
    assert health(store, second) == []


@pytest.mark.slow
def test_the_article_budget_is_shared_by_the_pages_of_a_listing(tmp_path: Path) -> None:
    root = tmp_path / "site"
    build_blog(root, 15)
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        sources = blog_sources(tmp_path, site.url("").rstrip("/"), "max_articles = 7\n")
        first = crawl_night(store, sources, FAST)
        second = crawl_night(store, sources, FAST)
        third = crawl_night(store, sources, FAST)

    def articles(night: int) -> set[int]:
        paths = {p for p, s in snapshots(store, night).items() if s.kind == "article" and s.status == 200}
        return {n for n in range(1, 16) if f"/blog/{blog_article(n)[0]}.html" in paths}

    assert articles(first) == set(range(9, 16))  # the seven newest, from pages 1 and 2
    assert articles(second) == set(range(2, 9))  # the next seven, pages 2 and 3
    assert articles(third) == {1}


PAGER = "https://blog.test/blog/index.html"
SOURCE = Source(name="s", kind="listing", urls=[PAGER], authority="news", follow=["/blog/"])


@pytest.mark.parametrize(("html", "page", "expected"), [
    ('<head><link rel="next" href="/blog/page-2.html"></head><a href="/x">2</a>', 1, "https://blog.test/blog/page-2.html"),
    ('<ul class="pager"><li class="next"><a href="?page=3">Plus</a></li></ul>', 2, "https://blog.test/blog/index.html?page=3"),
    ('<a href="?p=1">1</a><strong>2</strong><a href="?p=3">3</a><a href="?p=4">4</a>', 2, "https://blog.test/blog/index.html?p=3"),
    ('<a href="/blog/archives/3">Page suivante</a>', 2, "https://blog.test/blog/archives/3"),
    ('<a href="https://ads.test/next">Suivant</a>', 1, None),  # another site: not a page of this listing
    ('<a href="?p=1">1</a><strong>2</strong>', 2, None),  # the last page
])
def test_next_page_links(html: str, page: int, expected: str | None) -> None:
    assert next_page(f"<html><body>{html}</body></html>".encode(), PAGER, SOURCE, page) == expected


def test_a_next_selector_of_the_source_wins() -> None:
    own = SOURCE.model_copy(update={"next": "div.older > a"})
    html = b'<html><body><a rel="next" href="/tag/2">tags</a><div class="older"><a href="/blog/p/2">Plus anciens</a></div></body></html>'
    assert next_page(html, PAGER, own, 1) == "https://blog.test/blog/p/2"
