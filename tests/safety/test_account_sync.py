"""Accounts sync so a reinstalled PC knows them, and the county's copy holds nothing to guess against.

A real county server process on loopback (tests/server/sync_harness.py), real SQLite files, and a
recording proxy in front of the server: every byte between the PCs and the county is kept and
searched (gzip bodies opened) for any password, hash, verifier, key slot or PIN hash.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import sqlite3
import sys
import zlib
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select

from desktop import crypto, sealed
from desktop.db import DB_FILENAME
from desktop.errors import LoginRequired
from desktop.services import account_sync, accounts
from desktop.services.kiosk import PIN_KEY, set_pin
from desktop.services.recovery import try_escrow
from desktop.sync.engine import enrol, run_sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from sync_harness import CuttingProxy, make_server, new_pc, run_cli  # noqa: E402

HEAD_PW, CLERK_PW, PIN = "head-password-1", "clerk-pass-1", "246810"


class RecordingProxy(CuttingProxy):
    """Passes everything through and keeps a copy of every byte, both ways."""

    def __init__(self, target_port: int):
        self.seen: list[bytes] = []
        super().__init__(target_port)

    def _pump(self, src, dst, limit) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                self.seen.append(data)
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(2)
            s.close()

    def wire(self) -> bytes:
        return expand(b"".join(self.seen))


def expand(data: bytes) -> bytes:
    """`data` plus every gzip stream found in it, opened (sync bodies are gzipped)."""
    out = [data]
    start = data.find(b"\x1f\x8b")
    while start != -1:
        with contextlib.suppress(zlib.error):
            out.append(zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[start:]))
        start = data.find(b"\x1f\x8b", start + 2)
    return b"".join(out)


def forms(value: bytes | str) -> list[bytes]:
    """The ways a secret can be written: raw, hex, base64."""
    raw = value.encode() if isinstance(value, str) else value
    return [raw, raw.hex().encode(), base64.b64encode(raw)]


def server_bytes(county) -> bytes:
    """The county database as stored: the file and its WAL, plus every table's rows as text."""
    out = b""
    for suffix in ("", "-wal"):
        path = county.data_dir / f"county.sqlite{suffix}"
        if path.exists():
            out += path.read_bytes()
    meta = MetaData()
    meta.reflect(county.store.db.engine)
    with county.store.db.engine.connect() as conn:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)):
                out += repr(tuple(row)).encode()
    return expand(out)


@pytest.fixture(scope="module")
def county(request, tmp_path_factory):
    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    yield srv
    srv.stop()


def test_a_reinstalled_pc_gets_the_accounts_and_no_hash_travels(county, tmp_path):
    proxy = RecordingProxy(county.port)
    station_id, code = county.new_station("重装村新时代文明实践站")
    # The first PC: head, a clerk, the kiosk PIN; synced.
    a = new_pc(tmp_path / "a")
    enrol(a, proxy.url, code)
    accounts.create_head(a, "王站长", HEAD_PW)
    accounts.add_account(a, "李录入", CLERK_PW, "录入员")
    set_pin(a, PIN)
    run_sync(a, photos=False)
    try_escrow(a)  # sends the clerk's queued verifier (the CLI's sync and the app's start do this)
    with a.read() as session:
        from desktop.models import Meta

        pin_hash = session.get(Meta, PIN_KEY).value
    slots_a = crypto.KeySlots.load(a.data_dir)
    key_a = a.key

    # A reinstalled PC: enrolled with a new code, the station's data and account records come down.
    b_dir = tmp_path / "b"
    b = new_pc(b_dir)
    enrol(b, proxy.url, county.store.new_code(station_id))
    found = account_sync.records(b)
    assert {n: r["role"] for n, r in found.items()} == {"王站长": "head", "李录入": "clerk"}
    with pytest.raises(LoginRequired, match="密码不对"):  # checked at the county, and counted there
        account_sync.adopt(b, "王站长", "not-the-password")
    b.close()
    os.environ["STATION_DESK_PASSWORD"] = HEAD_PW
    try:
        rc, out, err = run_cli(b_dir, "account-setup")
    finally:
        del os.environ["STATION_DESK_PASSWORD"]
    assert rc == 0, err
    assert "王站长" in out and "站长" in out
    assert crypto.file_state(b_dir / DB_FILENAME) == "encrypted"
    assert crypto.check(b_dir / DB_FILENAME, key_a, quick=True) == "ok"  # the station's key: old backups open here
    b = accounts.sign_in(b_dir, None, HEAD_PW)
    assert (b.user.username, b.user.role) == ("王站长", "head")
    b.close()
    clerk = accounts.sign_in(b_dir, "李录入", CLERK_PW)  # first time on this PC: asked at the county
    assert clerk.user.role == "clerk" and not clerk.user.can("full_id")
    clerk.close()
    assert "李录入" in crypto.KeySlots.load(b_dir).slots  # from now on it signs in offline too

    # The PIN does not come along: the new PC's kiosk needs its own.
    b = accounts.sign_in(b_dir, None, HEAD_PW)
    from desktop.services.kiosk import pin_is_set

    assert not pin_is_set(b)

    # A role change and switching an account off, made on the first PC, reach the second by sync.
    accounts.set_role(a, "李录入", "签到员")
    run_sync(a, photos=False)
    run_sync(b, photos=False)
    b.close()
    moved = accounts.sign_in(b_dir, "李录入", CLERK_PW)
    assert moved.user.role == "kiosk"
    moved.close()
    b = accounts.sign_in(b_dir, None, HEAD_PW)
    accounts.remove_account(a, "李录入")
    run_sync(a, photos=False)
    run_sync(b, photos=False)
    b.close()
    with pytest.raises(LoginRequired, match="停用"):
        accounts.sign_in(b_dir, "李录入", CLERK_PW)
    assert "李录入" not in crypto.KeySlots.load(b_dir).slots  # its key slot is gone from this PC too
    with pytest.raises(LoginRequired, match="停用"):  # and the county no longer lets it in on a third PC
        account_sync.county_unlock(county.url, None, station_id, "李录入", CLERK_PW)
    a.close()

    # What the county holds and what travelled: nothing a guesser can test a password against.
    stored, wire = server_bytes(county), proxy.wire()
    proxy.close()
    assert b"account:" in wire and "李录入".encode() in wire  # the proxy did see the traffic
    secret = sealed.CountySecret.load(county.data_dir)
    with county.store.db.engine.connect() as conn:
        from server.accounts import account_verifier

        rows = {r.username: r for r in conn.execute(select(account_verifier).where(
            account_verifier.c.station_id == station_id))}
    head = rows["王站长"]
    params = json.loads(head.params)
    v_head = sealed.verifier(HEAD_PW, params)
    assert head.tag == secret.tag(station_id, "王站长", v_head)  # a keyed tag: the key is in a file, not the DB
    assert all(f not in stored for f in forms(secret._mac_key) + forms(secret.private.private_bytes_raw()))
    secrets_ = [HEAD_PW, CLERK_PW, PIN, pin_hash, v_head]
    for slot in slots_a.slots.values():
        secrets_ += [base64.b64decode(slot["wrapped"]), base64.b64decode(slot["mac"])]
    for value in secrets_:
        for form in forms(value):
            assert form not in stored, f"the county's database holds {value!r}"
            assert form not in wire, f"the wire carried {value!r}"
    assert b"$argon2" not in stored and b"$argon2" not in wire  # no password or PIN hash at all
    events = [e["action"] for e in __import__("server.accounts", fromlist=["events"]).events(county.store, station_id)]
    assert "login.wrong" in events and events.count("login.remote") >= 2 and "login.refused" in events


