"""The activities page: list and calendar, create/edit, states, attendance corrections, the photo gallery."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desktop.services import photos
from desktop.services.activities import add_activity, get_activity, list_activities, record_signin
from desktop.services.volunteers import add_volunteer
from desktop.ui.pages.activities import Page


@pytest.fixture
def past(db):
    start = (datetime.now() - timedelta(days=2)).replace(hour=9, minute=0, second=0, microsecond=0)
    activity = add_activity(db, title="院坝理论宣讲", category="学习实践科学理论", start=start,
                            end=start + timedelta(hours=2), theory=True, place="院坝")
    zhang = add_volunteer(db, name="张三", phone="13800001234")
    record_signin(db, activity.id, zhang.id, "in", at=start - timedelta(minutes=5))
    return activity


def open_page(ctx, qtbot):
    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.detail.activity is not None, timeout=5000)
    return page


def test_list_detail_attendance_and_correction(ctx, db, qtbot, qtmodeltester, past):
    page = open_page(ctx, qtbot)
    qtmodeltester.check(page.model)
    assert page.model.row_at(0).id == past.id
    assert "theory" in page.model.data(page.model.index(0, page.model.COLUMNS.index("category"))) or "理论" in page.model.data(page.model.index(0, page.model.COLUMNS.index("category")))
    qtmodeltester.check(page.detail.attendance)
    row = page.detail.attendance.row_at(0)
    assert row.name == "张三" and row.auto  # forgot to sign out: flagged
    # Correct the hours: append-only, with a reason.
    page.detail.table.selectRow(0)
    page.detail.correct()
    dialog = page.detail.correction_dialog
    dialog.minutes.setValue(-30)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)  # no reason given
    dialog.reason.setText("提前离场")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.detail.attendance.rowCount() and page.detail.attendance.row_at(0).minutes == row.minutes - 30,
                    timeout=5000)
    # States: planned -> held -> recorded.
    page.detail.held_button.click()
    qtbot.waitUntil(lambda: get_activity(db, past.id).status == "held", timeout=5000)
    qtbot.waitUntil(lambda: page.detail.recorded_button.isEnabled(), timeout=5000)
    page.detail.recorded_button.click()
    qtbot.waitUntil(lambda: get_activity(db, past.id).status == "recorded", timeout=5000)


def test_create_edit_and_delete(ctx, db, qtbot, past):
    page = open_page(ctx, qtbot)
    dialog = page.new_activity()
    dialog.title.setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    assert "活动名称" in dialog.error.text()
    dialog.title.setText("广场舞展演")
    dialog.category.setCurrentText("丰富活跃文化生活")
    dialog.team.setCurrentIndex(1)
    dialog.residents.setValue(80)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    new_id = blocker.args[0]
    created = get_activity(db, new_id)
    assert created.residents_reached == 80 and created.team_id is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.detail.activity is not None
                    and page.detail.activity.id == new_id, timeout=5000)
    edit = page.edit_activity(page.detail.activity)
    assert edit.title.text() == "广场舞展演"
    edit.place.setText("文化广场")
    with qtbot.waitSignal(edit.saved, timeout=5000):
        edit.buttons.button(edit.buttons.StandardButton.Save).click()
    assert get_activity(db, new_id).place == "文化广场"
    page.confirm_delete(get_activity(db, new_id))
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert [a.id for a in list_activities(db)] == [past.id]


def test_calendar_marks_concentrated_day(ctx, db, qtbot, past):
    page = open_page(ctx, qtbot)
    page.views.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(page.calendar.days), timeout=5000)
    concentrated = [d for d, day in page.calendar.days.items() if day.concentrated]
    assert len(concentrated) == 1 and concentrated[0].weekday() == 5 and concentrated[0].day <= 7
    page.calendar.setSelectedDate(page.calendar.selectedDate().addDays(0))
    page.calendar.grab()  # paints every cell through paintCell


def test_gallery_drop_folder_and_model(ctx, db, qtbot, qtmodeltester, past, tmp_path):
    for i in range(3):
        Image.new("RGB", (1200, 900), (40 * i, 90, 140)).save(tmp_path / f"{i}.jpg")
    page = open_page(ctx, qtbot)
    gallery = page.detail.gallery
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(gallery.imported, timeout=10_000) as blocker:
        gallery.view.dropEvent(event)
    assert len(blocker.args[0].added) == 3
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 3, timeout=5000)
    qtmodeltester.check(gallery.model)
    assert not gallery.model.data(gallery.model.index(0), Qt.ItemDataRole.DecorationRole).isNull()
    with qtbot.waitSignal(gallery.imported, timeout=10_000) as blocker:
        gallery.import_paths([str(tmp_path / "0.jpg")])
    assert len(blocker.args[0].duplicates) == 1
    gallery.view.setCurrentIndex(gallery.model.index(0))
    gallery.remove_selected()
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 2, timeout=5000)
    assert len(photos.list_photos(db, past.id)) == 2


def test_volunteer_year_dialog(ctx, db, qtbot, past):
    page = open_page(ctx, qtbot)
    page.detail.table.selectRow(0)
    dialog = page.detail.volunteer_year()
    qtbot.waitUntil(lambda: dialog.result_hours is not None, timeout=5000)
    before = dialog.result_hours.total_minutes
    dialog.minutes.setValue(90)
    dialog.add_entry()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)  # a reason is needed
    dialog.reason.setText("纸质签到表补录")
    dialog.day.setDate(QDate(past.start_at.year, past.start_at.month, past.start_at.day))
    dialog.add_entry()
    qtbot.waitUntil(lambda: dialog.entries.count() == 1, timeout=5000)
    assert dialog.result_hours.total_minutes == before + 90
    dialog.entries.setCurrentRow(0)
    dialog.reason.setText("重复录入")
    dialog.void_entry()
    qtbot.waitUntil(lambda: dialog.entries.count() == 0, timeout=5000)
    assert dialog.result_hours.total_minutes == before
    dialog.close()
