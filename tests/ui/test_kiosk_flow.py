"""The kiosk as a volunteer uses it: find yourself by initials, phone tail or QR card; sign in and out;
walk-in; the resident counter; leaving needs the PIN, a wrong PIN keeps the kiosk open."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.models import SignIn, Volunteer
from desktop.services.activities import add_activity, record_signin
from desktop.services.kiosk import set_pin
from desktop.services.volunteers import add_volunteer
from desktop.ui.kiosk.window import KioskWindow


@pytest.fixture
def setup(db):
    now = datetime.now().replace(second=0, microsecond=0)
    activity = add_activity(db, title="理论宣讲进院坝", category="宣传宣讲党的政策", start=now - timedelta(hours=1),
                            end=now + timedelta(hours=2), place="村委会")
    people = {
        "zhang": add_volunteer(db, name="张三丰", phone="13800001234"),
        "li": add_volunteer(db, name="李四", phone="13912345678"),
        "wang": add_volunteer(db, name="王五", phone="13700002222"),
        "zhao": add_volunteer(db, name="赵六", phone="13600003333"),
    }
    record_signin(db, activity.id, people["zhao"].id, "in", at=now - timedelta(minutes=50))
    set_pin(db, "246813")
    return activity, people


def signins(db, activity_id):
    with db.read() as session:
        return list(session.exec(select(SignIn).where(SignIn.activity_id == activity_id)))


def open_kiosk(ctx, qtbot, activity_id):
    window = KioskWindow(ctx, activity_id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    return window


def test_kiosk_flow(ctx, db, qtbot, qtmodeltester, setup):
    activity, people = setup
    window = open_kiosk(ctx, qtbot, activity.id)
    qtmodeltester.check(window.model)
    # Empty search: the person on duty (赵六) comes first, ready to sign out.
    assert window.model.volunteer_id(0) == people["zhao"].id

    # Pinyin initials, then Enter on the single hit.
    qtbot.keyClicks(window.search, "zsf")
    assert window.model.rowCount() == 1 and window.model.volunteer_id(0) == people["zhang"].id
    with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert blocker.args[0].action == "in"
    assert "已签到" in window.banner.text()
    # A double tap right after: the same sign-in, one row.
    with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
        window.tap(people["zhang"].id)
    assert blocker.args[0].action == "already_in"
    assert [s.kind for s in signins(db, activity.id) if s.volunteer_id == people["zhang"].id] == ["in"]

    # Last four digits of the phone, then a tap on the tile.
    qtbot.keyClicks(window.search, "5678")
    assert window.model.volunteer_id(0) == people["li"].id
    rect = window.tiles.visualRect(window.model.index(0))
    with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
        qtbot.mouseClick(window.tiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].volunteer_id == people["li"].id and blocker.args[0].action == "in"

    # A scanned QR card: the scanner types the volunteer id and Enter; a bounce repeats it.
    for expected in ("in", "already_in"):
        qtbot.keyClicks(window.search, people["wang"].id)
        with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
            qtbot.keyClick(window.search, Qt.Key.Key_Return)
        assert blocker.args[0].volunteer_id == people["wang"].id and blocker.args[0].action == expected
    assert len([s for s in signins(db, activity.id) if s.volunteer_id == people["wang"].id]) == 1

    # Sign out: 赵六 signed in 50 minutes ago.
    qtbot.keyClicks(window.search, "zl")
    with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert blocker.args[0].action == "out" and blocker.args[0].minutes >= 50 - 5
    assert "已签退" in window.banner.text()
    assert {s.kind for s in signins(db, activity.id) if s.volunteer_id == people["zhao"].id} == {"in", "out"}
    assert "3" in window.count.text()  # three on duty now

    # One tap per resident.
    window.residents.click()
    window.residents.click()
    qtbot.waitUntil(lambda: "2" in window.residents.text(), timeout=5000)
    from desktop.services.residents import residents

    assert residents(db, activity.id) == 2  # two taps, two rows of this PC's (a grow-only count)

    # Walk-in: name and phone only, signed in at once.
    window.walkin_button.click()
    assert window.stack.currentIndex() == 2
    window.walkin.name.setText("孙小梅")  # typed through the IME: QTest can only type ASCII
    qtbot.keyClicks(window.walkin.phone, "13500004444")
    with qtbot.waitSignal(window.tapped, timeout=5000) as blocker:
        window.walkin.ok_button.click()
    assert blocker.args[0].name == "孙小梅" and blocker.args[0].action == "in"
    assert window.stack.currentIndex() == 0
    with db.read() as session:
        assert session.exec(select(Volunteer).where(Volunteer.name == "孙小梅")).one().phone == "13500004444"

    # Leaving: closing asks for the PIN; a wrong PIN keeps the kiosk open.
    window.close()
    assert window.isVisible() and window.stack.currentIndex() == 1
    qtbot.keyClicks(window.pin.edit, "111111")
    window.pin.ok_button.click()
    qtbot.waitUntil(lambda: window.pin.message.text() != "", timeout=5000)
    assert window.isVisible()
    with qtbot.waitSignal(window.closed, timeout=5000):
        for key in "246813":
            qtbot.keyClicks(window.pin.edit, key)
        qtbot.keyClick(window.pin.edit, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_walk_in_needs_a_name(ctx, db, qtbot, setup):
    activity, _people = setup
    window = open_kiosk(ctx, qtbot, activity.id)
    window.walkin_button.click()
    window.walkin.ok_button.click()
    qtbot.waitUntil(lambda: window.walkin.message.text() != "", timeout=5000)
    assert "姓名" in window.walkin.message.text()
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0
    window._unlocked = True  # test teardown: leave without the PIN dance
    window.close()


def test_escape_asks_for_pin(ctx, db, qtbot, setup):
    activity, _people = setup
    window = open_kiosk(ctx, qtbot, activity.id)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 1 and window.isVisible()
    window.pin.cancel_button.click()
    assert window.stack.currentIndex() == 0
    window._unlocked = True
    window.close()
