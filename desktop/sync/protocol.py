"""Wire types of the sync protocol, shared by the desktop client and the county server.

No Qt and no desktop database here: the server imports this module.

Version rule: every request carries `X-Station-Desk-Protocol`. The server
refuses a client older than MIN_PROTOCOL with HTTP 426 and a Chinese message
telling the user to update. Fields a side does not know are kept as data
(entries carry field maps, never fixed columns), so they survive round trips.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ids import ID_PATTERN
from desktop.sync.clock import SITE_PATTERN, STAMP_PATTERN

PROTOCOL_VERSION = 1
MIN_PROTOCOL = 1
PROTOCOL_HEADER = "X-Station-Desk-Protocol"

MAX_BATCH = 500  # entries per push that every server takes
# entries per push this server takes: it says so in each push answer (PushResponse.max_batch), so a
# client sends MAX_BATCH first and then up to this, with no extra round trip; a body stays under
# MAX_BODY_BYTES gzipped and MAX_INFLATED_BYTES inflated (the client splits a batch that would not)
MAX_BATCH_FAST = 20_000
MAX_BATCH_BYTES = 256 * 1024  # target size of one push body (gzipped)
# hard limit of any request body on the wire: 2 MB less one network read (asyncio reads up to 256 KB at a
# time), so a body that is too long is refused before the server has read 2 MB of it (server.door)
MAX_BODY_BYTES = 2 * 1024 * 1024 - 256 * 1024
MAX_INFLATED_BYTES = 16 * 1024 * 1024  # hard limit after gunzip
MAX_PULL = 5000  # entries per pull page
MAX_PHOTO_BYTES = 20 * 1024 * 1024

# error codes the server sends in {"code": ..., "message": ...}
CLIENT_TOO_OLD = "client_too_old"
CLOCK_AHEAD = "clock_ahead"
BAD_TOKEN = "bad_token"
DEVICE_REVOKED = "device_revoked"
WRONG_STATION = "wrong_station"
BAD_CODE = "bad_code"
BAD_REQUEST = "bad_request"
BAD_ENTRY = "bad_entry"  # an entry breaks the wire schema (desktop.sync.schema); the whole push is refused
TOO_LARGE = "too_large"
TOO_MANY = "too_many_attempts"
QUOTA_FULL = "quota_full"

# translated where sent or shown: translate("sync.protocol", TOO_OLD_MESSAGE)
TOO_OLD_MESSAGE = QT_TRANSLATE_NOOP("sync.protocol", "This version of Station Desk is too old; the county server no longer supports it. Update Station Desk to the latest version, then sync.")

_ENTITY = re.compile(r"\A[a-z][a-z0-9_]{0,49}\Z", re.ASCII)
_FIELD = re.compile(r"\A[a-z][a-z0-9_]{0,63}\Z", re.ASCII)
_ID = ID_PATTERN  # desktop.ids: shared with the server, no tables loaded
_SITE = re.compile(rf"\A{SITE_PATTERN}\Z", re.ASCII)
_SHA256 = re.compile(r"\A[0-9a-f]{64}\Z", re.ASCII)


def is_sha256(text: str) -> bool:
    return isinstance(text, str) and bool(_SHA256.match(text))


_ID_RULE = r"^[0-9A-Za-z-]{1,36}$"  # as desktop.ids.ID_PATTERN (a test checks)


class Entry(BaseModel):
    """One captured write: the changed fields of one row, with its stamp.

    The rules are patterns pydantic checks in its compiled core (a 5,000-entry push is validated in one
    call); the field map is checked by the wire schema (desktop.sync.schema) after this."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="entry id (UUIDv7), unique per station", max_length=36, pattern=_ID_RULE)
    entity: str = Field(max_length=50, pattern=r"^[a-z][a-z0-9_]{0,49}$",
                        description="table name; see desktop.sync.schema for the rules of its fields")
    row_id: str = Field(max_length=36, pattern=_ID_RULE)
    station_id: str = Field(max_length=36, pattern=_ID_RULE)
    fields: dict[str, Any] = Field(description="changed fields: name -> scalar value (1 to 200 fields)")
    hlc: str = Field(max_length=80, pattern=STAMP_PATTERN,
                     description=f"hybrid logical clock stamp, exactly {STAMP_PATTERN}")
    site: str = Field(max_length=32, pattern=rf"^{SITE_PATTERN}$")
    actor: str = Field(default="", max_length=50)

    @field_validator("fields")
    @classmethod
    def _fields(cls, value: dict[str, Any]) -> dict[str, Any]:
        if not value or len(value) > 200:
            raise ValueError(translate("sync.protocol", "an entry changes 1 to 200 fields"))
        for name, item in value.items():
            if not _FIELD.match(name):
                raise ValueError(translate("sync.protocol", "the field name {name} is wrong").format(name=repr(name[:70])))
            if isinstance(item, dict | list):
                raise ValueError(translate("sync.protocol", "a field's value can only be a simple value"))
        return value


