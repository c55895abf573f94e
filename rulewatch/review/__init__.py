"""Review: editors' decisions on alerts (accept, reject, edit, reopen), always with a reason, never overwriting another's.

``decisions`` (decide, history), ``queue`` (the filtered, paginated queue), ``evidence`` (quotes in
their paragraph), ``unread`` (statements the extractors could not read, typed into a record or
dismissed), ``corpus`` (those answers as labelled corpus cases), ``users`` (accounts and sessions) and
``web`` (the pages) — the CLI and the web app call the same functions, so both keep the same rules.
"""

from .decisions import decide, history
from .edits import corrected_value
from .queue import QueueFilter, queue_page
from .users import add_user

__all__ = ["QueueFilter", "add_user", "corrected_value", "decide", "history", "queue_page"]
