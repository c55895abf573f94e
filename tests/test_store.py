"""The store: migrated by Alembic from empty, and one stage is one transaction."""

import pytest
from sqlalchemy import inspect, select

from rulewatch.store import Store, start_night
from rulewatch.store.tables import Night


def test_a_new_store_is_migrated_to_head(tmp_path):
    store = Store.open(tmp_path / "d")
    tables = set(inspect(store.engine).get_table_names())
    assert {"alembic_version", "nights", "snapshots", "records", "ruleset_versions", "alerts", "reviews", "health"} <= tables
    Store.open(tmp_path / "d")  # opening again is a no-op migration


def test_the_migrations_build_exactly_the_tables_the_code_declares(tmp_path):
    """A column or index added to tables.py without its migration would fail on every existing store."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rulewatch.store.database import alembic_config
    from rulewatch.store.tables import Base

    store = Store.open(tmp_path / "d")
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    with store.engine.begin() as conn:  # and every migration can be undone, then done again
        cfg = alembic_config(store.engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        command.upgrade(cfg, "head")


def test_a_failed_stage_leaves_nothing(tmp_path):
    store = Store.open(tmp_path / "d")
    with pytest.raises(RuntimeError):
        with store.transaction() as session:
            start_night(session)
            raise RuntimeError("crash in the middle of a stage")
    with store.transaction() as session:
        assert session.scalars(select(Night)).all() == []


def test_data_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RULEWATCH_DATA", str(tmp_path / "env-data"))
    assert Store.open().data_dir == (tmp_path / "env-data").resolve()
