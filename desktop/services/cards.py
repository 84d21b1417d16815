"""Volunteer QR cards: the data for a printable sheet (the printing layer draws it).

The QR code holds the bare volunteer id. A USB scanner at the kiosk types it
and presses Enter; the search index resolves an exact id to that volunteer.
The bare id is the shortest payload (a smaller, easier-to-scan code) and
carries no personal data if a card is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno
from sqlmodel import select

from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import translate
from desktop.models import Volunteer
from desktop.progress import Progress
from desktop.services.station import get_station
from desktop.services.teams import volunteer_teams


@dataclass(frozen=True)
class Card:
    volunteer_id: str
    name: str
    teams: str
    station: str
    matrix: tuple[tuple[bool, ...], ...]  # QR modules, dark = True, without the quiet zone


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = segno.make(payload, error="m", micro=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix_iter(scale=1, border=0))


def card_data(db: Database, volunteer_ids: list[str] | None = None, *, team: str | None = None,
              progress: Progress | None = None) -> list[Card] | None:
    """Cards for the given volunteers, or for every active one (optionally one team's), by name; None if
    cancelled (`progress(cards made, cards)` returned False: a QR code is about a millisecond each)."""
    teams = volunteer_teams(db)
    station = get_station(db)
    with db.read() as session:
        query = select(Volunteer.id, Volunteer.name).where(Volunteer.deleted_at.is_(None))
        if volunteer_ids is not None:
            query = query.where(Volunteer.id.in_(volunteer_ids))
        else:
            query = query.where(Volunteer.status == "active")
        rows = session.exec(query.order_by(Volunteer.name)).all()
    if team:
        rows = [r for r in rows if team in teams.get(r[0], [])]
    if not rows:
        raise UserError(translate("services.cards", "There are no volunteers to make cards for. Register them on the roster first, or choose another team."))
    name = station.name if station else ""
    cards = []
    for done, (vid, vname) in enumerate(rows):
        if progress is not None and done % 50 == 0 and progress(done, len(rows)) is False:
            return None
        cards.append(Card(vid, vname, "、".join(teams.get(vid, [])[:2]), name, qr_matrix(vid)))
    return cards
