"""The Sync page and status indicator against a real server: enrol, sync in a
worker with progress, status shown; the UI thread is never blocked."""

from __future__ import annotations

import threading

from desktop.models import Volunteer
from desktop.progress import Cancelled
from desktop.sync.engine import run_sync
from desktop.ui.pages.sync_page import Page
from desktop.ui.sync_status import SyncController, SyncStatusIndicator


def test_enrol_and_sync_from_the_page(qtbot, empty_ctx, server):
    station_id, code = server.new_station("界面村新时代文明实践站")
    controller = SyncController(empty_ctx, probe_ms=3_600_000)
    page = Page(empty_ctx, controller=controller)
    indicator = SyncStatusIndicator(controller)
    qtbot.addWidget(page)
    qtbot.addWidget(indicator)
    page.url.setText(server.url)
    page.code.setText(code)
    page.enrol()
    qtbot.waitUntil(lambda: "界面村" in page.enrol_message.text(), timeout=20_000)
    assert empty_ctx.db.station_id == station_id
    with empty_ctx.db.session("站长") as s:
        s.add(Volunteer(name="赵大爷"))
    controller.refresh()
    qtbot.waitUntil(lambda: page.pending_label.text() not in ("", "0"), timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        page.sync_button.click()
        assert page.cancel_button.isEnabled() and not page.progress.isHidden()
    assert finished.args[0]["pushed"] >= 1
    qtbot.waitUntil(lambda: page.pending_label.text() == "0", timeout=10_000)
    assert "uploaded" in page.result_label.text() or "上传" in page.result_label.text()
    qtbot.waitUntil(lambda: "0 changes" in indicator.text() or "0 条" in indicator.text(), timeout=10_000)
    controller.timer.stop()


def test_a_cancelled_sync_stops_cleanly(server, tmp_path):
    from sync_harness import enrolled_pc

    _, code = server.new_station()
    pc = enrolled_pc(server, tmp_path / "pc", code)
    cancel = threading.Event()
    cancel.set()
    try:
        run_sync(pc, cancel=cancel)
    except Cancelled as error:
        assert "已取消" in error.message
    else:
        raise AssertionError("the sync did not stop")
    assert run_sync(pc).check_ok is not False


def test_syncs_by_itself_when_the_server_comes_back(qtbot, empty_ctx, server):
    from desktop.sync.apply import set_meta
    from desktop.sync.engine import enrol

    _, code = server.new_station()
    enrol(empty_ctx.db, server.url, code)
    controller = SyncController(empty_ctx, probe_ms=3_600_000)
    good_url = server.url
    with empty_ctx.db.engine.begin() as conn:  # the county server is away
        set_meta(conn, "sync_url", "http://127.0.0.1:9")
    with qtbot.waitSignal(controller.status_changed, timeout=10_000):
        controller.refresh()
    controller.probe()
    qtbot.waitUntil(lambda: controller.reachable is False, timeout=10_000)
    assert not controller.running
    with empty_ctx.db.session("站长") as s:
        s.add(Volunteer(name="钱奶奶"))
    with empty_ctx.db.engine.begin() as conn:  # ... and back
        set_meta(conn, "sync_url", good_url)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        controller.probe()
    assert finished.args[0]["pushed"] >= 1
    controller.timer.stop()


def test_main_window_shares_one_controller_and_syncs_at_start(qtbot, tmp_path, server, qapp):
    """The window's status bar and the Sync page use one controller; an enrolled PC syncs by itself."""
    from sync_harness import enrolled_pc

    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.ops import ErrorReporter, Ops

    _, code = server.new_station("窗口村新时代文明实践站")
    pc = enrolled_pc(server, tmp_path / "pc", code)
    with pc.session("站长") as s:
        s.add(Volunteer(name="孙大娘"))
    reporter = ErrorReporter(tmp_path / "logs")
    ctx = AppContext(db=pc, ops=Ops(reporter), reporter=reporter)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert ctx.sync is window.sync and window.page("sync").controller is window.sync
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        window.sync.probe()  # what the start-up timer does
    assert finished.args[0]["pushed"] >= 1
    qtbot.waitUntil(lambda: window.pending_label.isHidden() and "0" in window.sync_indicator.text(), timeout=10_000)
    window.close()
    assert ctx.ops.shutdown(10_000)
