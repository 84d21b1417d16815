"""Enrol this PC with the county server: the device token, the first sync, and
the preset teams when the county created the station and nobody has any yet."""

from __future__ import annotations

from desktop.db import Database
from desktop.services.teams import ensure_preset_teams
from desktop.sync import engine


def enrol_pc(db: Database, url: str, code: str, *, device_name: str | None = None, ca_bundle: str | None = None,
             preset: str = "district", on_db=None) -> dict:
    """HTTP on the calling thread; database steps through `on_db` (the UI's database worker), else inline."""
    info = engine.enrol(db, url, code, device_name=device_name, ca_bundle=ca_bundle, on_db=on_db)
    # Seed only after a first sync that worked: otherwise teams the station
    # already has on the server (or deleted there) could not be seen yet.
    seeded = (on_db or (lambda fn, *a: fn(*a)))(ensure_preset_teams, db, preset) if info.get("first_sync") is not None else 0
    info["teams_seeded"] = seeded
    from desktop.services.recovery import try_escrow

    (on_db or (lambda fn, *a: fn(*a)))(try_escrow, db)  # an encrypted PC gives the county its key (password reset)
    return info
