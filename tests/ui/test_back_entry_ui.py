"""The 补录 grid: every volunteer, searchable, a tick each, the activity's times by default, own times per row."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.models import SignIn
from desktop.services.activities import add_activity, record_signin
from desktop.services.demo import volunteer_rows
from desktop.services.volunteers import add_volunteer, bulk_add_volunteers
from desktop.ui.activities.back_entry import BackEntryDialog


def test_back_entry_grid(ctx, db, qtbot):
    bulk_add_volunteers(db, volunteer_rows(120, seed=3))
    zhang = add_volunteer(db, name="张三丰")
    li = add_volunteer(db, name="李四")
    kiosk_person = add_volunteer(db, name="赵六")
    start = (datetime.now() - timedelta(days=2)).replace(hour=9, minute=0, second=0, microsecond=0)
    activity = add_activity(db, title="纸质签到的活动", category="学习实践科学理论", start=start,
                            end=start + timedelta(hours=2))
    record_signin(db, activity.id, kiosk_person.id, "in", at=start)
    dialog = BackEntryDialog(ctx, activity.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.show()
    assert dialog.model.rowCount() == 123  # every volunteer
    assert not dialog.save_button.isEnabled()
    # Pinyin initials and Enter tick the one person found.
    qtbot.keyClicks(dialog.search, "zsf")
    assert dialog.visible_ids() == [zhang.id]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert zhang.id in dialog.model.ticked and dialog.search.text() == ""
    assert len(dialog.visible_ids()) == 123
    # A click on a name ticks it; its own times can be typed.
    row = dialog.model.ids.index(li.id)
    dialog.table.scrollTo(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualRect(dialog.model.index(row, 0)).center())
    assert li.id in dialog.model.ticked
    assert dialog.model.data(dialog.model.index(row, 2)) == "09:00"
    assert dialog.model.setData(dialog.model.index(row, 3), "10:30")
    assert not dialog.model.setData(dialog.model.index(row, 2), "nine")
    # Someone signed in at the kiosk cannot be ticked twice.
    dialog.tick(kiosk_person.id)
    assert kiosk_person.id not in dialog.model.ticked
    assert "2" in dialog.save_button.text()
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        dialog.save_button.click()
    assert sorted(blocker.args[0].added) == sorted(["张三丰", "李四"])
    with db.read() as session:
        rows = {(r.volunteer_id, r.kind): r for r in session.exec(select(SignIn).where(SignIn.source == "paper"))}
    assert rows[(li.id, "out")].at == start.replace(hour=10, minute=30)
    assert rows[(zhang.id, "out")].at == start + timedelta(hours=2)
    assert rows[(zhang.id, "in")].operator == ctx.actor


def test_attendance_list_marks_back_entered(ctx, db, qtbot):
    from desktop.services.back_entry import PaperLine, enter_paper_sheet
    from desktop.services.hours import activity_attendance
    from desktop.ui.activities.attendance import AttendanceModel

    start = (datetime.now() - timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    activity = add_activity(db, title="纸质签到", category="学习实践科学理论", start=start, end=start + timedelta(hours=1))
    person = add_volunteer(db, name="周九")
    enter_paper_sheet(db, activity.id, [PaperLine(person.id)], actor="王站长")
    model = AttendanceModel()
    model.set_rows(activity_attendance(db, activity.id))
    assert "paper" in model.data(model.index(0, 4)) or "纸质" in model.data(model.index(0, 4))
