"""Spiders of the crawl process (``SPIDER_MODULES``); ``sources`` is the only one."""
