"""The home page's targets: a click on a target lists the records its figure counted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from desktop.ui.targets_widget import TargetsWidget

_spec = importlib.util.spec_from_file_location("reports_data", Path(__file__).parents[1] / "unit" / "test_reports.py")
reports_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reports_data)


@pytest.fixture
def station(db):
    return reports_data.build_station(db)


def test_a_click_on_a_target_lists_its_records(qtbot, ctx, station):
    widget = TargetsWidget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.data is not None, timeout=10_000)
    keys = [i.key for i in widget.data.year.items]
    served = keys.index("served")
    assert f"href='year:{served}'" in widget.year_items.text()
    widget.year_items.linkActivated.emit(f"year:{served}")  # what a click on the target's name sends
    dialog = widget.records_dialog
    assert dialog is not None and dialog.isVisible()
    names = sorted(dialog.list.item(i).text() for i in range(dialog.list.count()))
    vols = station["vols"]
    assert names == sorted(vols[k].name for k in "abc")  # the three who served in 2026; d did not
    assert "3" in dialog.note.text()
    na = next(i for i, item in enumerate(widget.data.month.items) if item.status == "na")  # no households
    widget.month_items.linkActivated.emit(f"month:{na}")
    assert widget.records_dialog.list.count() == 0 and widget.records_dialog.note.text()
    assert widget.status_text("na") in widget.month_items.text()  # 不适用, not 已达标
    widget.records_dialog.reject()
