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


# --- retention of exited volunteers' personal data --------------------------------------------------------

RETENTION_SETTING = "privacy.retention_months"  # set by the county (a synced setting); 0 or unset: keep
PURGED_FIELDS = {"id_card": None, "phone": "", "address": "", "birth_date": None, "skills": "", "note": "",
                 "platform_no": ""}


def retention_months(db: Database) -> int:
    from desktop.services.station import get_setting

    try:
        return max(0, int(get_setting(db, RETENTION_SETTING, 0) or 0))
    except (TypeError, ValueError):
        return 0


def purge_candidates(db: Database, today=None, months: int | None = None) -> list:
    """Exited volunteers whose exit is older than the retention period and who still hold personal data."""
    from datetime import date

    from sqlmodel import select

    from desktop.models import Volunteer

    months = retention_months(db) if months is None else months
    if months <= 0:
        return []
    today = today or date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    cutoff = date(year, month + 1, min(today.day, 28))
    with db.read() as session:
        rows = session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None), Volunteer.status == "exited",
                                                    Volunteer.exit_date.is_not(None),
                                                    Volunteer.exit_date < cutoff)).all()
    return [v for v in rows if v.id_card or v.phone or v.address or v.birth_date or v.note or v.platform_no]


def purge_exited(db: Database, today=None, months: int | None = None) -> int:
    """Clear the personal data of exited volunteers past the retention period (站长 only).

    Names, teams and service hours stay (the registers of past years need them).
    Journaled edits, so the purge reaches the county and every PC by sync.
    """
    from desktop.models import Volunteer

    require(db, "full_id")
    doomed = purge_candidates(db, today, months)
    if not doomed:
        return 0
    who = actor(db)
    with db.session(who) as session:
        for volunteer in doomed:
            row = session.get(Volunteer, volunteer.id)
            for field, value in PURGED_FIELDS.items():
                if hasattr(row, field):
                    setattr(row, field, value)
        audit(session, who, "volunteer.purge", "volunteer", "", count=len(doomed),
              months=retention_months(db) if months is None else months)
    return len(doomed)
