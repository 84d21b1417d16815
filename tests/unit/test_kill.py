"""A process killed in the middle of a bulk write leaves rows and journal consistent.

The first test kills the path users run: a roster import (the wizard and
`import volunteers` call plan_import then services.volunteers.apply_import),
which is one transaction, so a kill leaves nothing of it. The second kills the
batched bulk add (demo data), whose finished batches stay.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from sqlmodel import func, select

from desktop.db import Database
from desktop.models import JournalEntry, TeamMember, Volunteer

IMPORTER = r"""
import csv, sys
from desktop.db import Database
from desktop.importers.volunteers import open_source, plan_import
from desktop.services.demo import volunteer_rows
from desktop.services.station import setup_station
from desktop.services.volunteers import apply_import

folder, path, phase = sys.argv[1], sys.argv[2], sys.argv[3]
db = Database(folder)
if phase == "prepare":
    setup_station(db, name="断电测试站")
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        out = csv.writer(handle)
        out.writerow(["姓名", "性别", "身份证号码", "联系电话", "所属队伍"])
        for r in volunteer_rows(20000, seed=7):
            out.writerow([r["name"], r["gender"], r["id_card"] or "", r["phone"] or "", "理论宣讲"])
    sys.exit(0)
plan = plan_import(db, open_source(path))
print("planned", len(plan.new_rows), flush=True)
def progress(done, total):
    print(done, flush=True)
print("added", apply_import(db, plan, progress=progress), flush=True)
"""

WRITER = r"""
import sys
from desktop.db import Database
from desktop.services.demo import volunteer_rows
from desktop.services.station import setup_station
from desktop.services.volunteers import bulk_add_volunteers

db = Database(sys.argv[1])
setup_station(db, name="断电测试站")
rows = volunteer_rows(20000, seed=7)
def progress(done, total):
    print(done, flush=True)
bulk_add_volunteers(db, rows, batch=250, progress=progress)
print("finished", flush=True)
"""


def _run(*args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    return subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True, env=env)


def _consistent(folder) -> tuple[int, int]:
    """(volunteers, team links) after checking the file and that rows and journal agree."""
    db = Database(folder)
    try:
        assert db.integrity_check() == "ok"
        with db.read() as session:
            ids = set(session.exec(select(Volunteer.id)))
            entries = session.exec(select(JournalEntry).where(JournalEntry.entity == "volunteer")).all()
            links = session.scalar(select(func.count()).select_from(TeamMember))
            linked = session.scalar(select(func.count()).select_from(JournalEntry)
                                    .where(JournalEntry.entity == "team_member"))
        assert ids == {e.row_id for e in entries} and len(entries) == len(ids)
        assert links == linked
        return len(ids), links
    finally:
        db.close()


@pytest.mark.slow
def test_kill_during_import_leaves_nothing_then_the_import_completes(tmp_path):
    folder, path = str(tmp_path / "data"), str(tmp_path / "名册.csv")
    prepare = _run(IMPORTER, folder, path, "prepare")
    prepare.communicate(timeout=120)
    assert prepare.returncode == 0
    before = _consistent(folder)
    proc = _run(IMPORTER, folder, path, "import")
    reported = []
    for line in proc.stdout:
        if line.startswith("planned"):
            assert int(line.split()[1]) == 20000
            continue
        reported.append(int(line))
        if len(reported) == 5:  # 2,500 rows written, the sixth batch is being written now
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL and reported == [500, 1000, 1500, 2000, 2500]
    assert _consistent(folder) == before  # one transaction: nothing of the import survived
    again = _run(IMPORTER, folder, path, "import")
    out, _ = again.communicate(timeout=300)
    assert again.returncode == 0 and "added 20000" in out
    assert _consistent(folder) == (before[0] + 20000, before[1] + 20000)


@pytest.mark.slow
def test_kill_during_bulk_add(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env)
    committed = []
    for line in proc.stdout:
        committed.append(int(line))
        if len(committed) == 5:  # the sixth batch is being written right now
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    db = Database(tmp_path)
    try:
        assert db.integrity_check() == "ok"
        with db.read() as session:
            volunteers = session.scalar(select(func.count()).select_from(Volunteer))
            entries = session.exec(select(JournalEntry).where(JournalEntry.entity == "volunteer")).all()
            journaled = {e.row_id for e in entries}
            ids = set(session.exec(select(Volunteer.id)))
        assert volunteers >= committed[-1]  # every reported batch survived
        assert volunteers % 250 == 0  # whole batches only: no half transaction
        assert ids == journaled and len(entries) == volunteers
        assert all(json.loads(e.fields)["name"] for e in entries)
    finally:
        db.close()
