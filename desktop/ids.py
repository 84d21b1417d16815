"""Row ids, shared by the desktop and the county server without loading any
table: `new_id` (a UUIDv7 made on the device), `derived_id` (a UUIDv5 from a
natural key) and `ID_PATTERN`, what the wire accepts as an id."""

from __future__ import annotations

import re
import uuid

import uuid_utils

# Namespace for ids derived from natural keys (a sign-in is one row per
# activity, person and kind, whichever PC records it).
ID_NAMESPACE = uuid.UUID("6b1e3c52-8f4a-4d6e-9c1a-5a7d0e2f3b40")

# Any id a row may carry on the wire: UUIDs, and the shorter ids of older exports.
ID_PATTERN = re.compile(r"\A[0-9A-Za-z-]{1,36}\Z", re.ASCII)  # \Z: no trailing newline, ASCII only


def new_id() -> str:
    return str(uuid_utils.uuid7())


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "|".join(parts)))


def is_id(value: str) -> bool:
    return isinstance(value, str) and ID_PATTERN.match(value) is not None
