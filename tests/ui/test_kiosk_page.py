"""The sign-in page: a PIN is needed before the kiosk opens; rules are saved; the kiosk opens and closes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from desktop.services import hours
from desktop.services.activities import add_activity
from desktop.services.kiosk import check_pin
from desktop.services.volunteers import add_volunteer
from desktop.ui.pages.signin import Page


def test_signin_page(ctx, db, qtbot, tmp_path):
    now = datetime.now().replace(second=0, microsecond=0)
    activity = add_activity(db, title="今天的宣讲", category="宣传宣讲党的政策", start=now - timedelta(minutes=30),
                            end=now + timedelta(hours=1))
    page = Page(ctx)
    page.fullscreen = False
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.activities.count() == 1, timeout=5000)
    assert page.selected_activity() == activity.id
    assert page.open_kiosk() is None and page.message.text() != ""  # no PIN yet: the kiosk does not open
    page.pin_edit.setText("12")
    page.set_pin()
    qtbot.waitUntil(lambda: ctx.reporter is not None and not ctx.ops.busy(), timeout=5000)
    page.pin_edit.setText("246813")
    page.set_pin()
    qtbot.waitUntil(lambda: getattr(page, "pin_set", False), timeout=5000)
    assert check_pin(db, "246813")
    page.rounding.setCurrentIndex(page.rounding.findData(15))
    page.cap.setValue(6)
    page.save_rules()
    qtbot.waitUntil(lambda: hours.load_rules(db).rounding == 15, timeout=5000)
    assert hours.load_rules(db).daily_cap_minutes == 360
    add_volunteer(db, name="张三", phone="13800001234")
    import threading

    from desktop.ui.pages import signin as signin_page

    drawn_on, real = [], signin_page.write_card_sheet

    def spy(*args, **kwargs):  # the sheet is drawn on the render pool: not the window, not the database worker
        drawn_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    rendered, render = [], page.ctx.ops.render
    page.ctx.ops.render = lambda fn, *a, **k: rendered.append(fn) or render(fn, *a, **k)
    signin_page.write_card_sheet = spy
    try:
        page.print_cards(str(tmp_path / "cards.pdf"))
        assert page.card_rows.cancel_button.isVisible() and not page.cards_button.isEnabled()
        qtbot.waitUntil(lambda: page.cards_button.isEnabled(), timeout=10_000)
    finally:
        signin_page.write_card_sheet = real
        page.ctx.ops.render = render
    assert len(rendered) == 1 and len(drawn_on) == 1 and drawn_on[0] != threading.main_thread().name
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF") and "1" in page.card_rows.status.text()
    assert page.card_rows.open_button.isVisible() and not page.card_rows.cancel_button.isVisible()
    # Cancel while the codes are made: no file, the page says so, and the button is back.
    went_on, real_data = threading.Event(), signin_page.card_data

    def waits(*args, **kwargs):  # holds the database worker until Cancel is pressed, then makes the codes
        went_on.wait(10)
        return real_data(*args, **kwargs)

    signin_page.card_data = waits
    try:
        page.print_cards(str(tmp_path / "again.pdf"))
        qtbot.mouseClick(page.card_rows.cancel_button, Qt.MouseButton.LeftButton)
        went_on.set()
        qtbot.waitUntil(lambda: page.cards_button.isEnabled(), timeout=10_000)
    finally:
        signin_page.card_data = real_data
    assert not (tmp_path / "again.pdf").exists() and not page.card_rows.open_button.isVisible()
    assert page.card_rows.status.text() == page.card_rows.tr("Cancelled; no file was written.")
    window = page.open_kiosk()
    qtbot.waitSignal(window.ready, timeout=5000).wait()
    assert window.isVisible()
    window.close()
    assert window.isVisible()  # closing needs the PIN
    with qtbot.waitSignal(window.closed, timeout=5000):
        qtbot.keyClicks(window.pin.edit, "246813")
        qtbot.keyClick(window.pin.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.kiosk_window is None, timeout=5000)
