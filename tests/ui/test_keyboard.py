"""The main flows with the keyboard alone: every key goes to the widget that has the focus, as a real
keyboard's would (QTest.keyClick on QApplication.focusWidget()). Add a volunteer, find them again
(Ctrl+F, Down, Enter), create an activity, open the sign-in desk."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget, QTableView
from shiboken6 import isValid

from desktop.services.activities import add_activity, list_activities
from desktop.services.kiosk import set_pin
from desktop.services.roster import load_roster
from desktop.services.volunteers import add_volunteer
from desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        widget = focused()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.keyClick(widget, key, modifier)


def type_text(text: str) -> None:
    """Letters as key presses; Chinese as a pinyin input method delivers it (a committed string)."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def tab_to(qtbot, wanted, limit: int = 40) -> None:
    """Tab until `wanted(focusWidget)`; fails if the tab order never gets there."""
    for _ in range(limit):
        if focused() is not None and wanted(focused()):
            return
        press(Qt.Key.Key_Tab)
    assert wanted(focused()), f"Tab never reached it; stuck at {focused()}"


def reactivate(qtbot, window) -> None:
    """What the window manager does when a dialog or popup closes: the window is active again, and Qt gives
    the focus back to the control that had it. (The offscreen platform has no window manager.)"""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def active_dialog(qtbot, kind=QDialog):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind) and focused() is not None
                    and QApplication.activeWindow().isAncestorOf(focused()))
    return QApplication.activeWindow()


@pytest.fixture
def window(qtbot, chinese, ctx):
    add_volunteer(ctx.db, name="李四", phone="13900005678")
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_add_a_volunteer_and_find_them_again(qtbot, ctx, window):
    press(Qt.Key.Key_2, CTRL)  # the sidebar's second entry: 志愿者
    roster = window.page("volunteers").roster
    qtbot.waitUntil(lambda: roster.data is not None and not ctx.ops.busy())
    assert "Ctrl+N" in roster.add_button.toolTip() and "Ctrl+F" in roster.search.toolTip()
    press(Qt.Key.Key_N, CTRL)
    dialog = active_dialog(qtbot)
    assert focused() is dialog.name
    type_text("张三丰")
    press(Qt.Key.Key_Return)  # Enter saves the form
    qtbot.waitUntil(lambda: any(r.name == "张三丰" for r in load_roster(ctx.db).rows), timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    reactivate(qtbot, window)
    press(Qt.Key.Key_F, CTRL)
    assert focused() is roster.search
    type_text("zsf")
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1)
    press(Qt.Key.Key_Down)  # from the search box into the results
    assert isinstance(focused(), QTableView) and roster.selected().name == "张三丰"
    press(Qt.Key.Key_Return)  # Enter opens the selected volunteer
    dialog = active_dialog(qtbot)
    assert dialog.name.text() == "张三丰"
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def test_create_an_activity(qtbot, ctx, window):
    press(Qt.Key.Key_3, CTRL)  # 活动
    page = window.page("activities")
    qtbot.waitUntil(lambda: not ctx.ops.busy())
    assert "Ctrl+N" in page.new_button.toolTip()
    before = len(list_activities(ctx.db))
    press(Qt.Key.Key_N, CTRL)
    dialog = active_dialog(qtbot)
    tab_to(qtbot, lambda w: w is dialog.title)
    type_text("移风易俗宣讲")
    tab_to(qtbot, lambda w: w is dialog.place)
    type_text("村委会")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(list_activities(ctx.db)) == before + 1, timeout=10_000)
    assert any(a.title == "移风易俗宣讲" for a in list_activities(ctx.db))


def test_open_the_kiosk(qtbot, ctx, window):
    now = datetime.now().replace(second=0, microsecond=0)
    add_activity(ctx.db, title="理论宣讲进院坝", category="宣传宣讲党的政策", start=now - timedelta(hours=1),
                 end=now + timedelta(hours=2), place="村委会")
    set_pin(ctx.db, "246813")
    press(Qt.Key.Key_4, CTRL)  # 签到
    page = window.page("signin")
    page.fullscreen = False  # a normal window under the test's screen
    qtbot.waitUntil(lambda: page.activities.count() > 0 and not ctx.ops.busy())
    reactivate(qtbot, window)
    tab_to(qtbot, lambda w: isinstance(w, QListWidget))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.kiosk_window is not None and page.kiosk_window.isVisible())
    kiosk = page.kiosk_window
    qtbot.waitUntil(lambda: kiosk.search.isEnabled())
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: focused() is kiosk.search)
    assert isinstance(focused(), QLineEdit)
    type_text("ls")  # 李四 by pinyin initials, then Enter signs in
    qtbot.waitUntil(lambda: kiosk.model.rowCount() == 1)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "李四" in kiosk.banner.text(), timeout=10_000)
    kiosk._unlocked = True  # leaving needs the PIN; that flow is tests/ui/test_kiosk_flow.py's
    kiosk.close()


def test_points_balances_search_leads_into_the_list(qtbot, ctx, window):
    from desktop.services import points
    from desktop.services.roster import load_roster
    from desktop.ui import pages

    shop = points.add_scheme(ctx.db, "积分超市")
    points.award(ctx.db, load_roster(ctx.db).rows[0].id, 500, shop.id, "环境整治")

    row = next(i for i, spec in enumerate(pages.PAGES) if spec.key == "points")
    press(getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    balances = window.page("points").balances
    qtbot.waitUntil(lambda: not ctx.ops.busy() and balances.model.rowCount() > 0)
    press(Qt.Key.Key_F, CTRL)
    assert focused() is balances.search
    press(Qt.Key.Key_Down)
    assert focused() is balances.table and balances.selected() is not None
    press(Qt.Key.Key_Return)  # the volunteer's statement
    dialog = active_dialog(qtbot)
    assert type(dialog).__name__ == "StatementDialog"
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def test_requests_search_leads_into_the_queue_and_its_actions(qtbot, ctx, window):
    from desktop.services import requests as svc
    from desktop.ui import pages

    svc.add_request(ctx.db, resident="赵大妈", text="代购降压药")
    row = next(i for i, spec in enumerate(pages.PAGES) if spec.key == "requests")
    press(getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    page = window.page("requests")
    qtbot.waitUntil(lambda: not ctx.ops.busy() and page.model.rowCount() > 0)
    press(Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    press(Qt.Key.Key_Down)
    assert focused() is page.table and page.table.currentIndex().row() == 0
    qtbot.waitUntil(lambda: any(b.isEnabled() for b in page.actions.values()))
    press(Qt.Key.Key_Return)  # to what can be done with this request next
    assert focused() in page.actions.values() and focused().isEnabled()


def test_enter_on_an_activity_opens_it(qtbot, ctx, window):
    now = datetime.now().replace(second=0, microsecond=0)
    add_activity(ctx.db, title="键盘打开的活动", category="丰富活跃文化生活", start=now, end=now + timedelta(hours=1))
    press(Qt.Key.Key_3, CTRL)  # 活动
    page = window.page("activities")
    qtbot.waitUntil(lambda: not ctx.ops.busy() and page.model.rowCount() > 0)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.activity is not None)
    press(Qt.Key.Key_Return)
    dialog = active_dialog(qtbot)
    assert type(dialog).__name__ == "ActivityDialog"
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
