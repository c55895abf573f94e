"""Test support for unread statements answered by editors: a local site crawled by the real nightly job.

``fixtures/unread-review`` (its README says what each night holds) is served on 127.0.0.1; night 1
leaves three statements for an editor, two on the official page and one in a news article.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rulewatch.cli import app as cli
from rulewatch.demo import LOCAL_SETTINGS
from rulewatch.demo.local_site import Site
from rulewatch.nightly import NightReport, run_night
from rulewatch.store import Store

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "unread-review"
PAGE, ARTICLE = "fr/sante-exigences.html", "nouvelles/guide-sante.html"
LANGUAGE = "Côté français, NCLC 7, point final."
ORIENTATION = "Les candidats doivent aussi avoir suivi au moins 40 heures d’orientation sur le système de santé canadien."
DEPOSIT = ("Selon plusieurs consultants, chaque candidat doit aussi prévoir une garantie d’au moins 2 500 $ déposée "
           "auprès d’un organisme de placement.")
VOLUNTEERING = "Les candidats doivent également justifier d’au moins 200 heures de bénévolat dans un établissement de santé."
LANGUAGE_KEY = "requirement:category:healthcare:language_min"


def write_sources(folder: Path, site: Site) -> Path:
    path = folder / "unread-sources.toml"
    path.write_text(f"""
[[source]]
name = "canada-sante"
language = "fr"
authority = "official"
content = "main"
remove = ["#wb-dtmd", "section.pagedetails"]
urls = ["{site.url(PAGE)}"]

[[source]]
name = "courrier-fr"
language = "fr"
authority = "news"
content = "article"
remove = [".ad", ".byline"]
urls = ["{site.url(ARTICLE)}"]
""", encoding="utf-8")
    return path


def night(store: Store, sources: Path, site: Site, name: str) -> NightReport:
    """Serve ``night1``/``night2`` (the article stays night 1's) and run the real nightly job."""
    root = store.data_dir.parent / f"site-{name}"
    if not root.exists():
        import shutil

        shutil.copytree(SITE / "night1", root)
        if (SITE / name).exists() and name != "night1":
            shutil.copytree(SITE / name, root, dirs_exist_ok=True)
    site.root = root
    return run_night(store, sources, LOCAL_SETTINGS)


def run_cli(store: Store, *args: str, ok: bool = True):  # noqa: ANN201 -- click's Result
    result = CliRunner().invoke(cli, ["--data-dir", str(store.data_dir), *args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def cli_json(store: Store, *args: str) -> dict:
    return json.loads(run_cli(store, *args, "--json").stdout)
