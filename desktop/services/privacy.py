"""Personal data rules: who may see full ID numbers (audited), and spreadsheet cells that stay text.

`safe_cell` is for every value written to an xlsx or CSV cell: a string that
begins with = + - @, a tab or a carriage return would be taken as a formula
by Excel/WPS, so it gets a leading apostrophe (text marker) in CSV and is
written as an explicit string cell in xlsx (see desktop.services.export).
"""

from __future__ import annotations

from desktop.db import Database
from desktop.services.accounts import actor, require
from desktop.services.audit import audit

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_escape(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_cell(value):
    """`value`, or a string Excel/WPS will not evaluate."""
    return "'" + value if needs_escape(value) else value


def reveal_full_ids(db: Database, scope: str = "roster") -> None:
    """站长 only: record that full ID numbers were shown."""
    require(db, "full_id")
    with db.session(actor(db)) as session:
        audit(session, actor(db), "volunteer.reveal_id", "volunteer", "", scope=scope)


def full_export(db: Database, what: str, path: str) -> None:
    """站长 only: record an export with full ID numbers."""
    require(db, "full_id")
    with db.session(actor(db)) as session:
        audit(session, actor(db), "export.full_id", "export", "", what=what, file=str(path))
