"""The login, first account, roles and idle lock as a station head and a clerk use them (pytest-qt)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services import accounts
from desktop.services.auditlog import query_audit
from desktop.services.volunteers import add_volunteer
from desktop.ui.context import AppContext
from desktop.ui.login import CreateHeadDialog, LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import ErrorReporter, Ops
from desktop.ui.session import start_guards

ID1 = "11010519491231002X"


def _ctx(db, tmp_path) -> AppContext:
    reporter = ErrorReporter(tmp_path / "logs")
    return AppContext(db=db, ops=Ops(reporter), reporter=reporter,
                      actor=db.user.username if db.user else "站长")


def test_first_run_creates_the_heads_account(qtbot, ctx):
    assert not accounts.has_accounts(ctx.db.data_dir)
    dialog = CreateHeadDialog(ctx.db, ctx.ops, "王站长")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.password.setText("secret123")
    dialog.again.setText("secret12")
    dialog.ok_button.click()
    assert dialog.error.text() in ("两次输入的密码不一样，请重新输入。", "The two passwords differ. Please type them again.")
    assert dialog.isVisible()
    dialog.password.setText("123")
    dialog.again.setText("123")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "至少" in dialog.error.text())
    dialog.password.setText("secret123")
    dialog.again.setText("secret123")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.ok_button.click()
    assert accounts.has_accounts(ctx.db.data_dir) and ctx.db.key is not None
    assert ctx.db.user.role == "head" and ctx.db.user.username == "王站长"
    assert [a.username for a in accounts.login_names(ctx.db.data_dir)] == ["王站长"]


def test_login_refuses_a_wrong_password_and_limits_guesses(qtbot, qapp, secure_db, tmp_path):
    data_dir = secure_db.data_dir
    secure_db.close()
    ops = Ops(ErrorReporter(tmp_path / "logs"))
    dialog = LoginDialog(data_dir, ops)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.user.currentData() == "王站长"
    for left in (4, 3, 2, 1):
        dialog.password.setText("wrong-password")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda left=left: f"还可以再试 {left} 次" in dialog.error.text(), timeout=10_000)
        assert dialog.isVisible() and dialog.db is None
    dialog.password.setText("wrong-password")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "秒后再试" in dialog.error.text(), timeout=10_000)
    dialog.password.setText("secret123")  # locked out for now, even with the right password
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    assert "秒后再试" in dialog.error.text() and dialog.db is None
    accounts._attempts_reset(data_dir, "王站长")  # the wait is over
    dialog.password.setText("secret123")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.ok_button.click()
    assert dialog.db.user.username == "王站长"
    dialog.db.close()
    assert ops.shutdown(10_000)


def test_a_clerk_cannot_see_full_ids_the_audit_page_or_restore(qtbot, qapp, secure_db, tmp_path):
    add_volunteer(secure_db, name="张三", id_card=ID1, phone="13800138000")
    accounts.add_account(secure_db, "李录入", "clerk-pass", "录入员")
    data_dir = secure_db.data_dir
    secure_db.close()
    db = accounts.sign_in(data_dir, "李录入", "clerk-pass")
    ctx = _ctx(db, tmp_path)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        start_guards(ctx, window, daily_backup=False)
        keys = window._keys
        assert window.nav.item(keys.index("audit")).isHidden()
        assert not window.nav.item(keys.index("volunteers")).isHidden()
        audit_page = window.page("audit")
        assert not audit_page.allowed and audit_page.denied.text() in (
            "只有站长可以查看操作记录。", "Only the station head may see the audit log.")
        roster = window.page("volunteers").roster
        assert roster.full_id.isHidden()
        roster.model.show_full_id = False
        qtbot.waitUntil(lambda: roster.model.rowCount() == 1, timeout=10_000)
        texts = [str(roster.model.data(roster.model.index(0, c))) for c in range(roster.model.columnCount())]
        assert ID1 not in texts and any("****" in t for t in texts)
        settings = window.page("settings")
        assert settings.backups.restore_button.isHidden() and settings.backups.file_button.isHidden()
        assert settings.backups.preview.text() in ("只有站长可以恢复备份。", "Only the station head may restore a backup.")
        window.idle_lock.stop()
    finally:
        assert ctx.ops.shutdown(10_000)
        db.close()


def test_the_head_confirms_before_full_ids_and_the_reveal_is_audited(qtbot, monkeypatch, secure_db, tmp_path):
    add_volunteer(secure_db, name="张三", id_card=ID1)
    secure_db.user = accounts.Account("王站长", "head")
    ctx = _ctx(secure_db, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    roster = window.page("volunteers").roster
    assert not roster.full_id.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    roster.full_id.setChecked(True)
    assert not roster.full_id.isChecked() and not roster.model.show_full_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    roster.full_id.setChecked(True)
    assert roster.model.show_full_id
    qtbot.waitUntil(lambda: any(r.action == "volunteer.reveal_id" for r in query_audit(secure_db)), timeout=10_000)
    assert ctx.ops.shutdown(10_000)


def test_the_window_locks_when_idle_and_opens_with_the_password(qtbot, secure_db, tmp_path):
    secure_db.user = accounts.Account("王站长", "head")
    ctx = _ctx(secure_db, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    start_guards(ctx, window, daily_backup=False)
    lock = window.idle_lock
    lock.set_minutes(0.002)  # ~120 ms
    qtbot.waitUntil(lambda: lock.screen.locked, timeout=10_000)
    assert not window.centralWidget().isEnabled()
    assert lock.screen.geometry() == window.rect()
    lock.screen.password.setText("not-it-at-all")
    lock.screen.ok_button.click()
    qtbot.waitUntil(lambda: "密码不对" in lock.screen.error.text(), timeout=10_000)
    assert lock.screen.locked
    lock.screen.password.setText("secret123")
    with qtbot.waitSignal(lock.screen.unlocked, timeout=10_000):
        lock.screen.ok_button.click()
    assert not lock.screen.locked and window.centralWidget().isEnabled()
    lock.stop()
    assert ctx.ops.shutdown(10_000)
