"""The app shell: first run, navigation, status bar, settings, error reporting."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.errors import UserError
from desktop.services.volunteers import add_volunteer
from desktop.ui import pages
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.main_window import MainWindow


def test_first_run_creates_the_station(qtbot, empty_ctx):
    dialog = FirstRunDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.submit()  # empty name: stays open with a message
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "名称" in dialog.error.text() and dialog.isVisible()
    dialog.name.setText("新庄村新时代文明实践站")
    dialog.county.setText("南郑区")
    dialog.preset.setCurrentIndex(1)  # Changzhi's eight teams
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert empty_ctx.db.station_id is not None
    from desktop.services.teams import list_teams

    assert len(list_teams(empty_ctx.db)) == 8


def test_every_page_opens(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for spec in pages.PAGES:
        window.show_page(spec.key)
        assert window.current_page() is window.page(spec.key)
    assert window.nav.count() == len(pages.PAGES)
    assert [window.nav.item(i).text() for i in range(window.nav.count())][0] in ("首页", "Home")


def test_status_bar_counts_pending_changes(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "测试村" in window.station_label.text())
    before = window.pending_label.text()
    add_volunteer(ctx.db, name="状态栏")
    window.refresh_status()
    qtbot.waitUntil(lambda: window.pending_label.text() != before)
    assert any(ch.isdigit() for ch in window.pending_label.text())


def test_home_shows_figures(qtbot, ctx):
    add_volunteer(ctx.db, name="党员甲", political_status="中共党员")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home = window.page("home")
    qtbot.waitUntil(lambda: home.cards["volunteers_active"].value.text() == "1")
    assert home.cards["party_members"].value.text() == "1"
    assert home.cards["teams"].value.text() == "9"


def test_settings_saves_and_reports_bad_input(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    settings = window.page("settings")
    qtbot.waitUntil(lambda: settings.edits["name"].text() == "测试村新时代文明实践站")
    settings.edits["head_name"].setText("李站长")
    settings.submit()
    qtbot.waitUntil(lambda: settings.message.text() != "")
    from desktop.services.station import get_station

    assert get_station(ctx.db).head_name == "李站长"
    settings.edits["phone"].setText("12345")
    settings.submit()
    qtbot.waitUntil(lambda: "电话号码" in settings.message.text())
    assert get_station(ctx.db).head_name == "李站长"


def test_errors_reach_the_user_in_one_place(qtbot, ctx):
    shown = []
    ctx.reporter.reported.connect(shown.append)

    def bad_input():
        raise UserError("身份证号不对，请核对。")

    def bug():
        raise ZeroDivisionError("oops")

    ctx.ops.db(bad_input)
    qtbot.waitUntil(lambda: len(shown) == 1)
    ctx.ops.db(bug)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[0] == "身份证号不对，请核对。"
    assert "ZeroDivisionError" in shown[1] and "Traceback" not in shown[1]
    assert (ctx.reporter.log_dir / "error.log").read_text(encoding="utf-8").count("ZeroDivisionError") >= 1
    for box in [w for w in qtbot_top_levels() if isinstance(w, QMessageBox)]:
        box.close()


def test_long_op_reports_progress_and_cancels(qtbot, ctx):
    from desktop.services.demo import volunteer_rows
    from desktop.services.volunteers import bulk_add_volunteers
    from desktop.ui.ops import TaskHandle

    task = TaskHandle()
    seen = []
    task.progressed.connect(lambda done, total, text: (seen.append(done), task.cancel()))
    results = []
    ctx.ops.db(lambda task: bulk_add_volunteers(ctx.db, volunteer_rows(2000), batch=100,
                                                progress=task.progress()),
               task=task, mutates=True, on_done=results.append)
    qtbot.waitUntil(lambda: results != [], timeout=20_000)
    assert len(results[0]) < 2000 and seen[0] == 100


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_backup_from_settings(qtbot, ctx, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    settings = window.page("settings")
    settings.start_backup(tmp_path / "usb")
    qtbot.waitUntil(lambda: settings.backup_message.text() != "", timeout=20_000)
    copies = list((tmp_path / "usb").glob("station-*.sqlite"))
    assert len(copies) == 1 and str(copies[0]) in settings.backup_message.text()
    import sqlite3

    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("select name from station").fetchone() == ("测试村新时代文明实践站",)
    assert settings.backup_button.isEnabled()
