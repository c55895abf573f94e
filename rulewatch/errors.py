"""Every error rulewatch raises on purpose, so callers can catch one family.

    RulewatchError
    ├── SourceConfigError      a sources file is invalid (names the source and the field)
    ├── FetchError             a page could not be fetched (reason: http-404, timeout, ...)
    ├── ExtractionError        a page was fetched but yields no usable main text (reason)
    ├── StoreError             the store cannot be opened or migrated
    │   ├── NightLocked        another run holds the store's night lock (says who, since when)
    │   └── DiskFull           no space left where the store writes ("disk full: N bytes free in DIR")
    ├── NotifyConfigError      a notification config file is invalid (names the target and the field)
    ├── ReviewError            a review cannot be applied
    │   ├── ReviewConflict     someone else decided on this alert first
    │   ├── UnknownAlert       no alert has that id
    │   └── UnknownStatement   no unread statement has that id
    ├── AccountError           an editor account cannot be created or used
    ├── PublishError           the accepted state cannot be exported (names the alert)
    └── ProfileError           a candidate's profile (for `rulewatch check`) is invalid (names the field)

A source problem is reported as a health entry, never as a removed rule.
"""


class RulewatchError(Exception):
    """Base class of rulewatch's own errors."""


class SourceConfigError(RulewatchError):
    """A sources file is invalid."""


class FetchError(RulewatchError):
    """A page could not be fetched; ``reason`` is a short stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class ExtractionError(RulewatchError):
    """A fetched page yields no usable main text; ``reason`` is a short stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class StoreError(RulewatchError):
    """The store cannot be opened, migrated or written."""


class NightLocked(StoreError):
    """Another nightly or crawl holds the store's night lock."""


class DiskFull(StoreError):
    """No space left on the disk the store writes to; the message is one line saying how much is free, where."""


class NotifyConfigError(RulewatchError):
    """A notification config file (notify.toml) is invalid."""


class ReviewError(RulewatchError):
    """A review cannot be applied."""


class ReviewConflict(ReviewError):
    """Another editor decided on the alert first."""


class UnknownAlert(ReviewError):
    """No alert has that id."""


class UnknownStatement(ReviewError):
    """No unread statement has that id."""


class AccountError(RulewatchError):
    """An editor account cannot be created, or a login is refused."""


class PublishError(RulewatchError):
    """The accepted state cannot be exported as it is (an accepted edit's stored value is invalid)."""


class ProfileError(RulewatchError):
    """A candidate's profile file is invalid; the message names the file and the field."""