# --- the push body, decoded and checked in one pass (msgspec) --------------------
# The same rules as Entry/PushRequest above, compiled once per batch: msgspec parses a 5,000-entry push
# straight into typed objects (shapes, scalar field values, counts and lengths checked in C, no
# intermediate JSON tree), then each pattern runs once over the batch's values joined by newlines (which
# no pattern admits), or once per distinct value (tables, sites, field names). bench/README.md: about
# 10x faster than orjson + the door's walk + pydantic. Anything it refuses goes the slow way, which says
# what is wrong.

def _fast_decoder():
    from typing import Annotated

    import msgspec

    def most(n: int):
        return Annotated[str, msgspec.Meta(max_length=n)]

    fields = Annotated[dict[most(64), str | int | float | bool | None], msgspec.Meta(min_length=1, max_length=200)]
    entry = msgspec.defstruct("FastEntry", [
        ("id", most(36)), ("entity", most(50)), ("row_id", most(36)), ("station_id", most(36)), ("fields", fields),
        ("hlc", most(80)), ("site", most(32)), ("actor", most(50), "")], forbid_unknown_fields=True,
        gc=False)  # untracked by the collector (they hold text and flat maps, no cycle): its passes in a push were ~70 ms
    push = msgspec.defstruct("FastPush", [("entries", Annotated[list[entry], msgspec.Meta(max_length=MAX_BATCH_FAST)])],
                             forbid_unknown_fields=True)
    return msgspec.json.Decoder(push)


def _joined(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{pattern}\n)*{pattern}", re.ASCII)


_IDS = _joined(r"[0-9A-Za-z-]{1,36}")
_STAMPS = _joined(STAMP_PATTERN[1:-1])
_fast_push = None


def decode_push(body: bytes) -> list | None:
    """The entries of a push body (objects with Entry's attributes), or None when the fast decoder refuses
    it: then the caller parses it the slow way (orjson, the door's checks, PushRequest), which accepts it or
    says why not. A body with an escaped NUL always goes the slow way (the door refuses NULs in text)."""
    global _fast_push
    if b"\\u0000" in body:
        return None
    if _fast_push is None:
        _fast_push = _fast_decoder()
    try:
        with bulk():  # no collection while thousands of entries are made (they form no cycles)
            entries = _fast_push.decode(body).entries
    except Exception:  # noqa: BLE001 (msgspec's DecodeError and ValidationError, invalid UTF-8: the slow path says why)
        return None
    if not entries:
        return entries
    ids = _IDS.fullmatch
    if not (ids("\n".join([e.id for e in entries])) and ids("\n".join([e.row_id for e in entries]))
            and ids("\n".join([e.station_id for e in entries])) and _STAMPS.fullmatch("\n".join([e.hlc for e in entries]))
            and all(_ENTITY.match(n) for n in {e.entity for e in entries})
            and all(_SITE.match(n) for n in {e.site for e in entries})
            and all(_FIELD.match(n) for n in set().union(*[e.fields for e in entries]))):
        return None
    return entries


class PulledEntry(Entry):
    seq: int


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entries: list[Entry] = Field(max_length=MAX_BATCH_FAST)


class PushResponse(BaseModel):
    accepted: int
    duplicates: int
    last_seq: int
    server_time: int
    max_batch: int = Field(default=MAX_BATCH, description="entries per push this server takes")


