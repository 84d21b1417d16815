"""Encryption at rest: the raw bytes of the database, its WAL, a USB backup, the logs and the default
exports hold no full ID number, phone or token; the CLI needs a credential once accounts exist."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop import crypto
from desktop.cli import main
from desktop.db import Database
from desktop.errors import LoginRequired
from desktop.services import accounts
from desktop.services.backup import backup_now
from desktop.services.export import export_volunteers
from desktop.services.volunteers import add_volunteer

ID1, PHONE1 = "11010519491231002X", "13800138000"
ID2, PHONE2 = "610721199406251905", "13912345678"
TOKEN = "sd-device-token-0123456789abcdef"
SECRETS = [ID1.encode(), ID2.encode(), PHONE1.encode(), PHONE2.encode(), TOKEN.encode(),
           "13800138000".encode("utf-16-le")]


def _clear(data: bytes) -> list[bytes]:
    return [s for s in SECRETS if s in data]


def _populate(db) -> None:
    from desktop.sync.apply import set_meta

    add_volunteer(db, name="张三", id_card=ID1, phone=PHONE1)
    add_volunteer(db, name="李四", id_card=ID2, phone=PHONE2)
    with db.engine.begin() as conn:
        set_meta(conn, "sync_token", TOKEN)


def test_fresh_station_wal_backup_logs_and_exports_reveal_nothing(secure_db, tmp_path):
    db = secure_db
    _populate(db)
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the writes are still in the WAL
    for path in (db.path, wal):
        assert _clear(path.read_bytes()) == [], path
    everything = b"".join(p.read_bytes() for p in db.data_dir.rglob("*") if p.is_file())
    assert _clear(everything) == []
    # A USB backup: the copy and the key slots that travel with it.
    usb = tmp_path / "usb"
    result = backup_now(db, usb)
    for path in usb.rglob("*"):
        if path.is_file():
            assert _clear(path.read_bytes()) == [], path
    assert crypto.check(result.path, None) != "ok"  # it does not open without the key
    # The default export: masked IDs and phones (an xlsx is a zip: read its parts).
    out = tmp_path / "名册.xlsx"
    export_volunteers(db, out)
    with zipfile.ZipFile(out) as book:
        body = b"".join(book.read(name) for name in book.namelist())
    assert _clear(body) == [] and "张三".encode() in body


def test_logs_carry_no_sql_parameters_or_personal_data(secure_db, tmp_path):
    from sqlalchemy import text

    from desktop.ui.ops import ErrorReporter

    db = secure_db
    _populate(db)
    reporter = ErrorReporter(db.data_dir / "logs")
    try:
        with db.session() as session:  # a failing statement with personal data in its parameters
            session.execute(text("INSERT INTO no_such_table VALUES (:a, :b)"), {"a": ID1, "b": PHONE1})
    except Exception as error:  # noqa: BLE001
        reporter.message_for(error)
    # And a crash in the CLI, which logs its traceback too.
    os.environ["STATION_DESK_PASSWORD"] = "secret123"
    try:
        from desktop.cli import _log_bug

        try:
            with db.session() as session:
                session.execute(text("UPDATE volunteer SET phone = :p WHERE nope = :i"), {"p": PHONE2, "i": ID2})
        except Exception:  # noqa: BLE001
            _log_bug(db.data_dir)
    finally:
        del os.environ["STATION_DESK_PASSWORD"]
    log = (db.data_dir / "logs" / "error.log").read_bytes()
    assert b"no_such_table" in log  # something was logged...
    assert _clear(log) == [] and b"parameters:" not in log  # ...without the values


def test_data_folder_and_files_are_private(secure_db):
    db = secure_db
    _populate(db)
    assert stat.S_IMODE(db.data_dir.stat().st_mode) == 0o700
    for name in ("station.sqlite", "keyslots.json"):
        assert stat.S_IMODE((db.data_dir / name).stat().st_mode) == 0o600, name


def test_plain_station_is_encrypted_in_place_after_an_encrypted_backup(db):
    add_volunteer(db, name="张三", id_card=ID1, phone=PHONE1)
    assert crypto.file_state(db.path) == "plain"
    accounts.create_head(db, "王站长", "secret123")
    assert crypto.file_state(db.path) == "encrypted" and db.key is not None
    backups = list(db.backups_dir.glob("station-before-encrypt-*.sqlite"))
    assert len(backups) == 1 and _clear(backups[0].read_bytes()) == []
    assert crypto.check(backups[0], db.key) == "ok"
    data_dir = db.data_dir
    db.close()
    with pytest.raises(LoginRequired):
        Database(data_dir)
    again = accounts.sign_in(data_dir, None, "secret123")
    try:
        assert again.user.role == "head" and again.user.username == "王站长"
        from desktop.services.roster import load_roster_rows

        assert [r.id_card for r in load_roster_rows(again)] == [ID1]
    finally:
        again.close()


def test_wrong_password_is_refused_and_limited(secure_db):
    data_dir = secure_db.data_dir
    secure_db.close()
    now = 1_000_000.0
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginRequired, match=f"还可以再试 {left} 次"):
            accounts.unlock_key(data_dir, "王站长", "wrong-one", now=now)
    with pytest.raises(LoginRequired, match="秒后再试"):
        accounts.unlock_key(data_dir, "王站长", "wrong-one", now=now)
    with pytest.raises(LoginRequired, match="秒后再试"):  # even the right password waits
        accounts.unlock_key(data_dir, "王站长", "secret123", now=now + 1)
    assert accounts.unlock_key(data_dir, "王站长", "secret123", now=now + accounts.LOCKOUT_S + 1)[0] == "王站长"


class _Done:
    def __init__(self, code, out, err):
        self.returncode, self.stdout, self.stderr = code, out, err


def _cli(data_dir: Path, *args, password: str | None = "secret123", stdin: str | None = None, env=None):
    """The CLI in this process (the fast test KDF applies), with its own environment and standard input."""
    import io

    from desktop.cli.credentials import reset_stdin_cache

    mp = pytest.MonkeyPatch()
    try:
        mp.delenv("STATION_DESK_PASSWORD", raising=False)
        if password is not None:
            mp.setenv("STATION_DESK_PASSWORD", password)
        for key, value in (env or {}).items():
            mp.setenv(key, value)
        mp.setattr(sys, "stdin", io.StringIO(stdin or ""))
        out, err = io.StringIO(), io.StringIO()
        mp.setattr(sys, "stdout", out)
        mp.setattr(sys, "stderr", err)
        reset_stdin_cache()
        code = main(["--data-dir", str(data_dir), *args])
    finally:
        mp.undo()
    return _Done(code, out.getvalue(), err.getvalue())


def test_real_process_needs_a_credential(tmp_path):
    data = tmp_path / "pc"
    assert _cli(data, "init", "--station", "进程站", "--head", "王站长").returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "STATION_DESK_PASSWORD"}
    env["PYTHONPATH"] = os.getcwd()
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "volunteer", "list"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_cli_credentials_roles_and_init_head(tmp_path):
    data = tmp_path / "pc"
    done = _cli(data, "init", "--station", "新庄村新时代文明实践站", "--head", "王站长")
    assert done.returncode == 0 and "已建立站长账号“王站长”" in done.stdout
    assert _cli(data, "volunteer", "add", "--name", "张三", "--id-card", ID1, "--phone", PHONE1).returncode == 0
    refused = _cli(data, "volunteer", "list", password=None)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "STATION_DESK_PASSWORD" in refused.stderr
    wrong = _cli(data, "volunteer", "list", password="nope-nope")
    assert wrong.returncode == 2 and "密码不对" in wrong.stderr and "Traceback" not in wrong.stderr
    piped = _cli(data, "--password-stdin", "volunteer", "list", password=None, stdin="secret123\n")
    assert piped.returncode == 0 and "张三" in piped.stdout
    # A clerk: the roster yes, full IDs, the audit log and restore no.
    added = _cli(data, "account", "add", "李录入", "--role", "录入员", env={"STATION_DESK_NEW_PASSWORD": "clerk-pass"})
    assert added.returncode == 0, added.stderr
    as_clerk = ("--user", "李录入")
    assert _cli(data, *as_clerk, "volunteer", "list", password="clerk-pass").returncode == 0
    for args in (("volunteer", "list", "--full-id"), ("audit",), ("restore", "x.sqlite"), ("account", "list")):
        denied = _cli(data, *as_clerk, *args, password="clerk-pass")
        assert denied.returncode == 2 and "无权" in denied.stderr and denied.stderr.count("\n") == 1, args
    audit = _cli(data, "audit", "--action", "account")
    assert audit.returncode == 0 and "新建账号" in audit.stdout and "李录入" in audit.stdout
    # 保存为 PDF… as a command: the same entries in a real PDF; a folder that is not there, one Chinese line
    pdf = tmp_path / "audit.pdf"
    saved = _cli(data, "audit", "--action", "account", "--pdf", str(pdf))
    assert saved.returncode == 0 and "已保存" in saved.stdout and "1 页" in saved.stdout, saved.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "操作记录" in text and "新建账号" in text and "李录入" in text
    missing = _cli(data, "audit", "--pdf", str(tmp_path / "nowhere" / "audit.pdf"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "不存在" in missing.stderr
    assert _clear((data / "station.sqlite").read_bytes()) == []
