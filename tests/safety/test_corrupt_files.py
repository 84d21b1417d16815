"""A truncated, zero-byte or damaged station file is detected at open with a clear Chinese message;
the newest good backup is offered and restores; on an enrolled PC a sync then brings back everything
newer than the backup (a real county server on loopback)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop import crypto
from desktop.cli import main
from desktop.errors import CorruptDatabase
from desktop.services import accounts
from desktop.services.backup import automatic_backup, backup_now
from desktop.services.restore import recover_from_backup
from desktop.services.roster import load_roster_rows
from desktop.services.volunteers import add_volunteer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from sync_harness import enrolled_pc, make_server  # noqa: E402


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _garbage_in_the_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle:middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


DAMAGE = {"truncated": _truncate, "zero-byte": _zero, "garbage": _garbage_in_the_middle}


@pytest.fixture(scope="module")
def county(request, tmp_path_factory):
    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    yield srv
    srv.stop()


def _names(db) -> set[str]:
    return {r.name for r in load_roster_rows(db)}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_file_is_detected_and_the_backup_restores(secure_db, damage, capsys):
    db = secure_db
    from desktop.services.demo import generate

    generate(db, volunteers=200, activities=30)
    add_volunteer(db, name="备份前")
    automatic_backup(db, "daily")
    data = db.data_dir
    db.close()
    DAMAGE[damage](data / "station.sqlite")
    with pytest.raises(CorruptDatabase) as caught:
        accounts.sign_in(data, None, "secret123")
    message = caught.value.message
    assert "不能打开" in message and "station-auto-" in message and "恢复" in message
    assert caught.value.backup is not None
    # The CLI says the same in one line, and `restore FILE` puts the backup back.
    os.environ["STATION_DESK_PASSWORD"] = "secret123"
    try:
        assert main(["--data-dir", str(data), "volunteer", "list"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "不能打开" in err
        assert main(["--data-dir", str(data), "restore", str(caught.value.backup)]) == 0
        assert "已恢复" in capsys.readouterr().out
    finally:
        del os.environ["STATION_DESK_PASSWORD"]
    again = accounts.sign_in(data, None, "secret123")
    try:
        assert "备份前" in _names(again) and again.integrity_check() == "ok"
    finally:
        again.close()
    assert list(data.glob("station.sqlite.corrupt-*"))  # the damaged file is kept aside, not deleted


def test_backup_of_a_corrupt_database_is_refused(secure_db, tmp_path):
    db = secure_db
    from desktop.services.demo import generate

    generate(db, volunteers=200, activities=30)
    db.engine.dispose()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.engine.dispose()
    _garbage_in_the_middle(db.path)
    with pytest.raises(CorruptDatabase, match="不能备份"):
        backup_now(db, tmp_path / "usb")
    assert not list((tmp_path / "usb").glob("*.sqlite")) if (tmp_path / "usb").exists() else True


@pytest.mark.slow
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_enrolled_pc_loses_nothing_newer_than_the_backup(county, tmp_path, damage):
    from desktop.sync.engine import run_sync

    _, code = county.new_station(f"{damage}村新时代文明实践站")
    db = enrolled_pc(county, tmp_path / "pc", code)
    accounts.create_head(db, "王站长", "secret123")
    add_volunteer(db, name="早先的人", phone="13800000001")
    run_sync(db, photos=False)
    backup = automatic_backup(db, "daily").path
    add_volunteer(db, name="备份之后的人", phone="13800000002")
    run_sync(db, photos=False)  # reached the county, not the backup
    data = db.data_dir
    db.close()
    DAMAGE[damage](data / "station.sqlite")
    with pytest.raises(CorruptDatabase) as caught:
        accounts.sign_in(data, None, "secret123")
    assert caught.value.backup == backup
    recover_from_backup(data, caught.value.key, caught.value.backup)
    again = accounts.sign_in(data, None, "secret123")
    try:
        assert _names(again) == {"早先的人"}
        run_sync(again, photos=False)
        assert _names(again) == {"早先的人", "备份之后的人"}
        assert crypto.file_state(again.path) == "encrypted"
    finally:
        again.close()


def _unsent_pc(county, tmp_path, damage):
    """An enrolled, encrypted PC: one volunteer synced, one added after the sync (never sent)."""
    from desktop.sync.engine import run_sync

    _, code = county.new_station(f"重建{damage}村新时代文明实践站")
    db = enrolled_pc(county, tmp_path / "pc", code)
    accounts.create_head(db, "王站长", "secret123")
    from desktop.services.demo import generate

    generate(db, volunteers=150, activities=20)
    add_volunteer(db, name="县里有的人", phone="13800000001")
    run_sync(db, photos=False)
    add_volunteer(db, name="没发出去的人", phone="13800000002")
    return db


@pytest.mark.slow
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_no_good_backup_a_fresh_pull_rebuilds_the_station(county, tmp_path, damage, capsys):
    """No backup at all: `restore --from-county` rebuilds from the county; unsent changes survive where readable."""
    import shutil

    from desktop.services.rebuild import salvage

    db = _unsent_pc(county, tmp_path, damage)
    data = db.data_dir
    db.close()
    shutil.rmtree(data / "backups")  # no good backup anywhere
    DAMAGE[damage](data / "station.sqlite")
    key = accounts.unlock_key(data, None, "secret123")[1]
    readable = any(e["entity"] == "volunteer" and e["fields"].get("name") == "没发出去的人"
                   for e in salvage(data / "station.sqlite", key).entries)
    with pytest.raises(CorruptDatabase) as caught:
        accounts.sign_in(data, None, "secret123")
    assert caught.value.backup is None and "县中心" in caught.value.message and "--from-county" in caught.value.message
    os.environ["STATION_DESK_PASSWORD"] = "secret123"
    try:
        assert main(["--data-dir", str(data), "restore"]) == 2  # neither a file nor --from-county
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "--from-county" in err
        assert main(["--data-dir", str(data), "restore", "--from-county"]) == 0
        out = capsys.readouterr().out
        assert "县中心" in out
    finally:
        del os.environ["STATION_DESK_PASSWORD"]
    again = accounts.sign_in(data, None, "secret123")
    try:
        names = _names(again)
        assert "县里有的人" in names and len(names) >= 151 and again.integrity_check() == "ok"
        assert ("没发出去的人" in names) == readable
        if damage == "garbage":  # one damaged page: the outbox is still readable, so nothing is lost
            assert readable
        from desktop.sync.engine import run_sync

        run_sync(again, photos=False)  # and what was kept is sent now
        from desktop.services.station import get_station

        station_id = get_station(again).id
    finally:
        again.close()
    assert list(data.glob("station.sqlite.corrupt-*"))
    on_county = {r["name"] for r in _county_volunteers(county, station_id)}
    assert "县里有的人" in on_county and ("没发出去的人" in on_county) == readable


def _county_volunteers(county, station_id):
    from sync_harness import dump_server

    return list(dump_server(county, station_id).get("volunteer", {}).values())


@pytest.mark.slow
def test_backup_then_unsent_changes_are_kept_from_the_damaged_file(county, tmp_path):
    """A good but older backup: restoring it keeps the changes made after it that never reached the county."""
    db = _unsent_pc(county, tmp_path, "backup")
    backup = automatic_backup(db, "daily").path
    add_volunteer(db, name="备份后没发出去", phone="13800000003")
    data = db.data_dir
    db.close()
    _garbage_in_the_middle(data / "station.sqlite")
    with pytest.raises(CorruptDatabase) as caught:
        accounts.sign_in(data, None, "secret123")
    assert caught.value.backup == backup
    recover_from_backup(data, caught.value.key, caught.value.backup)
    again = accounts.sign_in(data, None, "secret123")
    try:
        names = _names(again)
        assert {"县里有的人", "没发出去的人", "备份后没发出去"} <= names
    finally:
        again.close()
