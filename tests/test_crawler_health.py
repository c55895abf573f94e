"""Source health that needs the past: an empty 200 where there was text, a main text that lost most of itself, a
selector missed night after night (the template changed); and a bad selector refused before anything is fetched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.store import Store
from tests.crawl_sites import FAST, canada_page, health, write

PAGES = ("/fr/fonds.html", "/fr/criteres.html", "/fr/categories.html")


def canada_sources(tmp_path: Path, base: str, content: str = "main") -> Path:
    urls = ", ".join(f'"{base}{p}"' for p in PAGES)
    path = tmp_path / "canada.toml"
    path.write_text(f"""[[source]]
name = "canada-fr"
language = "fr"
authority = "official"
content = "{content}"
remove = ["#wb-dtmd", "section.pagedetails"]
urls = [{urls}]
""", encoding="utf-8")
    return path


@pytest.mark.slow
def test_empty_body_shrunk_text_and_a_changed_template_are_health_entries(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root, "/fr/fonds.html", canada_page("Preuve de fonds"))
    write(root, "/fr/criteres.html", canada_page("Critères du Système de classement global", paragraphs=24))
    write(root, "/fr/categories.html", canada_page("Sélection par catégorie"))
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        sources = canada_sources(tmp_path, site.url("").rstrip("/"))
        first = run_night(store, sources, FAST)
        write(root, "/fr/fonds.html", b"")  # 200, Content-Length: 0
        write(root, "/fr/criteres.html", canada_page("Critères du Système de classement global", paragraphs=2))
        write(root, "/fr/categories.html", canada_page("Sélection par catégorie", main=False))  # no <main> any more
        nights = [run_night(store, sources, FAST) for _ in range(3)]

    assert first.health == [] and first.alerts
    second, third, fourth = (health(store, n.night_id) for n in nights)
    assert [(p, url) for p, url, _ in second] == [
        ("empty-body", "/fr/fonds.html"), ("selector-miss", "/fr/categories.html"), ("text-shrank", "/fr/criteres.html")]
    detail = dict(((p, url), d) for p, url, d in second)
    assert "Content-Length: 0" in detail[("empty-body", "/fr/fonds.html")]
    assert "−9" in detail[("text-shrank", "/fr/criteres.html")]  # −90 % or more
    # The shrunk page was read: the next night compares with it. The empty page and the missed selector stay.
    assert [(p, url) for p, url, _ in third] == [("empty-body", "/fr/fonds.html"), ("selector-miss", "/fr/categories.html")]
    assert [(p, url) for p, url, _ in fourth] == [
        ("empty-body", "/fr/fonds.html"), ("selector-miss", "/fr/categories.html"), ("template-changed", "/fr/categories.html")]
    changed = next(d for p, _, d in fourth if p == "template-changed")
    assert "3 nights in a row" in changed and "'main'" in changed
    assert not [c for n in nights for _, c in n.alerts if c.type == "removed"]  # nothing removed, ever

    result = CliRunner().invoke(app, ["--data-dir", str(store.data_dir), "health", "--json"])
    assert result.exit_code == 0, result.output
    assert '"template-changed"' in result.output


@pytest.mark.slow
def test_a_bad_selector_is_refused_when_the_file_is_loaded_before_any_request(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root, "/fr/fonds.html", canada_page("Preuve de fonds"))
    with serve_site(root) as site:
        sources = canada_sources(tmp_path, site.url("").rstrip("/"), content="main[[[")
        cli = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "data"), "crawl", "--sources", str(sources)])
        crawler = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "rulewatch.crawler", "--sources", str(sources), "--data-dir", str(tmp_path / "data")],
            capture_output=True, text=True, timeout=120,
        )
        requests = site.requests
    assert cli.exit_code == 1
    assert "source 'canada-fr', field content" in cli.output and "main[[[" in cli.output
    assert crawler.returncode == 2
    assert crawler.stderr.count("\n") == 1 and "source 'canada-fr', field content: " in crawler.stderr
    assert requests == 0
