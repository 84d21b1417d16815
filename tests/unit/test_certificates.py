"""Service certificates: numbers never repeat (per-PC prefix), every number is
kept in the register, cancelling keeps the number, hours match the records."""

from __future__ import annotations

import pytest
from sqlmodel import select
from test_reports import build_station

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.models.paper import Certificate
from desktop.periods import month, year
from desktop.services import certificates as certs
from desktop.services.papers import PaperRequest, build


@pytest.fixture
def station(db):
    return build_station(db)


def test_issue_numbers_in_sequence_with_the_pc_prefix(db, station):
    a = station["vols"]["a"].id
    first = certs.issue_certificate(db, a, month(2026, 3), handler="李会计")
    second = certs.issue_certificate(db, a, year(2026), handler="李会计")
    prefix = certs.site_prefix(db)
    assert first.number == f"{first.issued_on.year}-{prefix}-0001"
    assert second.number == f"{first.issued_on.year}-{prefix}-0002"
    assert first.minutes == station["march"]["a"] and first.activities == 2
    assert second.minutes == station["march"]["a"]  # April had no service for a
    register = certs.certificate_register(db)
    assert [r.number for r in register] == [first.number, second.number]
    assert not any(r.voided or r.duplicate for r in register)


def test_two_pcs_never_share_a_sequence(db, station, tmp_path):
    other = Database(tmp_path / "other-pc")
    try:
        assert certs.site_prefix(other) != certs.site_prefix(db)
    finally:
        other.close()
    a = station["vols"]["a"].id
    mine = certs.issue_certificate(db, a, month(2026, 3), handler="李会计")
    # a certificate the kiosk PC issued offline arrives by sync: its own prefix, its own sequence
    with db.session("同步") as session:
        session.add(Certificate(number=f"{mine.issued_on.year}-BEEF-0007", prefix="BEEF", seq=7,
                                year=mine.issued_on.year, volunteer_id=a, volunteer_name="x",
                                period_start=mine.period.start.date(), period_end=mine.period.last_day,
                                issued_on=mine.issued_on))
    nxt = certs.issue_certificate(db, a, month(2026, 3), handler="李会计")
    assert nxt.number.endswith(f"{certs.site_prefix(db)}-0002")
    numbers = [r.number for r in certs.certificate_register(db)]
    assert len(numbers) == len(set(numbers)) == 3


def test_void_keeps_the_number_and_it_is_not_reused(db, station):
    a = station["vols"]["a"].id
    issued = certs.issue_certificate(db, a, month(2026, 3), handler="李会计")
    row_id = certs.certificate_register(db)[0].id
    with pytest.raises(ValidationError, match="原因"):
        certs.void_certificate(db, row_id, " ")
    certs.void_certificate(db, row_id, "姓名写错")
    with pytest.raises(UserError, match="已经作废"):
        certs.void_certificate(db, row_id, "再次")
    register = certs.certificate_register(db)
    assert len(register) == 1 and register[0].voided and register[0].reason == "姓名写错"
    again = certs.issue_certificate(db, a, month(2026, 3), handler="李会计")
    assert again.number != issued.number and again.number.endswith("-0002")
    assert certs.reprint(db, row_id).voided
    with db.read() as session:
        assert len(session.exec(select(Certificate)).all()) == 3  # two issued, one void entry


def test_refusals(db, station):
    with pytest.raises(ValidationError, match="经办人"):
        certs.issue_certificate(db, station["vols"]["a"].id, month(2026, 3), handler="")
    with pytest.raises(UserError, match="没有志愿服务时长"):
        certs.issue_certificate(db, station["vols"]["d"].id, month(2026, 3), handler="李会计")
    assert certs.certificate_register(db) == []


def test_draft_is_not_recorded_and_masks_the_id(db, station):
    vol = station["vols"]["b"]
    built = build(db, PaperRequest("certificate", month(2026, 3), volunteer_id=vol.id, handler="李会计"))
    assert built.number == "" and certs.certificate_register(db) == []
    assert vol.id_card not in built.doc.html and vol.id_card[-4:] in built.doc.html
    assert f"{round(station['march']['b'] / 60, 2):g}" in built.doc.html
    assert "入户走访补录" in built.doc.html  # the manual entry is listed in the detail


def test_reprint_keeps_number_and_recorded_hours(db, station):
    a = station["vols"]["a"].id
    issued = certs.issue_certificate(db, a, month(2026, 3), handler="李会计", full_id=True)
    data = certs.reprint(db, certs.certificate_register(db)[0].id)
    assert data.number == issued.number and data.minutes == issued.minutes
    assert data.id_card == station["vols"]["a"].id_card and not data.voided


def test_cli_list_and_void(db, station, capsys):
    from desktop.cli import main

    issued = certs.issue_certificate(db, station["vols"]["a"].id, month(2026, 3), handler="李会计")
    data = str(db.data_dir)
    assert main(["--data-dir", data, "certificate", "list"]) == 0
    assert issued.number in capsys.readouterr().out
    assert main(["--data-dir", data, "certificate", "void", issued.number.lower(), "--reason", "时长有误"]) == 0
    assert "已作废" in capsys.readouterr().out
    assert main(["--data-dir", data, "certificate", "void", issued.number, "--reason", "再次"]) == 2
    err = capsys.readouterr().err
    assert "没有有效的编号" in err and err.count("\n") == 1
    assert certs.certificate_register(db)[0].voided
