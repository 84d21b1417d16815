"""A kill during the in-place encryption or during a restore leaves the old or the new database
usable, never neither. The child process stops at a chosen point (mid-copy, before or after the
rename) and the test kills it there with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from desktop import crypto
from desktop.db import Database
from desktop.services import accounts
from desktop.services.demo import generate
from desktop.services.roster import load_roster_rows
from desktop.services.station import setup_station

CHILD = r"""
import os, sys
from desktop import crypto
crypto.set_kdf_cost(1, 1024)
stage, data_dir, what = sys.argv[1], sys.argv[2], sys.argv[3]
backup = sys.argv[4] if len(sys.argv) > 4 else None

def stop(where):
    print(where, flush=True)
    sys.stdin.read()  # the parent kills us here

real_connect, real_export, armed = crypto.connect, crypto.export_encrypted, []

def export(plain, target, key):
    if str(target).endswith(".encrypting"):
        armed.append(True)  # the in-place copy (not the backup made before it)
    return real_export(plain, target, key)
crypto.export_encrypted = export

class SlowBackup:
    def __init__(self, conn):
        self._conn = conn
    def __getattr__(self, name):
        return getattr(self._conn, name)
    def backup(self, target, **kw):
        calls = [0]
        def progress(status, remaining, total):
            calls[0] += 1
            if calls[0] == 3:
                stop("mid-copy")
        return self._conn.backup(target, pages=4, progress=progress)

def connect(path, key=None, **kw):
    conn = real_connect(path, key, **kw)
    if stage != "mid-copy":
        return conn
    if what == "encrypt" and armed and str(path).endswith("station.sqlite"):
        count = [0]
        def handler():
            count[0] += 1
            if count[0] == 50:
                stop("mid-copy")
            return 0
        conn.set_progress_handler(handler, 100)
    if what == "restore" and backup and os.path.samefile(str(path), backup) and armed_restore:
        return SlowBackup(conn)
    return conn
crypto.connect = connect

import desktop.services.restore as restore_mod
real_stage, armed_restore = restore_mod._stage, []
def staged(source, data_dir, key):
    armed_restore.append(True)  # past the preview: the copy into place
    return real_stage(source, data_dir, key)
restore_mod._stage = staged

real_replace = os.replace
def replace(src, dst):
    if str(src).endswith((".encrypting", ".restoring")) and stage == "before-rename":
        stop("before-rename")
    real_replace(src, dst)
    if str(src).endswith((".encrypting", ".restoring")) and stage == "after-rename":
        stop("after-rename")
os.replace = replace

from desktop.db import Database
from desktop.services import accounts
if what == "encrypt":
    db = Database(data_dir)
    accounts.create_head(db, "王站长", "secret123")
else:
    from desktop.services.restore import restore_backup
    db = accounts.sign_in(data_dir, "王站长", "secret123")
    restore_backup(db, backup)
print("finished", flush=True)
"""


def _run_and_kill(stage: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, "-c", CHILD, stage, *map(str, args)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline().strip()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stdin.close()
    return line


def _count(db) -> int:
    return len(load_roster_rows(db))


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["mid-copy", "before-rename", "after-rename"])
def test_kill_during_in_place_encryption(tmp_path, stage):
    data = tmp_path / "data"
    db = Database(data)
    setup_station(db, name="断电测试站")
    generate(db, volunteers=400, activities=60)
    before = _count(db)
    db.close()
    assert _run_and_kill(stage, data, "encrypt") == stage
    state = crypto.file_state(data / "station.sqlite")
    assert state in ("plain", "encrypted")
    if accounts.has_accounts(data):  # slots were written: the head's password opens it (and finishes the job)
        opened = accounts.sign_in(data, "王站长", "secret123")
    else:
        opened = Database(data)
    try:
        assert opened.integrity_check() == "ok" and _count(opened) == before
    finally:
        opened.close()
    assert crypto.file_state(data / "station.sqlite") == ("encrypted" if accounts.has_accounts(data) else "plain")
    assert not (data / "station.sqlite.encrypting").exists()


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["mid-copy", "before-rename", "after-rename"])
def test_kill_during_restore(secure_db, tmp_path, stage):
    from desktop.services.backup import backup_now
    from desktop.services.volunteers import add_volunteer

    db = secure_db
    generate(db, volunteers=300, activities=40)
    old = _count(db)
    backup = backup_now(db, tmp_path / "usb", include_photos=False).path
    for n in range(25):
        add_volunteer(db, name=f"备份后{n}")
    new = _count(db)
    data = db.data_dir
    db.close()
    assert _run_and_kill(stage, data, "restore", backup) == stage
    opened = accounts.sign_in(data, "王站长", "secret123")
    try:
        assert opened.integrity_check() == "ok"
        assert _count(opened) == (old if stage == "after-rename" else new)
    finally:
        opened.close()
