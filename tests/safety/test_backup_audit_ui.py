"""设置 → 备份与恢复 lists and restores with a preview; the audit page filters and saves a PDF (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services import accounts
from desktop.services.backup import backup_now
from desktop.services.roster import load_roster_rows
from desktop.services.volunteers import add_volunteer
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import ErrorReporter, Ops


def _ctx(db, tmp_path) -> AppContext:
    reporter = ErrorReporter(tmp_path / "logs")
    return AppContext(db=db, ops=Ops(reporter), reporter=reporter, actor=db.user.username)


def test_backup_page_lists_previews_and_restores(qtbot, secure_db, tmp_path):
    db = secure_db
    db.user = accounts.Account("王站长", "head")
    add_volunteer(db, name="备份里的人")
    backup_now(db, include_photos=False)
    add_volunteer(db, name="备份后才来的人")
    ctx = _ctx(db, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    box = window.page("settings").backups
    qtbot.waitUntil(lambda: box.table.rowCount() >= 2, timeout=10_000)  # with the one made before encrypting
    names = [box.table.item(r, 0).text() for r in range(box.table.rowCount())]
    row = next(r for r, n in enumerate(names) if n.startswith("station-2"))
    assert box.table.item(row, 3).text() == "1"  # one volunteer in it
    box.table.selectRow(row)
    assert "志愿者 1" in box.preview.text() and box.restore_button.isEnabled()
    box.restore(box.selected_path(), confirm=False)
    qtbot.waitUntil(lambda: box.message.text() != "", timeout=20_000)
    assert {r.name for r in load_roster_rows(db)} == {"备份里的人"}
    assert list(db.backups_dir.glob("station-auto-*.sqlite"))  # the data before the restore was kept
    assert ctx.ops.shutdown(10_000)


def test_audit_page_filters_and_saves_a_pdf(qtbot, secure_db, tmp_path):
    db = secure_db
    db.user = accounts.Account("王站长", "head")
    add_volunteer(db, name="审计甲", actor="王站长")
    accounts.add_account(db, "李录入", "clerk-pass", "录入员")
    ctx = _ctx(db, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.page("audit")
    qtbot.waitUntil(lambda: page.table.rowCount() >= 3, timeout=10_000)
    page.action.setCurrentIndex(page.action.findData("account.create"))
    page.load()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)  # the head's and the clerk's
    assert {page.table.item(r, 2).text() for r in range(2)} == {"新建账号"}
    out = tmp_path / "操作记录.pdf"
    page.save_pdf(str(out))
    qtbot.waitUntil(out.exists, timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "操作记录" in text and "新建账号" in text and "李录入" in text
    assert ctx.ops.shutdown(10_000)


def test_a_damaged_file_at_start_offers_the_newest_good_backup(qtbot, qapp, monkeypatch, secure_db, tmp_path):
    from PySide6.QtWidgets import QDialog

    from desktop.services.backup import automatic_backup
    from desktop.ui import session as session_mod

    db = secure_db
    add_volunteer(db, name="备份里的人")
    automatic_backup(db, "daily")
    data = db.data_dir
    db.close()
    (data / "station.sqlite").write_bytes(b"")  # zero bytes
    asked = []

    def drive(dialog):  # the real recovery dialog, its restore button clicked
        asked.append(dialog.error.message)
        assert dialog.restore_button.isVisibleTo(dialog) and not dialog.resync_button.isVisibleTo(dialog)  # not enrolled
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        return dialog.result()

    monkeypatch.setattr(session_mod.RecoveryDialog, "exec", drive)

    class FakeLogin:  # the real dialog, driven without showing it
        def __init__(self, data_dir, ops):
            from desktop.ui.login import LoginDialog

            self.dialog = LoginDialog(data_dir, ops)
            self.dialog.password.setText("secret123")

        def exec(self):
            self.dialog.submit()
            qtbot.waitUntil(lambda: self.dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
            self.db, self.corrupt = self.dialog.db, self.dialog.corrupt
            return QDialog.DialogCode.Accepted

    ctx = session_mod.open_session(data, login_factory=FakeLogin)
    try:
        assert asked and "0 字节" in asked[0] and "station-auto-" in asked[0]
        assert {r.name for r in load_roster_rows(ctx.db)} == {"备份里的人"}
    finally:
        assert ctx.ops.shutdown(10_000)
        ctx.db.close()


class _Login:
    """The real login dialog, driven without showing it."""

    def __init__(self, qtbot, data_dir, ops):
        from desktop.ui.login import LoginDialog

        self.qtbot, self.dialog = qtbot, LoginDialog(data_dir, ops)
        self.dialog.password.setText("secret123")

    def exec(self):
        from PySide6.QtWidgets import QDialog

        self.dialog.submit()
        self.qtbot.waitUntil(lambda: self.dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        self.db, self.corrupt = self.dialog.db, self.dialog.corrupt
        return QDialog.DialogCode.Accepted


@pytest.fixture(scope="module")
def county(request, tmp_path_factory):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
    from sync_harness import make_server

    srv = make_server("sqlite", tmp_path_factory.mktemp("county"), request)
    yield srv
    srv.stop()


@pytest.mark.slow
def test_a_damaged_file_with_no_backup_is_fetched_again_from_the_county(qtbot, qapp, monkeypatch, county, tmp_path):
    import os
    import shutil

    from PySide6.QtWidgets import QDialog
    from sync_harness import enrolled_pc

    from desktop.services.accounts import create_head
    from desktop.sync.engine import run_sync
    from desktop.ui import session as session_mod

    _, code = county.new_station("界面重建村新时代文明实践站")
    db = enrolled_pc(county, tmp_path / "pc", code)
    create_head(db, "王站长", "secret123")
    add_volunteer(db, name="县里有的人")
    run_sync(db, photos=False)
    add_volunteer(db, name="还没上传的人")
    data = db.data_dir
    db.close()
    shutil.rmtree(data / "backups")
    raw = bytearray((data / "station.sqlite").read_bytes())
    middle = (len(raw) // 2) // 4096 * 4096
    raw[middle:middle + 4096] = os.urandom(4096)
    (data / "station.sqlite").write_bytes(bytes(raw))
    seen = []

    def drive(dialog):
        seen.append(dialog.error.message)
        assert not dialog.restore_button.isVisibleTo(dialog) and dialog.resync_button.isVisibleTo(dialog)
        dialog.resync_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
        return dialog.result()

    monkeypatch.setattr(session_mod.RecoveryDialog, "exec", drive)
    ctx = session_mod.open_session(data, login_factory=lambda d, ops: _Login(qtbot, d, ops))
    try:
        assert seen and "不能打开" in seen[0] and "县中心" in seen[0]
        names = {r.name for r in load_roster_rows(ctx.db)}
        assert "县里有的人" in names and "还没上传的人" in names
    finally:
        assert ctx.ops.shutdown(10_000)
        ctx.db.close()


def test_the_head_clears_the_personal_data_of_volunteers_who_left_from_settings(qtbot, secure_db, tmp_path,
                                                                               monkeypatch):
    """设置 → 数据: the county's retention period, how many are past it, and a confirmed purge (站长 only)."""
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from desktop.services.privacy import RETENTION_SETTING
    from desktop.services.station import set_setting
    from desktop.services.volunteers import exit_volunteer

    db = secure_db
    db.user = accounts.Account("王站长", "head")
    gone = add_volunteer(db, name="早已退出", id_card="11010519491231002X", phone="13800138000", address="村东头")
    exit_volunteer(db, gone.id, reason="迁出", exit_date=date(2019, 1, 5))
    add_volunteer(db, name="还在的人", phone="13900139000")
    set_setting(db, RETENTION_SETTING, 36)  # as the county's setting arrives by sync
    ctx = _ctx(db, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.page("settings")
    qtbot.waitUntil(page.purge_button.isEnabled, timeout=10_000)
    assert "36" in page.purge_status.text() and "1" in page.purge_status.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    page.purge_button.click()
    assert asked and {r.name: r for r in load_roster_rows(db)}["早已退出"].phone == "13800138000"  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.purge_button.click()
    qtbot.waitUntil(lambda: not page.purge_button.isEnabled() and "1" in page.purge_status.text()
                    and {r.name: r for r in load_roster_rows(db)}["早已退出"].phone == "", timeout=10_000)
    rows = {r.name: r for r in load_roster_rows(db)}
    assert rows["早已退出"].id_card in (None, "") and rows["还在的人"].phone == "13900139000"
    assert ctx.ops.shutdown(10_000)


def test_a_data_clerk_cannot_clear_personal_data(qtbot, secure_db, tmp_path):
    from desktop.ui.pages.settings import Page

    db = secure_db
    db.user = accounts.Account("李录入", "clerk")
    ctx = _ctx(db, tmp_path)
    page = Page(ctx)
    qtbot.addWidget(page)
    assert not page.purge_button.isEnabled()
    assert page.purge_status.text() == page.tr("Only the station head can clear personal data.")
    assert ctx.ops.shutdown(10_000)
