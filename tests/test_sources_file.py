"""Sources files: every invalid fixture names the source and the field; the packaged default is sound."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from rulewatch.errors import SourceConfigError
from rulewatch.sources import Source, default_sources_path, load_sources

INVALID = Path(__file__).resolve().parents[1] / "fixtures" / "sources" / "invalid"
EXPECT = re.compile(r"^# expect: source=(?P<source>\S+) field=(?P<field>\S+)\s*$", re.MULTILINE)


def invalid_cases() -> list[Path]:
    return sorted(INVALID.glob("*.toml"))


def test_the_invalid_fixtures_are_there() -> None:
    names = {p.stem for p in invalid_cases()}
    assert {"missing-urls", "bad-authority", "not-http", "duplicate-name"} <= names


@pytest.mark.parametrize("path", invalid_cases(), ids=lambda p: p.stem)
def test_invalid_sources_file_names_the_source_and_the_field(path: Path) -> None:
    expect = EXPECT.search(path.read_text(encoding="utf-8"))
    assert expect, f"{path.name} needs a '# expect: source=NAME field=FIELD' first line"
    with pytest.raises(SourceConfigError) as caught:
        load_sources(path)
    message = str(caught.value)
    assert path.name in message
    assert expect["source"] in message
    assert expect["field"] in message


def test_missing_file_is_a_source_config_error(tmp_path: Path) -> None:
    with pytest.raises(SourceConfigError, match="no such sources file"):
        load_sources(tmp_path / "absent.toml")


def test_broken_toml_is_a_source_config_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[source]]\nname = "ircc-fr\n', encoding="utf-8")
    with pytest.raises(SourceConfigError, match="not valid TOML"):
        load_sources(path)


@pytest.fixture(scope="module")
def sources() -> list[Source]:
    return load_sources(default_sources_path())


class TestDefaultSources:
    def test_loads_and_is_the_default(self, sources: list[Source]) -> None:
        assert sources == load_sources(None)
        assert len(sources) >= 4

    def test_every_kind_is_used(self, sources: list[Source]) -> None:
        assert {s.kind for s in sources} == {"page", "listing", "rss", "sitemap", "rounds-json"}
        for source in sources:
            assert bool(source.follow) == (source.kind in ("listing", "rss", "sitemap")), source.name

    def test_canada_ca_sitemaps_lead_to_express_entry_pages_in_both_languages(self, sources: list[Source]) -> None:
        sitemaps = {s.language: s for s in sources if s.kind == "sitemap"}
        assert set(sitemaps) == {"fr", "en"}
        assert all(url.startswith("https://www.canada.ca/") for s in sitemaps.values() for url in s.urls)
        assert sitemaps["fr"].follows("https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/"
                                      "entree-express/documents/preuve-fonds-suffisants.html")
        assert sitemaps["en"].follows("https://www.canada.ca/en/immigration-refugees-citizenship/services/"
                                      "immigrate-canada/express-entry.html")
        assert not sitemaps["en"].follows("https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada.html")

    def test_the_rounds_feeds_in_both_languages(self, sources: list[Source]) -> None:
        feeds = {s.language: s.urls for s in sources if s.kind == "rounds-json"}
        base = "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_"
        assert feeds == {"fr": [base + "fr.json"], "en": [base + "en.json"]}

    def test_at_least_three_news_sources_find_their_own_articles(self, sources: list[Source]) -> None:
        news = [s for s in sources if s.authority == "news"]
        assert len(news) >= 3
        assert sum(s.kind in ("listing", "rss") for s in news) >= 2

    def test_french_first(self, sources: list[Source]) -> None:
        assert sources[0].language == "fr"
        official = [s for s in sources if s.authority == "official"]
        assert official[0].language == "fr"

    def test_real_https_addresses_only(self, sources: list[Source]) -> None:
        urls = [u for s in sources for u in s.urls]
        assert len(urls) == len(set(urls))
        for url in urls:
            parts = urlsplit(url)
            assert parts.scheme == "https", url
            assert parts.hostname not in ("127.0.0.1", "localhost"), url

    def test_canada_ca_is_official_and_read_from_main(self, sources: list[Source]) -> None:
        canada = [s for s in sources if s.kind != "rounds-json"
                  and any(urlsplit(u).hostname == "www.canada.ca" for u in s.urls)]
        assert canada
        for source in canada:
            assert all(urlsplit(u).hostname == "www.canada.ca" for u in source.urls), source.name
            assert source.authority == "official"
            assert source.content == "main"
            assert {"#wb-dtmd", "section.pagedetails"} <= set(source.remove)
            assert source.language in ("fr", "en")
            path_lang = {"fr": "/fr/", "en": "/en/"}[source.language]
            assert all(urlsplit(u).path.startswith(path_lang) for u in source.urls), source.name

    def test_news_sources_are_news(self, sources: list[Source]) -> None:
        hosts = {urlsplit(u).hostname: s.authority for s in sources for u in s.urls}
        assert hosts["www.expat.com"] == "news"
        assert hosts["pvtistes.net"] == "news"
