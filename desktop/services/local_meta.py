"""This PC's own key-value settings (the `meta` table): read one, write several at once."""

from __future__ import annotations

from desktop.db import Database
from desktop.models import Meta


def read(db: Database, key: str) -> str | None:
    with db.read() as session:
        row = session.get(Meta, key)
        return row.value if row else None


def write(db: Database, values: dict[str, str | None], actor: str) -> None:
    """Set each key to its value in one transaction; None removes the key."""
    with db.session(actor) as session:
        for key, value in values.items():
            row = session.get(Meta, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(Meta(key=key, value=value))
            else:
                row.value = value
