"""The demo: the bundled site (a 2023 night, then a 2026 night) served on 127.0.0.1 and run through
the real nightly pipeline into a fresh store. Nothing leaves the machine."""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

from rich.console import Console

from rulewatch.errors import RulewatchError
from rulewatch.nightly import NightReport, run_night
from rulewatch.store import Store
from rulewatch.views import health_table, print_changes

from .local_site import serve_site

# Politeness settings are for real sites; the demo's site is this machine.
LOCAL_SETTINGS = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0"}
NIGHTS = (("night1", "Night 1 — the 2023 state"), ("night2", "Night 2 — the 2026 state"),
          ("night2", "Night 3 — the same pages again"))


def site_root() -> Path:
    return Path(str(resources.files("rulewatch.demo") / "site"))


def write_sources(folder: Path, base_url: str) -> Path:
    template = (Path(str(resources.files("rulewatch.demo"))) / "sources.toml").read_text(encoding="utf-8")
    path = folder / "demo-sources.toml"
    path.write_text(template.replace("{base}", base_url.rstrip("/")), encoding="utf-8")
    return path


def _fresh_folder(into: Path | None) -> Path:
    if into is None:
        return Path(tempfile.mkdtemp(prefix="rulewatch-demo-"))
    if into.exists() and any(into.iterdir()):
        raise RulewatchError(f"{into} is not empty: the demo needs a fresh data directory")
    into.mkdir(parents=True, exist_ok=True)
    return into


def run_demo(console: Console, into: Path | None = None) -> list[NightReport]:
    data_dir = _fresh_folder(into)
    store = Store.open(data_dir)
    reports = []
    console.print(f"[bold]rulewatch demo[/] — store in {data_dir}", highlight=False)
    with serve_site(site_root() / NIGHTS[0][0]) as site:
        sources = write_sources(data_dir, site.url(""))
        console.print(f"serving the bundled site on {site.url('')}", highlight=False)
        for folder, title in NIGHTS:
            site.root = site_root() / folder
            report = run_night(store, sources, LOCAL_SETTINGS)
            reports.append(report)
            print_changes(console, report.alerts, f"{title}: {len(report.alerts)} new alerts")
            if report.health:
                console.print(health_table(report.health, f"{title}: source health"))
    console.print(
        f"Review them: rulewatch --data-dir {data_dir} alerts · "
        f"rulewatch --data-dir {data_dir} review ID accept --reason '…' · "
        f"rulewatch --data-dir {data_dir} export --out published/",
        highlight=False,
    )
    return reports
