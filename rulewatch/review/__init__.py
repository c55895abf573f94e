"""Review: editors' decisions on alerts (accept, reject, edit), always with a reason, never overwriting another's.

``decisions`` (decide, history), ``queue`` (the filtered, paginated queue), ``evidence`` (quotes in
their paragraph), ``users`` (accounts and sessions) and ``web`` (the pages) — the CLI and the web app
call the same functions, so both keep the same rules.
"""

from .decisions import decide, edited_value, history
from .queue import QueueFilter, queue_page
from .users import add_user

__all__ = ["QueueFilter", "add_user", "decide", "edited_value", "history", "queue_page"]
