"""The night's WARC file: every response as fetched, unchanged pages as revisit records (warcio).

One gzipped WARC file per night, ``<data>/warc/night-000012.warc.gz``; each record is its own
gzip member and is flushed before its offset is handed out, so a crawl killed at any moment
leaves a file whose complete records all read back. ``recover`` drops a torn last record (what
a kill -9 mid-write leaves) so the next run can append to the same night.

The store indexes each snapshot by (file, offset, length): reading one record is one seek.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rulewatch import __version__
from rulewatch.errors import StoreError

WARC_DIR = "warc"


def night_warc_name(night_id: int) -> str:
    return f"night-{night_id:06d}.warc.gz"


@dataclass(frozen=True)
class WarcRef:
    """Where one record lives: a file name under ``<data>/warc`` and its byte range."""

    file: str
    offset: int
    length: int


@dataclass
class ArchivedResponse:
    """One record read back; for a revisit, ``body`` is empty and ``refers_to`` names the original."""

    url: str
    kind: str  # response | revisit
    date: datetime
    status: int | None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    refers_to: str | None = None  # WARC-Refers-To-Target-URI of a revisit
    ref: WarcRef | None = None
    declared_url: str | None = None  # the address in the sources file, when a redirect led elsewhere
    source: str | None = None


def _warc_date(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_warc_date(value: str | None) -> datetime:
    if not value:
        return datetime.fromtimestamp(0, timezone.utc)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _http_headers(status: int, headers: dict[str, str]) -> StatusAndHeaders:
    return StatusAndHeaders(f"{status} -", list(headers.items()), protocol="HTTP/1.1")


@dataclass(frozen=True)
class Fetch:
    """What is written with every record: the address fetched, when, the HTTP status and headers."""

    url: str  # the address that answered (after redirects)
    when: datetime
    status: int
    headers: dict[str, str]
    declared_url: str | None = None
    source: str | None = None

    def warc_headers(self) -> dict[str, str]:
        out = {"WARC-Date": _warc_date(self.when)}
        if self.source:
            out["Rulewatch-Source"] = self.source
        if self.declared_url and self.declared_url != self.url:
            out["Rulewatch-Declared-URI"] = self.declared_url
        return out


class NightArchive:
    """Append-only writer of one night's WARC file (reopened for appending after a crash)."""

    def __init__(self, root: Path, night_id: int) -> None:
        self.root = root
        self.name = night_warc_name(night_id)
        self.path = root / self.name
        self._fh: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None

    def open(self) -> list[ArchivedResponse]:
        """Open for appending; returns the complete records already in the file (after a crash)."""
        self.root.mkdir(parents=True, exist_ok=True)
        kept = recover(self.path) if self.path.exists() else []
        self._fh = open(self.path, "ab")  # noqa: SIM115 -- closed in close()
        self._writer = WARCWriter(self._fh, gzip=True)
        if self._fh.tell() == 0:
            info = {"software": f"rulewatch/{__version__}", "format": "WARC File Format 1.1"}
            self._write(self._writer.create_warcinfo_record(self.name, info))
        return kept

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = self._writer = None

    def _write(self, record: object) -> WarcRef:
        if self._fh is None or self._writer is None:
            raise StoreError(f"{self.path} is not open for writing")
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        return WarcRef(self.name, offset, self._fh.tell() - offset)

    def write_response(self, fetch: Fetch, body: bytes) -> WarcRef:
        assert self._writer is not None, "open() first"
        record = self._writer.create_warc_record(
            fetch.url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=_http_headers(fetch.status, fetch.headers), warc_headers_dict=fetch.warc_headers(),
        )
        return self._write(record)

    def write_revisit(self, fetch: Fetch, original_url: str, original_date: datetime, payload_digest: str) -> WarcRef:
        """A page that did not change: its headers, and where the identical body was archived."""
        assert self._writer is not None, "open() first"
        record = self._writer.create_revisit_record(
            fetch.url, digest=payload_digest, refers_to_uri=original_url, refers_to_date=_warc_date(original_date),
            http_headers=_http_headers(fetch.status, fetch.headers),
        )
        for name, value in fetch.warc_headers().items():
            record.rec_headers.replace_header(name, value)
        return self._write(record)


