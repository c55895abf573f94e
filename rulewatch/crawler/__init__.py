"""The Scrapy adapter: sources -> snapshots (raw bodies), records and health entries for one night.

``import scrapy`` lives only under this package, and only in the modules the crawl process loads
(settings, spiders, pipelines, ``__main__``). Callers outside the crawler use
:func:`rulewatch.crawler.run.run_crawl`, which runs the crawl in a subprocess (a Twisted reactor
cannot be restarted within one process, and the CLI runs several nights in one process).

Flow, one stage per file, ordered once in ``settings.ITEM_PIPELINES``::

    spiders/sources.py            one request per declared URL -> FetchedPage items
    pipelines/archive_snapshot.py body -> blob store (content addressed)
    pipelines/extract_records.py  body -> records, language, text hash, health entries
    pipelines/store_snapshot.py   snapshot + records + health rows, one transaction per crawl
"""
