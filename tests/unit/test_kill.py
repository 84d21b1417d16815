"""A process killed in the middle of a bulk add leaves rows and journal consistent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from sqlmodel import func, select

from desktop.db import Database
from desktop.models import JournalEntry, Volunteer

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
