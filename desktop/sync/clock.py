"""Hybrid logical clock (Kulkarni et al., 2014).

A stamp is (wall ms, counter, site). Its text form sorts like the tuple, so
stamps compare as plain strings in SQL and in Python:

    0001763812345678-0000-3f2a9c1b7d4e5f60
    wall ms (16 digits) - counter (4 hex) - site id (1 to 32 of [0-9A-Za-z_])

`Stamp.decode` (and `parse`) is the one parser of stamps, on the PC and on the
county server: it accepts exactly STAMP_PATTERN, ASCII only, nothing else
(no full-width digits, no `_` or `+` in the wall part, no upper-case hex), so
every accepted stamp has one text form and compares as a string exactly as
its tuple does.

Hand-written: the few PyPI HLC packages are unmaintained and none persists
its state or folds in a measured server offset; the algorithm is short.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
DAY_MS = 86_400_000
SITE_PATTERN = r"[0-9A-Za-z_]{1,32}"
STAMP_PATTERN = rf"^[0-9]{{16}}-[0-9a-f]{{4}}-{SITE_PATTERN}$"
_STAMP = re.compile(rf"([0-9]{{16}})-([0-9a-f]{{4}})-({SITE_PATTERN})", re.ASCII)


@dataclass(frozen=True, order=True)
class Stamp:
    wall: int
    counter: int
    site: str

    def encode(self) -> str:
        return f"{self.wall:016d}-{self.counter:04x}-{self.site}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        match = _STAMP.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not an HLC stamp: {str(text)[:80]!r}")
        return cls(int(match[1]), int(match[2], 16), match[3])

    def __str__(self) -> str:
        return self.encode()


def is_stamp(text: object) -> bool:
    return isinstance(text, str) and _STAMP.fullmatch(text) is not None


def wall_of(encoded: str) -> int:
    return Stamp.decode(encoded).wall


def system_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Monotonic stamps even when the PC clock jumps back or forward.

    `offset_ms` is the correction measured against the county server at each
    sync (server time minus local time); it is added to the PC clock.
    """

    def __init__(
        self,
        site: str,
        *,
        last: str | None = None,
        now: Callable[[], int] = system_ms,
        offset_ms: int = 0,
    ):
        if not site or "-" in site:
            raise ValueError("site id must be non-empty and free of '-'")
        self.site = site
        self._now = now
        self.offset_ms = offset_ms
        self._wall = 0
        self._counter = 0
        self._lock = threading.Lock()
        if last:
            stamp = Stamp.decode(last)
            self._wall, self._counter = stamp.wall, stamp.counter

    def physical(self) -> int:
        return self._now() + self.offset_ms

    @property
    def last(self) -> str:
        return Stamp(self._wall, self._counter, self.site).encode()

    def _advance(self, wall: int) -> None:
        if wall > self._wall:
            self._wall, self._counter = wall, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # counter exhausted within one millisecond: borrow the next one
            self._wall, self._counter = self._wall + 1, 0

    def tick(self) -> str:
        """A stamp for a local event, greater than every stamp seen so far."""
        with self._lock:
            self._advance(max(self._wall, self.physical()))
            return self.last

    def observe(self, remote: str) -> str:
        """Fold in a remote stamp so that later local stamps sort after it."""
        stamp = Stamp.decode(remote)
        with self._lock:
            old = self._wall
            wall = max(old, stamp.wall, self.physical())
            if wall == old == stamp.wall:
                counter = max(self._counter, stamp.counter) + 1
            elif wall == old:
                counter = self._counter + 1
            elif wall == stamp.wall:
                counter = stamp.counter + 1
            else:
                counter = 0
            if counter > MAX_COUNTER:  # borrow the next millisecond
                wall, counter = wall + 1, 0
            self._wall, self._counter = wall, counter
            return self.last

    def reset(self, last: str) -> None:
        """Set the clock state back to `last`. Only for re-stamping entries no
        other replica has seen (desktop.sync.restamp); everything else ticks on."""
        stamp = Stamp.decode(last)
        with self._lock:
            self._wall, self._counter = stamp.wall, stamp.counter

    def skew_ms(self) -> int:
        """How far the logical clock runs ahead of the corrected wall clock."""
        return self._wall - self.physical()

    def is_far_future(self, remote: str, limit_ms: int = DAY_MS) -> bool:
        """A stamp more than a day ahead of us is quarantined, not applied."""
        return wall_of(remote) > self.physical() + limit_ms