def sha1_payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest warcio writes for ``body`` (base32 SHA-1)."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")  # noqa: S324 -- WARC's own digest


def _to_archived(record: object, ref: WarcRef | None) -> ArchivedResponse:
    rec_headers = record.rec_headers  # type: ignore[attr-defined]
    http = record.http_headers  # type: ignore[attr-defined]
    status = int(http.get_statuscode()) if http is not None and http.get_statuscode() else None
    body = record.content_stream().read() if record.rec_type == "response" else b""  # type: ignore[attr-defined]
    return ArchivedResponse(
        url=rec_headers.get_header("WARC-Target-URI") or "",
        kind=record.rec_type,  # type: ignore[attr-defined]
        date=_parse_warc_date(rec_headers.get_header("WARC-Date")),
        status=status,
        headers=dict(http.headers) if http is not None else {},
        body=body,
        refers_to=rec_headers.get_header("WARC-Refers-To-Target-URI"),
        ref=ref,
        declared_url=rec_headers.get_header("Rulewatch-Declared-URI") or rec_headers.get_header("WARC-Target-URI"),
        source=rec_headers.get_header("Rulewatch-Source"),
    )


def read_records(path: Path) -> list[ArchivedResponse]:
    """Every complete response and revisit record of a WARC file, in order (a torn tail is ignored)."""
    out: list[ArchivedResponse] = []
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        try:
            for record in iterator:
                if record.rec_type not in ("response", "revisit"):
                    continue
                archived = _to_archived(record, None)  # the body first: asking for the offset skips it
                archived.ref = WarcRef(path.name, iterator.get_record_offset(), iterator.get_record_length())
                out.append(archived)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError):
            pass  # a record cut by a crash: everything before it is intact
    return out


def _complete(member: bytes) -> bool:
    """Is this one whole record: a gzip member that ends (its CRC and size check out) holding a WARC
    record whose block is exactly its Content-Length, followed by the record's two CRLFs?"""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflate.decompress(member)
    except zlib.error:
        return False
    if not inflate.eof or inflate.unused_data:
        return False
    head, found, rest = data.partition(b"\r\n\r\n")
    length = next((line.split(b":", 1)[1].strip() for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), b"")
    return bool(found) and length.isdigit() and len(rest) == int(length) + 4 and rest.endswith(b"\r\n\r\n")


def _record_spans(path: Path) -> list[tuple[int, int]]:
    """(offset, length) of every record warcio finds, a torn last one included."""
    spans: list[tuple[int, int]] = []
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        try:
            for record in iterator:
                iterator.read_to_end(record)
                spans.append((iterator.get_record_offset(), iterator.get_record_length()))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError):
            pass
    return spans


def complete_end(path: Path) -> int:
    """Where the file's run of complete records ends, each verified by reading it back on its own.

    warcio reads a record cut by a kill or a full disk as if it were whole (with half its body):
    only a gzip member that ends, and a block of its declared length, make a record complete.
    """
    end = 0
    with open(path, "rb") as fh:
        for offset, length in _record_spans(path):
            if offset != end:
                break
            fh.seek(offset)
            if not _complete(fh.read(length)):
                break
            end = offset + length
    return end


def recover(path: Path) -> list[ArchivedResponse]:
    """Truncate ``path`` after its last complete record; return the complete response/revisit records.

    What follows the first incomplete record is cut too (it cannot be reached by a reader); the
    crawl fetches again whatever was cut.
    """
    end = complete_end(path)
    if end < path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(end)
            os.fsync(fh.fileno())
    return read_records(path) if end else []


def read_record(root: Path, ref: WarcRef) -> ArchivedResponse:
    """One record, by its index entry (a single seek)."""
    try:
        with open(root / ref.file, "rb") as fh:
            fh.seek(ref.offset)
            record = next(iter(ArchiveIterator(fh)))
            return _to_archived(record, ref)
    except (OSError, StopIteration, ArchiveLoadFailed) as exc:
        raise StoreError(f"cannot read the archived record {ref.file}@{ref.offset}: {exc}") from exc
