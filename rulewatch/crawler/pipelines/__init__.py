"""Item pipelines, one stage per file; their order is declared once, in ``settings.ITEM_PIPELINES``."""
