"""Personal data rules: formula-like cells stay text, the kiosk PIN is kept like a password and its
guesses are limited, exited volunteers are purged after the retention period and the purge syncs."""

from __future__ import annotations

import csv
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.errors import PermissionDenied
from desktop.services import accounts, kiosk
from desktop.services.export import export_volunteers
from desktop.services.privacy import purge_candidates, purge_exited
from desktop.services.volunteers import add_volunteer, exit_volunteer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from sync_harness import enrolled_pc, make_server  # noqa: E402

NASTY = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-3+4", "@SUM(A1)", "\tTAB", "\rCR"]


def test_formula_like_names_are_written_as_text(db, tmp_path):
    for n, name in enumerate(NASTY):
        add_volunteer(db, name=f"{name}"[:50], note=name, phone=f"1380000000{n}")
    out = tmp_path / "名册.xlsx"
    export_volunteers(db, out)
    with zipfile.ZipFile(out) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere in the sheet
    cells = [c.value for row in load_workbook(out).active.iter_rows(min_row=2) for c in row]
    for name in NASTY[:4]:  # (a leading tab or CR is already trimmed from a name when it is saved)
        assert name in cells
    from desktop.importers.report import save_report
    from desktop.importers.volunteers import Issue

    report = save_report([Issue(row=2, column=NASTY[0], problem=NASTY[1], suggestion=NASTY[3])], tmp_path / "r.csv")
    with open(report, encoding="utf-8-sig") as handle:
        values = [v for row in csv.reader(handle) for v in row]
    assert NASTY[0] in "".join(values) and not any(v.startswith(("=", "+", "-", "@")) for v in values)


def test_kiosk_pin_six_digits_local_and_limited(db):
    from desktop.errors import ValidationError
    from desktop.services.station import get_setting

    with pytest.raises(ValidationError, match="6 到 8 位"):
        kiosk.set_pin(db, "1234")
    kiosk.set_pin(db, "246813")
    assert not get_setting(db, kiosk.PIN_KEY)  # nothing synced
    from desktop.sync.journal import pending_count

    with db.read() as session:
        from sqlmodel import select

        from desktop.models import JournalEntry

        journaled = " ".join(e.fields for e in session.exec(select(JournalEntry)).all())
    assert "argon2" not in journaled and pending_count is not None
    now = 1_000_000.0
    for _ in range(kiosk.PIN_TRIES):
        assert not kiosk.check_pin(db, "000000", now=now)
    assert kiosk.pin_wait_seconds(db, now) > 0
    assert not kiosk.check_pin(db, "246813", now=now + 1)  # even the right PIN waits now
    assert kiosk.check_pin(db, "246813", now=now + kiosk.PIN_LOCKOUT_S + 1)


def test_purge_needs_the_head_and_keeps_names(secure_db):
    db = secure_db
    old = add_volunteer(db, name="早已退出", id_card="11010519491231002X", phone="13800138000", address="村东头")
    exit_volunteer(db, old.id, reason="迁出", exit_date=date(2020, 1, 5))
    recent = add_volunteer(db, name="刚退出", phone="13900139000")
    exit_volunteer(db, recent.id, reason="外出务工", exit_date=date(2026, 11, 1))
    db.user = accounts.Account("李录入", "clerk")
    with pytest.raises(PermissionDenied):
        purge_exited(db, today=date(2026, 12, 1), months=36)
    db.user = accounts.Account("王站长", "head")
    assert [v.name for v in purge_candidates(db, today=date(2026, 12, 1), months=36)] == ["早已退出"]
    assert purge_exited(db, today=date(2026, 12, 1), months=36) == 1
    from desktop.services.roster import load_roster_rows

    rows = {r.name: r for r in load_roster_rows(db)}
    assert rows["早已退出"].id_card in (None, "") and rows["早已退出"].phone == "" and rows["早已退出"].address == ""
    assert rows["刚退出"].phone == "13900139000"
    assert purge_exited(db, today=date(2026, 12, 1), months=36) == 0  # nothing left to purge


@pytest.fixture(scope="module")
def county(request, tmp_path_factory):
    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    yield srv
    srv.stop()


@pytest.mark.slow
def test_the_purge_syncs_to_the_county_and_other_pcs(county, tmp_path):
    from desktop.sync.engine import run_sync

    station_id, code = county.new_station("清除村新时代文明实践站")
    one = enrolled_pc(county, tmp_path / "pc1", code)
    gone = add_volunteer(one, name="早已退出", id_card="11010519491231002X", phone="13800138000")
    exit_volunteer(one, gone.id, reason="迁出", exit_date=date(2019, 3, 1))
    run_sync(one, photos=False)
    two = enrolled_pc(county, tmp_path / "pc2", county.store.new_code(station_id))
    assert purge_exited(one, months=24) == 1
    run_sync(one, photos=False)
    run_sync(two, photos=False)
    from desktop.services.roster import load_roster_rows

    (row,) = [r for r in load_roster_rows(two) if r.name == "早已退出"]
    assert not row.id_card and row.phone == ""
    assert county.store.row(station_id, "volunteer", gone.id)["phone"] == ""
    one.close()
    two.close()


@pytest.mark.slow
def test_the_county_sets_the_retention_period(county, tmp_path, capsys):
    """`python -m server privacy retention N` reaches each PC by sync; the PC's purge keeps to it."""
    from desktop.services.privacy import retention_months
    from desktop.sync.engine import run_sync
    from server.__main__ import main as server_main

    station_id, code = county.new_station("保留期村新时代文明实践站")
    one = enrolled_pc(county, tmp_path / "pc1", code)
    assert retention_months(one) == 0 and purge_candidates(one) == []  # not set: nothing is purged
    old = add_volunteer(one, name="三年前退出", id_card="11010519491231002X", phone="13800138000")
    exit_volunteer(one, old.id, reason="迁出", exit_date=date(2021, 3, 1))
    recent = add_volunteer(one, name="去年退出", phone="13900139000")
    exit_volunteer(one, recent.id, reason="外出务工", exit_date=date(2026, 3, 1))
    assert server_main(["privacy", "retention", "-3", "--db", county.db_url]) == 2
    assert "0 到" in capsys.readouterr().err
    assert server_main(["privacy", "retention", "36", "--db", county.db_url]) == 0
    assert "36 个月" in capsys.readouterr().out
    run_sync(one, photos=False)
    assert retention_months(one) == 36
    assert purge_exited(one, today=date(2026, 12, 1)) == 1  # the county's period, not a local choice
    run_sync(one, photos=False)
    assert county.store.row(station_id, "volunteer", old.id)["id_card"] in (None, "")  # journaled and synced
    assert county.store.row(station_id, "volunteer", recent.id)["phone"] == "13900139000"
    # One station changed, and a station added later gets the county's period at once.
    assert server_main(["privacy", "retention", "12", "--station", station_id, "--db", county.db_url]) == 0
    run_sync(one, photos=False)
    assert retention_months(one) == 12
    assert purge_exited(one, today=date(2026, 12, 1)) == 0  # last March is within 12 months
    new_id, _code = county.new_station("新设村新时代文明实践站")
    from server import star

    star.give_new_station(county.store, new_id)
    from desktop.ids import derived_id

    row = county.store.row(new_id, "setting", derived_id(new_id, "setting", "privacy.retention_months"))
    assert row is not None and row["value"] == "36"
    assert server_main(["privacy", "show", "--db", county.db_url]) == 0
    assert "36" in capsys.readouterr().out
    one.close()
