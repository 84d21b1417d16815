"""The Sync page shows quarantined entries ("n 条数据有问题，已隔离") and lists them,
against a real server whose store already holds bad entries from an older version."""

from __future__ import annotations

import os

from sync_harness import inject

from desktop.models.base import new_id
from desktop.sync.clock import HybridClock
from desktop.sync.engine import enrol
from desktop.ui.pages.sync_page import Page
from desktop.ui.sync_status import SyncController


def test_the_sync_page_shows_and_lists_quarantined_entries(qtbot, empty_ctx, server, tmp_path):
    station_id, code = server.new_station("隔离村新时代文明实践站")
    enrol(empty_ctx.db, server.url, code)
    clock = HybridClock("older")
    bad = [{"id": new_id(), "entity": "volunteer", "row_id": new_id(), "station_id": station_id, "hlc": clock.tick(),
            "site": "older", "actor": "", "fields": {"name": "坏日期", "station_id": station_id,
                                                     "birth_date": "去年春天"}},
           {"id": new_id(), "entity": "activity", "row_id": new_id(), "station_id": station_id, "hlc": clock.tick(),
            "site": "older", "actor": "", "fields": {"title": "大数", "residents_reached": 10 ** 30}}]
    inject(server, station_id, bad)
    controller = SyncController(empty_ctx, probe_ms=3_600_000)
    page = Page(empty_ctx, controller=controller)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    with qtbot.waitSignal(controller.finished, timeout=30_000) as finished:
        page.sync_button.click()
    assert finished.args[0]["rejected"] == 2
    qtbot.waitUntil(lambda: "2 条数据有问题，已隔离" in page.problems_label.text(), timeout=10_000)
    assert page.problems_row.isVisible()
    dialog = page.show_problems()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTableWidget

    table = dialog.findChild(QTableWidget)
    assert table.rowCount() == 2
    reasons = {table.item(r, 3).text() for r in range(2)}
    assert any("birth_date" in t for t in reasons) and any("64 位" in t for t in reasons)
    out = os.environ.get("STATION_DESK_SHOTS")
    if out:
        page.grab().save(os.path.join(out, "sync_page_quarantine.png"))
        dialog.grab().save(os.path.join(out, "sync_quarantine_dialog.png"))
    dialog.close()
    controller.timer.stop()