def test_the_county_limits_wrong_passwords(county, tmp_path):
    station_id, code = county.new_station("限次村新时代文明实践站")
    a = new_pc(tmp_path / "a")
    enrol(a, county.url, code)
    accounts.create_head(a, "赵站长", HEAD_PW)
    a.close()
    for _ in range(5):
        with pytest.raises(LoginRequired, match="密码不对"):
            account_sync.county_unlock(county.url, None, station_id, "赵站长", "wrong-guess")
    with pytest.raises(LoginRequired, match="秒后再试"):  # even the right one waits now
        account_sync.county_unlock(county.url, None, station_id, "赵站长", HEAD_PW)
    with sqlite3.connect(county.data_dir / "county.sqlite") as conn:
        failed = conn.execute("SELECT failed FROM account_verifier WHERE station_id = ?", (station_id,)).fetchone()[0]
    assert failed == 5


def test_the_first_start_of_a_reinstalled_pc_signs_in_with_the_station_account(qtbot, qapp, county, tmp_path):
    """The app's first start on a fresh, enrolled PC: “用本站的账号登录”, the password checked at the county."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.login import CreateHeadDialog
    from desktop.ui.ops import ErrorReporter, Ops

    station_id, code = county.new_station("界面重装村新时代文明实践站")
    a = new_pc(tmp_path / "a")
    enrol(a, county.url, code)
    accounts.create_head(a, "钱站长", HEAD_PW)
    run_sync(a, photos=False)  # the account record goes up with the next sync
    a.close()
    b = new_pc(tmp_path / "b")
    enrol(b, county.url, county.store.new_code(station_id))
    ops = Ops(ErrorReporter(tmp_path / "logs"))
    dialog = CreateHeadDialog(b, ops, "")
    qtbot.addWidget(dialog)
    try:
        assert dialog.adopting and dialog.username.text() == "钱站长" and not dialog.again.isVisibleTo(dialog)
        title = dialog.findChild(type(dialog.error), "loginTitle").text()
        assert title == dialog.tr("Sign in with this station's account") and dialog.ok_button.text() == dialog.tr("Sign in")
        dialog.password.setText("wrong-password")
        dialog.submit()
        qtbot.waitUntil(lambda: "密码不对" in dialog.error.text(), timeout=30_000)
        dialog.password.setText(HEAD_PW)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
        assert (b.user.username, b.user.role) == ("钱站长", "head") and b.encrypted
        assert crypto.file_state(b.path) == "encrypted"
    finally:
        assert ops.shutdown(10_000)
        b.close()


def test_a_background_sync_sends_a_new_accounts_verifier(qtbot, qapp, county, tmp_path):
    """An account added after the start reaches the county with the app's next sync, not at the next start."""
    from desktop.ui.context import AppContext
    from desktop.ui.ops import ErrorReporter, Ops
    from desktop.ui.sync_status import SyncController

    station_id, code = county.new_station("后台同步村新时代文明实践站")
    a = new_pc(tmp_path / "a")
    enrol(a, county.url, code)
    accounts.create_head(a, "孙站长", HEAD_PW)
    accounts.add_account(a, "小周", CLERK_PW, "录入员")  # queued: nothing sends it yet
    with pytest.raises(LoginRequired):
        account_sync.county_unlock(county.url, None, station_id, "小周", CLERK_PW)
    reporter = ErrorReporter(tmp_path / "logs")
    ops = Ops(reporter)
    controller = SyncController(AppContext(db=a, ops=ops, reporter=reporter), probe_ms=3_600_000)
    controller.timer.stop()
    try:
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        answer = account_sync.county_unlock(county.url, None, station_id, "小周", CLERK_PW)
        assert answer["key"] == a.key
    finally:
        assert ops.shutdown(10_000)
        a.close()