class PullResponse(BaseModel):
    entries: list[PulledEntry]
    last_seq: int = Field(description="cursor to ask from next time (own entries included)")
    more: bool
    server_time: int


class TableSummary(BaseModel):
    count: int
    digest: str


class CheckResponse(BaseModel):
    tables: dict[str, TableSummary]
    last_seq: int
    server_time: int


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(max_length=40)
    device_name: str = Field(default="", max_length=100)
    site: str = Field(default="", max_length=32)
    station_id: str | None = Field(default=None, max_length=36, description="the PC's station, if it has one")


class EnrolResponse(BaseModel):
    station_id: str
    station_name: str
    device_id: str
    token: str
    server_time: int
    device_no: int = Field(default=1, ge=1, le=10_000,
                           description="this PC's place among its station's PCs (1 for the first): request numbers "
                                       "made on PC 2 and later carry its letter, so two PCs never issue the same one")


class BlobQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hashes: list[str] = Field(max_length=1000)


class BlobAnswer(BaseModel):
    missing: list[str]


class ErrorBody(BaseModel):
    code: str
    message: str


class RejectedReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entry_id: str = Field(max_length=36, pattern=r"^[0-9A-Za-z-]{1,36}$")
    entity: str = Field(default="", max_length=50)
    row_id: str = Field(default="", max_length=36)
    reason: str = Field(default="", max_length=500)


class MismatchReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity: str = Field(max_length=50, pattern=r"^[a-z][a-z0-9_]{0,49}$")
    syncs: int = Field(ge=0, le=1_000_000, description="consecutive syncs this table has differed")


class ProblemReport(BaseModel):
    """What a PC could not apply (its quarantine) and tables its check keeps finding different."""

    model_config = ConfigDict(extra="forbid")
    rejected_total: int = Field(default=0, ge=0, le=10**9)
    rejected: list[RejectedReport] = Field(default_factory=list, max_length=200)
    mismatched: list[MismatchReport] = Field(default_factory=list, max_length=100)
    held: int = Field(default=0, ge=0, le=10**9, description="entries waiting for a parent or for the clock")
    clock_offset_s: int = Field(default=0, ge=-10**9, le=10**9,
                                description="the county's clock minus this PC's, in seconds, rounded to the minute")

    def worth_sending(self) -> bool:
        """Anything the county should see (a first report with nothing in it is not sent)."""
        return bool(self.rejected or self.mismatched or self.held or abs(self.clock_offset_s) >= 60)


class ProblemAnswer(BaseModel):
    stored: int


# --- integrity digest ---------------------------------------------------------
# A row's fingerprint is its id plus the set of distinct winning stamps of its
# fields. Two replicas that applied the same entries have the same set; it does
# not depend on how a replica stores its clocks (per field or a row base '*'),
# nor on columns one side does not know.

def row_hash(row_id: str, stamps: Iterable[str]) -> int:
    text = row_id + "|" + ",".join(sorted({s for s in stamps if s}))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def table_digest(hashes: Iterable[int]) -> tuple[int, str]:
    count, acc = 0, 0
    for value in hashes:
        acc ^= value
        count += 1
    return count, f"{acc:016x}"


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def stored(value: Any) -> str:
    """Sorted-key compact JSON for storing a field map (orjson; the same text as `canonical` except that a
    float may be spelt differently, which parses to the same value). `canonical` stays the merges'
    tie-break, so every version of the program orders equal stamps alike."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:  # lone surrogates, integers past 64 bits: the standard library's spelling
        return canonical(value)


# --- the cyclic garbage collector during bulk work ------------------------------
# Applying a 5,000-entry push or a 100,000-entry initial sync makes hundreds of thousands of
# dicts; the collector's full passes over them cost as much as the work (profiles: a third of a push).
# Nothing made there forms cycles, so collection waits until the outermost bulk step ends.

_gc_lock = threading.Lock()
_gc_depth = 0


@contextmanager
def bulk() -> Iterator[None]:
    global _gc_depth
    with _gc_lock:
        _gc_depth += 1
        if _gc_depth == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _gc_state[0] = was_enabled
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_state[0]:
                gc.enable()


_gc_state = [True]
