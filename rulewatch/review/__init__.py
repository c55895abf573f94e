"""Review: editors' decisions on alerts (accept, reject, edit), always with a reason, never overwriting another's."""

from .decisions import decide

__all__ = ["decide"]
