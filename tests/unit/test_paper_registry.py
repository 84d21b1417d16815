"""The paper registry is the one list of papers: the CLI offers each kind, building
never writes (issuing is its own call), and the server loads no desktop table."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest
from sqlmodel import func, select

from desktop.cli import build_parser
from desktop.models import JournalEntry
from desktop.models.paper import Certificate
from desktop.periods import month
from desktop.services.activities import add_activity, record_signin
from desktop.services.papers import KINDS, PaperRequest, build, issue
from desktop.services.points import add_scheme
from desktop.services.requests import add_request
from desktop.services.volunteers import add_volunteer


def test_every_kind_is_an_export_command_with_its_help():
    parser = build_parser(load="all")
    export = next(a for a in parser._subparsers._group_actions[0].choices["export"]._actions
                  if a.dest == "kind")
    for name, kind in KINDS.items():
        assert name in export.choices
        assert any(c.dest == name and c.help == kind.hint for c in export._choices_actions)
        formats = next(a for a in export.choices[name]._actions if a.dest == "format").choices
        assert ("xlsx" in formats) == kind.has_table


def _counts(db) -> tuple[int, int]:
    with db.read() as session:
        return (session.exec(select(func.count()).select_from(Certificate)).one(),
                session.exec(select(func.count()).select_from(JournalEntry)).one())


def test_building_never_writes_issuing_does(db):
    vol = add_volunteer(db, name="李四", id_card="110101199003078515", phone="13800138000")
    act = add_activity(db, title="宣讲", category="学习实践科学理论", start="2026-03-07 09:00", end="2026-03-07 11:00")
    record_signin(db, act.id, vol.id, "in", at=datetime(2026, 3, 7, 9, 0))
    record_signin(db, act.id, vol.id, "out", at=datetime(2026, 3, 7, 11, 0))
    resident = add_request(db, resident="张大爷", text="理发")
    add_scheme(db, "积分超市")  # the points board needs a scheme
    req = PaperRequest("certificate", month(2026, 3), volunteer_id=vol.id, issue=True, handler="李会计")
    before = _counts(db)
    for name in KINDS:
        build(db, PaperRequest(name, month(2026, 3), activity_id=act.id, volunteer_id=vol.id, issue=True,
                               handler="李会计", extra={"request_id": resident.id}))
    assert _counts(db) == before and build(db, req).number == ""  # a draft: no number without issuing
    issued = issue(db, req)
    assert _counts(db)[0] == before[0] + 1 and issued.certificate_id
    built = build(db, issued)
    assert built.number and built.number in built.doc.html and _counts(db)[0] == before[0] + 1
    assert "于 2026年3月 期间" in built.doc.html  # the period as asked, as before issuing was split out
    reprinted = build(db, PaperRequest("certificate", certificate_id=issued.certificate_id))
    assert reprinted.number == built.number and "2026年03月01日至2026年03月31日" in reprinted.doc.html


@pytest.mark.parametrize("module", ["server.store", "server.app", "server.console.figures"])
def test_server_loads_no_desktop_tables(module):
    code = f"import sys, {module}; bad = [m for m in sys.modules if m.startswith(('desktop.models', 'desktop.db'))]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
