"""Refused decisions kept for the page a browser is redirected to (post/redirect/get, refused or not)."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Refusal:
    """A refused decision, kept for the page the browser is sent to next: whose it is, why, what was typed."""

    editor: str
    status: int
    message: str
    form: dict[str, str]


class Refusals:
    """Refused decisions by a random key, for a few minutes, in the server's memory (a restart forgets them:
    the page then shows without the message, nothing is lost that was stored)."""

    def __init__(self, keep: int = 1000, lifetime: float = 600.0) -> None:
        self.keep, self.lifetime = keep, lifetime
        self._items: OrderedDict[str, tuple[float, Refusal]] = OrderedDict()

    def put(self, refusal: Refusal) -> str:
        key = secrets.token_urlsafe(12)
        self._items[key] = (time.monotonic(), refusal)
        while len(self._items) > self.keep:
            self._items.popitem(last=False)
        return key

    def get(self, key: str, editor: str) -> Refusal | None:
        """The refusal under ``key`` when it is this editor's and recent; None otherwise."""
        found = self._items.get(key)
        if found is None or found[1].editor != editor or time.monotonic() - found[0] > self.lifetime:
            return None
        return found[1]
