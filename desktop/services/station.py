"""Station setup and profile."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import select

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.i18n import translate
from desktop.models import Setting, Station, derived_id
from desktop.services.audit import audit
from desktop.services.teams import TEAM_PRESETS, seed_teams
from desktop.validators import normalize_phone, normalize_text


def get_station(db: Database) -> Station | None:
    with db.read() as session:
        return session.exec(select(Station).where(Station.deleted_at.is_(None))).first()


def setup_station(db: Database, *, name: str, village: str = "", town: str = "", county: str = "",
                  head_name: str = "", phone: str = "", preset: str = "district", actor: str = "站长",
                  station_id: str | None = None) -> Station:
    """Create this PC's station (first run) and seed the preset teams.

    `station_id` is given when the county server created the station (enrolment).
    """
    name = normalize_text(name)
    if not name:
        raise ValidationError(translate("services.station", "Please give the station's name, for example “X Village New Era Civilization Practice Station”."), field="name")
    if get_station(db) is not None:
        raise UserError(translate("services.station", "A station has already been set up on this PC; it cannot be set up twice. To change the name, go to “Settings”."))
    if preset not in TEAM_PRESETS:
        raise ValidationError(translate("services.station", "Unknown team preset “{preset}”; the choices are {choices}.").format(
            preset=preset, choices=translate("services.station", ", ").join(TEAM_PRESETS)), field="preset")
    station = Station(name=name, village=normalize_text(village), town=normalize_text(town),
                      county=normalize_text(county), head_name=normalize_text(head_name),
                      phone=normalize_phone(phone), station_id="")
    if station_id:
        station.id = station_id
    station.station_id = station.id
    db.set_station(station.id)
    try:
        with db.session(actor) as session:
            session.add(station)
            seed_teams(session, preset, station.id)
            audit(session, actor, "station.setup", "station", station.id, name=name)
    except Exception:
        db.set_station(None)
        raise
    return station


def update_station(db: Database, actor: str = "站长", **changes: Any) -> Station:
    allowed = {"name", "village", "town", "county", "head_name", "phone", "address"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(translate("services.station", "These fields cannot be changed: {fields}.").format(fields=translate("services.station", ", ").join(sorted(unknown))))
    if "name" in changes and not normalize_text(changes["name"]):
        raise ValidationError(translate("services.station", "The station's name must not be empty."), field="name")
    with db.session(actor) as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
        if station is None:
            raise UserError(translate("services.station", "No station has been set up on this PC yet; finish the first-run setup first."))
        for key, value in changes.items():
            value = normalize_phone(value) if key == "phone" else normalize_text(value)
            setattr(station, key, value)
    return station


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    with db.read() as session:
        row = session.exec(select(Setting).where(Setting.key == key, Setting.deleted_at.is_(None))).first()
        return json.loads(row.value) if row else default


def set_setting(db: Database, key: str, value: Any, actor: str = "站长") -> None:
    if db.station_id is None:
        raise UserError(translate("services.station", "No station has been set up on this PC yet; finish the first-run setup first."))
    row_id = derived_id(db.station_id, "setting", key)
    encoded = json.dumps(value, ensure_ascii=False)
    with db.session(actor) as session:
        row = session.get(Setting, row_id)
        if row is None:
            session.add(Setting(id=row_id, key=key, value=encoded))
        elif row.value != encoded or row.deleted_at is not None:
            row.value, row.deleted_at = encoded, None
