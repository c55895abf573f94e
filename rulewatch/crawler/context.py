"""The crawl's shared state, opened once per crawl process: store, night, WARC file, and memory of past nights.

The spider and the pipelines reach it through the crawler (``crawl_context(crawler)``), so the
store is opened and the night chosen once, before anything is fetched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rulewatch.errors import StoreError
from rulewatch.store.archive import WARC_DIR, ArchivedResponse, NightArchive
from rulewatch.store.crawl import (
    KnownArticle, PreviousFetch, known_articles, miss_streaks, previous_fetches, sources_key,
)
from rulewatch.store.database import Store
from rulewatch.store.nights import start_night
from rulewatch.store.tables import Night


@dataclass
class CrawlContext:
    store: Store
    night_id: int
    archive: NightArchive
    previous: dict[tuple[str, str], PreviousFetch] = field(default_factory=dict)  # by (source, URL)
    known: dict[str, KnownArticle] = field(default_factory=dict)
    archived: dict[tuple[str, str], ArchivedResponse] = field(default_factory=dict)  # tonight's, before a crash
    missed: dict[tuple[str, str], int] = field(default_factory=dict)  # (source, URL) -> selector-miss nights in a row

    @classmethod
    def open(
        cls, data_dir: str | None, db_url: str | None, night_id: int | None, sources: str | None, migrate: bool = True
    ) -> "CrawlContext":
        """Open (and migrate) the store, check or start the night, and reopen tonight's WARC file."""
        store = Store.open(data_dir, db_url, migrate=migrate)
        with store.transaction() as session:
            if night_id is None:
                night_id = start_night(session, sources=sources_key(sources) if sources else None)
            elif session.get(Night, night_id) is None:
                where = store.engine.url.render_as_string(hide_password=True)
                raise StoreError(f"no night {night_id} in {where}")
            previous = previous_fetches(session)
            known = known_articles(session)
            missed = miss_streaks(session)
        archive = NightArchive(store.data_dir / WARC_DIR, night_id)
        recovered = archive.open()
        archived = {(r.source or "", r.declared_url or r.url): r for r in recovered}
        return cls(store, night_id, archive, previous, known, archived, missed)

    def close(self) -> None:
        self.archive.close()
        self.store.engine.dispose()


def crawl_context(crawler: Any) -> CrawlContext:
    """The crawl's context, opened on first use from the crawler's settings."""
    context = getattr(crawler, "rulewatch_context", None)
    if context is None:
        settings = crawler.settings
        night = settings.get("RULEWATCH_NIGHT")
        context = CrawlContext.open(
            settings.get("RULEWATCH_DATA") or None,
            settings.get("RULEWATCH_DB") or None,
            int(night) if night not in (None, "") else None,
            settings.get("RULEWATCH_SOURCES") or None,
            migrate=settings.getbool("RULEWATCH_MIGRATE", True),
        )
        crawler.rulewatch_context = context
    return context
