"""The light read path (desktop.services.light_read): `volunteer list` without the ORM prints and writes
exactly what the full path does, and leaves every other case to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.cli import credentials, main
from desktop.services import light_read

PASSWORD = "secret123"


@pytest.fixture
def station(tmp_path, monkeypatch):
    """A demo station with the head's account (encrypted), as bench/startup.py makes it."""
    monkeypatch.delenv("STATION_DESK_PASSWORD", raising=False)
    assert main(["--data-dir", str(tmp_path), "demo", "--volunteers", "40", "--activities", "1"]) == 0
    monkeypatch.setenv("STATION_DESK_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(tmp_path), "account-setup"]) == 0
    assert main(["--data-dir", str(tmp_path), "volunteer", "list"]) == 0  # the first sign-in queues the verifier
    return tmp_path


def _full_path(monkeypatch):
    monkeypatch.setattr(credentials, "open_light", lambda args: None)


def _list(station, capsys, *args) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(station), "volunteer", "list", *args]) == 0
    return capsys.readouterr().out


def _last_login(station):
    """The newest login audit row and its journal entry, read with the full path's own tables."""
    from sqlmodel import select

    from desktop.db import Database
    from desktop.models import AuditEntry, JournalEntry, Meta
    from desktop.services.accounts import unlock_key

    _, key = unlock_key(station, None, PASSWORD)
    db = Database(station, key=key)
    try:
        with db.read() as session:
            row = session.exec(select(AuditEntry).where(AuditEntry.action == "account.login")
                               .order_by(AuditEntry.at.desc())).first()
            entry = session.exec(select(JournalEntry).where(JournalEntry.row_id == row.id)).one()
            hlc = session.get(Meta, "hlc").value
            return row.model_dump(), entry.model_dump(), hlc
    finally:
        db.close()


@pytest.mark.parametrize("args", [("--json",), (), ("--json", "--status", "active"), ("--status", "exited")])
def test_light_list_prints_what_the_full_path_prints(station, capsys, monkeypatch, args):
    light = _list(station, capsys, *args)
    _full_path(monkeypatch)
    assert _list(station, capsys, *args) == light
    if "--json" in args and "exited" not in args:
        assert len(json.loads(light)) == 40 and any(r["teams"] for r in json.loads(light))


def test_light_sign_in_writes_the_audit_entry_the_full_path_writes(station, capsys, monkeypatch):
    from desktop.db import BUSY_TIMEOUT_MS, DB_FILENAME
    from desktop.models import AuditEntry, data_columns
    from desktop.services import account_sync

    assert (light_read.DB_FILENAME, light_read.BUSY_TIMEOUT_MS) == (DB_FILENAME, BUSY_TIMEOUT_MS)
    assert (light_read.RECORD_PREFIX, light_read.SENT_META) == (account_sync.RECORD_PREFIX, account_sync.SENT_META)
    assert list(light_read.AUDIT_DATA) == data_columns(AuditEntry)
    _full_path(monkeypatch)
    _list(station, capsys, "--json")
    full_row, full_entry, full_hlc = _last_login(station)
    monkeypatch.undo()
    monkeypatch.setenv("STATION_DESK_PASSWORD", PASSWORD)
    _list(station, capsys, "--json")
    row, entry, hlc = _last_login(station)
    assert row["id"] != full_row["id"] and row["at"] > full_row["at"]
    volatile = {"id", "at", "field_clocks"}
    assert {k: v for k, v in row.items() if k not in volatile} == {k: v for k, v in full_row.items() if k not in volatile}
    assert json.loads(row["field_clocks"]) == {"*": entry["hlc"]} and hlc == entry["hlc"] > full_hlc == full_entry["hlc"]
    fields, full_fields = json.loads(entry["fields"]), json.loads(full_entry["fields"])
    assert list(fields) == list(full_fields) and fields["at"] == row["at"].isoformat()
    assert {k: v for k, v in fields.items() if k != "at"} == {k: v for k, v in full_fields.items() if k != "at"}
    assert entry["row_id"] == row["id"] and entry["seq"] == full_entry["seq"] + 1
    assert {k: v for k, v in entry.items() if k not in ("seq", "entry_id", "row_id", "fields", "hlc")} == {
        k: v for k, v in full_entry.items() if k not in ("seq", "entry_id", "row_id", "fields", "hlc")}


def test_what_the_light_path_leaves_to_the_full_one(station, capsys, monkeypatch):
    from desktop.services import account_sync, local_meta
    from desktop.services.accounts import add_account, sign_in

    db = sign_in(station, None, PASSWORD)
    add_account(db, "小签", "kiosk-pass", "kiosk")
    add_account(db, "小录", "clerk-pass", "clerk")
    local_meta.write(db, {account_sync.SENT_META + "小录": None}, "系统")  # as if its verifier were never queued
    db.close()
    # a verifier to queue: the full path does it (and the next sign-in is a light one)
    assert isinstance(light_read.open_light(station, "小录", "clerk-pass"), light_read.Unlocked)
    monkeypatch.setenv("STATION_DESK_PASSWORD", "clerk-pass")
    assert main(["--data-dir", str(station), "--user", "小录", "volunteer", "list"]) == 0
    clerk = light_read.open_light(station, "小录", "clerk-pass")
    assert isinstance(clerk, light_read.LightStation) and clerk.user.role == "clerk"
    clerk.close()
    # the sign-in clerk may not list: the same one-line refusal either way
    monkeypatch.setenv("STATION_DESK_PASSWORD", "kiosk-pass")
    capsys.readouterr()
    assert main(["--data-dir", str(station), "--user", "小签", "volunteer", "list"]) == 2
    refusal = capsys.readouterr().err
    assert isinstance(light_read.open_light(station, "小签", "kiosk-pass"), light_read.Unlocked)
    _full_path(monkeypatch)
    assert main(["--data-dir", str(station), "--user", "小签", "volunteer", "list"]) == 2
    assert capsys.readouterr().err == refusal and refusal.count("\n") == 1
    # a wrong password counts once, and says the same
    monkeypatch.undo()
    monkeypatch.setenv("STATION_DESK_PASSWORD", "wrong-password")
    assert main(["--data-dir", str(station), "volunteer", "list"]) == 2
    assert "4" in capsys.readouterr().err
    assert main(["--data-dir", str(station), "volunteer", "list"]) == 2
    assert "3" in capsys.readouterr().err


def test_a_protected_list_loads_no_orm(station):
    probe = ("import io, json, sys\nfrom contextlib import redirect_stdout\nfrom desktop.cli import main\n"
             "out = io.StringIO()\nwith redirect_stdout(out):\n    code = main(sys.argv[1:])\n"
             "heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'desktop.models', 'desktop.db', 'alembic', 'PySide6',"
             " 'tusclient', 'requests', 'cryptography')\n"
             "print(json.dumps({'code': code, 'n': len(json.loads(out.getvalue())),"
             " 'loaded': [m for m in heavy if m in sys.modules]}))\n")
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "STATION_DESK_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, "-c", probe, "--data-dir", str(station), "volunteer", "list", "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"code": 0, "n": 40, "loaded": []}
