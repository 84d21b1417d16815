"""Fewer steps for the station head (issue 14): the activity dialog's defaults, the end following the start,
one control for the task and the theory flag; today's activity first; the activity in hand carried to the
reports and sign-in pages; the filled sheet the default once the activity is held."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime

from desktop.services.activities import add_activity, get_activity, set_status
from desktop.services.kiosk import set_pin
from desktop.ui.activities.dialog import ActivityDialog, default_start
from desktop.ui.pages.activities import Page as ActivitiesPage
from desktop.ui.pages.signin import Page as SigninPage
from desktop.ui.reports.page import Page as ReportsPage


@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 12, 1, 10, 17), datetime(2026, 12, 1, 11, 0)),
    (datetime(2026, 12, 1, 6, 5), datetime(2026, 12, 1, 8, 0)),
    (datetime(2026, 12, 1, 19, 59), datetime(2026, 12, 1, 20, 0)),
    (datetime(2026, 12, 1, 20, 30), datetime(2026, 12, 2, 9, 0)),
    (datetime(2026, 12, 31, 23, 10), datetime(2027, 1, 1, 9, 0)),
])
def test_default_start(now, expected):
    assert default_start(now) == expected


def test_dialog_end_follows_start_and_theory_in_the_category(ctx, db, qtbot):
    dialog = ActivityDialog(ctx, [])
    qtbot.addWidget(dialog)
    start = dialog.start.dateTime()
    assert start.date() == QDateTime.currentDateTime().date() or QDateTime.currentDateTime().time().hour() >= 20
    assert start.secsTo(dialog.end.dateTime()) == 2 * 3600
    dialog.start.setDateTime(start.addSecs(3 * 3600))
    assert dialog.start.dateTime().secsTo(dialog.end.dateTime()) == 2 * 3600  # the end followed
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(90 * 60))
    dialog.start.setDateTime(dialog.start.dateTime().addSecs(-3600))
    assert dialog.start.dateTime().secsTo(dialog.end.dateTime()) == 90 * 60  # the new length is kept
    theory = [i for i in range(dialog.category.count()) if dialog.category.itemData(i)[1]]
    assert [dialog.category.itemData(i)[0] for i in theory] == ["学习实践科学理论", "宣传宣讲党的政策"]
    dialog.category.setCurrentIndex(theory[0])
    dialog.title.setText("学习二十届三中全会精神")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = get_activity(db, blocker.args[0])
    assert saved.theory_lecture and saved.category == "学习实践科学理论"
    edit = ActivityDialog(ctx, [], saved)
    qtbot.addWidget(edit)
    assert edit.theory and edit.values()["category"] == "学习实践科学理论"


def test_today_first_and_the_activity_carried_along(ctx, db, qtbot):
    now = datetime.now().replace(second=0, microsecond=0)
    today = add_activity(db, title="今天的活动", category="丰富活跃文化生活", start=now - timedelta(minutes=30),
                         end=now + timedelta(hours=1))
    add_activity(db, title="下周的活动", category="丰富活跃文化生活", start=now + timedelta(days=6),
                 end=now + timedelta(days=6, hours=2))
    set_status(db, today.id, "held")
    set_pin(db, "246813")
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.detail.activity is not None, timeout=5000)
    assert page.detail.activity.id == today.id and ctx.activity_id == today.id
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    signin = SigninPage(ctx)
    signin.fullscreen = False
    qtbot.addWidget(signin)
    navigated = []
    ctx.signals.navigate.connect(navigated.append)
    # 打印签到表: the reports page shows the sign-in sheet of this activity, filled (it is held).
    page.detail.sheet_button.click()
    qtbot.waitUntil(lambda: reports.options.activity.currentData() == today.id, timeout=5000)
    assert navigated[-1] == "reports" and reports.kind() == "signin-sheet" and reports.options.filled.isChecked()
    page.detail.record_button.click()
    assert reports.kind() == "activity-record" and reports.options.activity.currentData() == today.id
    # 开启签到台: the sign-in page opens the kiosk for it.
    page.detail.kiosk_button.click()
    assert navigated[-1] == "signin"
    qtbot.waitUntil(lambda: signin.kiosk_window is not None, timeout=5000)
    assert signin.kiosk_window.activity_id == today.id
    qtbot.waitUntil(lambda: signin.kiosk_window.index is not None, timeout=5000)
    signin.kiosk_window.close_now()
    qtbot.waitUntil(lambda: signin.kiosk_window is None, timeout=5000)
