"""A forgotten password is reset by a one-time code from the county (a real server process on loopback):
the PC escrows its key when it is enrolled and encrypted; the code works once, for one account."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop import crypto
from desktop.cli import main
from desktop.errors import LoginRequired, UserError
from desktop.services import accounts
from desktop.services.auditlog import query_audit
from desktop.services.recovery import reset_password

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from sync_harness import enrolled_pc, make_server  # noqa: E402


@pytest.fixture(scope="module")
def county(request, tmp_path_factory):
    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    yield srv
    srv.stop()


def _code(county, station_id: str, user: str, capsys) -> str:
    from server.__main__ import main as server_main

    capsys.readouterr()
    assert server_main(["account", "reset-code", station_id, user, "--db", county.db_url]) == 0
    return capsys.readouterr().out.split("重置码：")[1].split("（")[0]


def test_reset_by_a_one_time_code(county, tmp_path, capsys):
    from server import accounts as server_accounts

    station_id, code = county.new_station("重置村新时代文明实践站")
    db = enrolled_pc(county, tmp_path / "pc", code)
    accounts.create_head(db, "王站长", "old-password")
    accounts.add_account(db, "李录入", "clerk-pass", "录入员")
    data = db.data_dir
    db.close()
    slots = crypto.KeySlots.load(data)
    assert slots.server == county.url and slots.station_id == station_id  # escrowed at once
    assert "escrow" in [e["action"] for e in server_accounts.events(county.store, station_id)]
    one = _code(county, station_id, "王站长", capsys)
    with pytest.raises(UserError, match="重置码不对"):
        reset_password(data, "王站长", "ZZZZ-ZZZZ", "new-password")
    with pytest.raises(UserError, match="重置码不对"):  # a code is for one account only
        reset_password(data, "李录入", one, "new-password")
    reset_password(data, "王站长", one, "new-password")
    with pytest.raises(UserError, match="已经用过"):
        reset_password(data, "王站长", one, "another-one")
    with pytest.raises(LoginRequired):
        accounts.sign_in(data, "王站长", "old-password")
    again = accounts.sign_in(data, "王站长", "new-password")
    try:
        assert any(r.action == "account.password.reset" for r in query_audit(again))
    finally:
        again.close()
    assert accounts.sign_in(data, "李录入", "clerk-pass").close() is None  # others keep their password
    actions = [e["action"] for e in server_accounts.events(county.store, station_id)]
    assert actions.count("reset.issue") == 1 and actions.count("reset.used") == 1 and "reset.wrong" in actions
    # The CLI: no login needed (the password is what was forgotten); the new one from the environment.
    two = _code(county, station_id, "李录入", capsys)
    os.environ["STATION_DESK_NEW_PASSWORD"] = "clerk-new-pass"
    try:
        assert main(["--data-dir", str(data), "account", "reset", "李录入", "--code", two]) == 0
    finally:
        del os.environ["STATION_DESK_NEW_PASSWORD"]
    accounts.sign_in(data, "李录入", "clerk-new-pass").close()


def test_no_code_without_escrow(county, capsys):
    from server.__main__ import main as server_main

    station_id, _ = county.new_station("未托管村新时代文明实践站")
    capsys.readouterr()
    assert server_main(["account", "reset-code", station_id, "王站长", "--db", county.db_url]) == 2
    assert "还没有把数据密钥" in capsys.readouterr().err


def test_reset_from_the_login_screen(qtbot, qapp, county, tmp_path, capsys):
    from desktop.ui.login import LoginDialog
    from desktop.ui.ops import ErrorReporter, Ops

    station_id, code = county.new_station("界面重置村新时代文明实践站")
    db = enrolled_pc(county, tmp_path / "pc", code)
    accounts.create_head(db, "王站长", "old-password")
    data = db.data_dir
    db.close()
    one = _code(county, station_id, "王站长", capsys)
    ops = Ops(ErrorReporter(tmp_path / "logs"))
    login = LoginDialog(data, ops)
    qtbot.addWidget(login)
    login.open()
    dialog = login.open_reset()
    dialog.code.setText("WRONG-CODE")
    dialog.password.setText("brand-new-pw")
    dialog.again.setText("brand-new-pw")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "重置码不对" in dialog.error.text(), timeout=20_000)
    dialog.code.setText(one)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.ok_button.click()
    login.password.setText("brand-new-pw")
    with qtbot.waitSignal(login.accepted, timeout=20_000):
        login.ok_button.click()
    assert login.db.user.username == "王站长"
    login.db.close()
    assert ops.shutdown(10_000)
