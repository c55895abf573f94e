"""Scrapy settings of the crawl process (``scrapy.cfg`` and ``python -m rulewatch.crawler`` load this module).

Our own settings (override with ``-s KEY=VALUE``):

    RULEWATCH_DB       SQLAlchemy URL of the store (default ``$RULEWATCH_DB``, else SQLite in the data dir)
    RULEWATCH_DATA     data directory (default ``$RULEWATCH_DATA``, else ``./rulewatch-data``)
    RULEWATCH_NIGHT    id of the night to record into (empty: the crawl starts a night of its own)
    RULEWATCH_SOURCES  sources file (empty: the packaged ``default_sources.toml``)
    RULEWATCH_PROGRESS print progress as JSON lines on stdout (``run.py`` draws them)
    RULEWATCH_MIGRATE  bring the store's schema up to date first (``run.py`` says False: its caller did)
    RULEWATCH_DEAD_HOST_AFTER  skip a host for the night after it refused or timed out this many
                       requests in a row (default 5; 0: never skip)
    RULEWATCH_RECHECK_BUDGET  conditional requests a night for known articles no listing re-dated
                       (default 300; each source's ``recheck_days`` says how often each is due)
    RULEWATCH_TEMPLATE_NIGHTS  nights in a row a selector may match nothing before the health
                       report says the page's template changed (default 3)
    RULEWATCH_CONTACT  (environment) how site owners reach whoever runs this instance

Conditional requests are made by the spider itself (If-None-Match / If-Modified-Since from the
last snapshot in the store), not by Scrapy's HttpCache: the store already keeps every validator
and the WARC file every body, and a cache directory beside them would be a second archive.
"""

from __future__ import annotations

import os

from rulewatch import __version__

BOT_NAME = "rulewatch"
SPIDER_MODULES = ["rulewatch.crawler.spiders"]
NEWSPIDER_MODULE = "rulewatch.crawler.spiders"

# Identify ourselves and say how to reach whoever runs this instance.
CONTACT = os.environ.get("RULEWATCH_CONTACT", "").strip() or "set RULEWATCH_CONTACT"
USER_AGENT = f"rulewatch/{__version__} (+contact: {CONTACT})"
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
}

# Be polite: obey robots.txt, few parallel requests per site, back off when the site slows down.
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1
AUTOTHROTTLE_MAX_DELAY = 30
CONCURRENT_REQUESTS_PER_DOMAIN = 2
CONCURRENT_REQUESTS = 16
# Each callback yields one page (and a listing its article requests): Scrapy's default of 100
# starts ~100 asyncio tasks per response for nothing (a third of a 304 night's CPU).
CONCURRENT_ITEMS = 4
RETRY_TIMES = 1
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024  # larger bodies become a "too-large" health entry; -s DOWNLOAD_MAXSIZE=N
# A snapshot is what the page says to anyone, not to a session.
COOKIES_ENABLED = False
# No listening ports in the crawl process.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# Components we never use are dropped outright, not just switched off: Scrapy imports a component
# before it can say "not configured", and these imports (tldextract, aiohttp) were a sixth of the
# crawl process's start-up.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,  # COOKIES_ENABLED = False
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,  # the store keeps validators and bodies
    # Nearer the download than RetryMiddleware (550): it counts every failed attempt, retries included.
    "rulewatch.crawler.dead_hosts.DeadHosts": 560,
}
# Scrapy's HTTP handler, refusing requests queued for a host given up since (rulewatch.crawler.dead_hosts).
DOWNLOAD_HANDLERS = {
    "http": "rulewatch.crawler.dead_hosts.GuardedHTTPDownloadHandler",
    "https": "rulewatch.crawler.dead_hosts.GuardedHTTPDownloadHandler",
}
LOG_LEVEL = "INFO"

# The stages, in order; each one is a file in rulewatch/crawler/pipelines/.
EXTENSIONS = {
    "rulewatch.crawler.progress.Progress": 500,
    "scrapy.extensions.telnet.TelnetConsole": None,  # TELNETCONSOLE_ENABLED = False
    "scrapy.extensions.remote_control.RemoteControl": None,  # REMOTE_CONTROL_ENABLED = False
}
ITEM_PIPELINES = {
    "rulewatch.crawler.pipelines.archive_snapshot.ArchiveSnapshotPipeline": 100,
    "rulewatch.crawler.pipelines.extract_records.ExtractRecordsPipeline": 200,
    "rulewatch.crawler.pipelines.store_snapshot.StoreSnapshotPipeline": 300,
}

RULEWATCH_DB = os.environ.get("RULEWATCH_DB", "")
RULEWATCH_DATA = os.environ.get("RULEWATCH_DATA", "")
RULEWATCH_NIGHT = ""
RULEWATCH_SOURCES = ""
RULEWATCH_PROGRESS = False
RULEWATCH_MIGRATE = True
RULEWATCH_DEAD_HOST_AFTER = 5
RULEWATCH_RECHECK_BUDGET = 300
RULEWATCH_TEMPLATE_NIGHTS = 3
