"""The CLI's own errors say the right thing: the flag at fault, no password, no stray folder; help
that reads right; decisions signed by a named editor."""

import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.review import QueueFilter, history, queue_page
from tests.review_support import sqlite_store  # noqa: F401 -- fixture

runner = CliRunner()
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


def test_a_bad_date_blames_the_flag_it_was_given_to(tmp_path):
    result = runner.invoke(app, ["--data-dir", str(tmp_path), "snapshot", "https://example.org/", "--date", "2026-13-45"])
    assert result.exit_code == 2 and "--date" in result.output and "--published" not in result.output
    page = tmp_path / "page.txt"
    page.write_text("Rien.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page), "--published", "2026-02-30"])
    assert result.exit_code == 2 and "--published" in result.output


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://editor:S3cret-Pass@127.0.0.1:1/rulewatch",
    "postgresql://editor:S3cret-Pass@127.0.0.1:1/rulewatch",
    "nosuchdriver://editor:S3cret-Pass@db.example/rulewatch",
])
def test_a_database_url_is_never_printed_with_its_password_and_leaves_no_folder(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["--db", url, "alerts"])
    assert result.exit_code == 1 and "error:" in result.stderr
    assert "S3cret-Pass" not in result.output and "***" in result.stderr
    assert not (tmp_path / "rulewatch-data").exists()


@pytest.mark.parametrize("command", [*COMMANDS, "user add", "user list"])
def test_boolean_flags_read_as_flags_in_help(command):
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0 and "<bool>" not in result.output
    assert any(line.strip().startswith("Example:") for line in result.output.splitlines())  # its own paragraph


def test_demo_help_says_how_many_nights_it_runs():
    from rulewatch.demo import NIGHTS

    assert len(NIGHTS) == 3 and "three nights" in runner.invoke(app, ["demo", "--help"]).output


def _tightened_id(store):
    with store.transaction() as session:
        return queue_page(session, QueueFilter(type="tightened"), per_page=None).rows[0].id


def test_cli_decisions_are_signed_by_editor_then_env_then_the_os_login_shown_as_such(sqlite_store, monkeypatch):
    import getpass

    base = ["--data-dir", str(sqlite_store.data_dir), "review"]
    alert = _tightened_id(sqlite_store)
    monkeypatch.setenv("RULEWATCH_EDITOR", "ana")
    assert runner.invoke(app, [*base, str(alert), "accept", "--reason", "canada.ca"]).exit_code == 0
    assert history(sqlite_store, alert)[0].editor == "ana"
    assert runner.invoke(app, [*base, str(alert), "reopen", "--reason", "again", "--editor", "bob"]).exit_code == 0
    assert history(sqlite_store, alert)[0].editor == "bob"
    monkeypatch.delenv("RULEWATCH_EDITOR")
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    done = runner.invoke(app, [*base, str(alert), "reject", "--reason", "not yet"])
    assert done.exit_code == 0 and "OS login" in done.output and "RULEWATCH_EDITOR" in done.output
    assert history(sqlite_store, alert)[0].editor == "root (OS login)"


def test_the_license_is_an_spdx_expression():
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # a table is deprecated by setuptools (PEP 639)
    assert any(r.replace(" ", "").startswith("setuptools>=77") for r in project["build-system"]["requires"])
