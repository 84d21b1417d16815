"""A station head's month through the real UI (issue 14), counted.

On a 300-volunteer demo station: a theory lecture with the kiosk (30 volunteers sign in and out, each
finding themselves without typing), its 10 photos, a second activity signed on paper and entered back,
then the sign-in sheet, the register and the monthly bulletin as PDFs. Every click and every typed field
of the head is counted (a combo-box choice counts 2: open and pick; a native file dialog counts what the
head would do in it) and must stay at 40 or below. Volunteers' taps are counted apart. With 300
volunteers, every volunteer's tile must be reachable in at most 2 taps without typing.

The kiosk's clock is the one thing faked (desktop.services.kiosk.datetime): the 30 sign-ins happen five
minutes after the start and the sign-outs near the end, so the hours are real, without waiting two hours.
"""

from __future__ import annotations

import random
import subprocess
from datetime import datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QDateTime, Qt

from desktop.services import kiosk as kiosk_service
from desktop.services.activities import get_activity
from desktop.services.demo import generate
from desktop.ui.kiosk.window import ALL, EXPECTED
from desktop.ui.main_window import MainWindow

HEAD_BUDGET = 40
PIN = "246813"


class Head:
    """Does what the station head does, through the widgets, and counts it."""

    def __init__(self, qtbot):
        self.qtbot, self.count, self.log = qtbot, 0, []

    def _note(self, n: int, what: str) -> None:
        self.count += n
        self.log.append((what, n))

    def click(self, widget, what: str) -> None:
        assert widget.isVisible() and widget.isEnabled(), what
        self._note(1, what)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def click_cell(self, view, index, what: str) -> None:
        view.scrollTo(index)  # scrolling is free
        self._note(1, what)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())

    def type(self, edit, text: str, what: str) -> None:
        self._note(1, what)
        edit.setFocus()
        edit.selectAll()
        self.qtbot.keyClicks(edit, text)

    def set_datetime(self, edit, value: datetime, what: str) -> None:
        self._note(1, what)  # one typed field
        edit.setDateTime(QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0))

    def choose(self, combo, index: int, what: str) -> None:
        self._note(2, what)  # open the list, pick the entry
        combo.setCurrentIndex(index)

    def nav(self, window, key: str) -> None:
        row = window._keys.index(key)
        self.click_cell(window.nav, window.nav.model().index(row, 0), f"sidebar: {key}")

    def file_dialog(self, n: int, what: str) -> None:
        self._note(n, what)


class Clock(datetime):
    """The kiosk's clock: `at` when set, else the real time."""

    at: datetime | None = None

    @classmethod
    def now(cls, tz=None):
        return cls.at if cls.at is not None else datetime.now(tz)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow  # a long walk / a big paper: `make test` runs it, `make check` does not
def test_month_of_a_station_head(ctx, db, qtbot, monkeypatch, tmp_path):
    generate(db, volunteers=300, activities=0)
    monkeypatch.setattr(kiosk_service, "datetime", Clock)
    head = Head(qtbot)
    volunteer_taps = 0
    now = datetime.now().replace(second=0, microsecond=0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    # --- the theory lecture: planned, held with the kiosk ------------------------------------------------
    head.nav(window, "activities")
    page = window.page("activities")
    head.click(page.new_button, "new activity")
    dialog = page.dialog
    head.type(dialog.title, "xuexi", "title")  # QTest types ASCII only; the text is set through the IME below
    dialog.title.setText("学习贯彻党的二十届三中全会精神")
    theory = next(i for i in range(dialog.category.count()) if dialog.category.itemData(i) == ("学习实践科学理论", True))
    head.choose(dialog.category, theory, "category: 学习实践科学理论 · 理论宣讲")
    start = now - timedelta(hours=2)
    head.set_datetime(dialog.start, start, "start")  # the end follows: two hours
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        head.click(dialog.buttons.button(dialog.buttons.StandardButton.Save), "save")
    lecture = saved.args[0]
    qtbot.waitUntil(lambda: page.detail.activity is not None and page.detail.activity.id == lecture, timeout=5000)
    assert get_activity(db, lecture).theory_lecture and get_activity(db, lecture).end_at == start + timedelta(hours=2)

    head.nav(window, "signin")
    signin = window.page("signin")
    signin.fullscreen = False
    qtbot.waitUntil(lambda: signin.selected_activity() == lecture, timeout=5000)  # the activity in hand
    head.type(signin.pin_edit, PIN, "PIN")
    head.click(signin.pin_button, "set PIN")
    qtbot.waitUntil(lambda: getattr(signin, "pin_set", False), timeout=5000)
    head.click(signin.open_button, "open the sign-in desk")
    kiosk = signin.kiosk_window
    kiosk.resize(1024, 768)  # the smallest screen a station has
    qtbot.waitUntil(lambda: kiosk.index is not None, timeout=10_000)

    # Every one of the 300 is two taps away without typing: one surname, then the tile.
    ids = kiosk.index.ids()
    assert len(ids) == 300 and kiosk.model.rowCount() == 300
    assert all(kiosk.reachable(vid) is not None and kiosk.reachable(vid) <= 2 for vid in ids)
    surname_of = {vid: key for key, members in kiosk.groups.items() if key not in (ALL, EXPECTED) for vid in members}
    assert set(surname_of) == set(ids)

    def laid_out() -> None:
        """The tiles lay out in batches (there may be thousands): wait for the last one's place."""
        last = kiosk.model.index(kiosk.model.rowCount() - 1)
        qtbot.waitUntil(lambda: not kiosk.tiles.visualRect(last).isEmpty(), timeout=5000)

    def volunteer_taps_tile(vid: str) -> int:
        """A volunteer finds their tile: on the first screen, one tap; else their surname, then the tile."""
        taps = 0
        laid_out()
        row = kiosk.model.ids().index(vid)
        if not kiosk.tiles.viewport().rect().contains(kiosk.tiles.visualRect(kiosk.model.index(row)).center()):
            qtbot.mouseClick(kiosk.strip_buttons[surname_of[vid]], Qt.MouseButton.LeftButton)
            taps += 1
            laid_out()
            row = kiosk.model.ids().index(vid)
        index = kiosk.model.index(row)
        kiosk.tiles.scrollTo(index)
        with qtbot.waitSignal(kiosk.tapped, timeout=5000):
            qtbot.mouseClick(kiosk.tiles.viewport(), Qt.MouseButton.LeftButton, pos=kiosk.tiles.visualRect(index).center())
        return taps + 1

    people = random.Random(14).sample(ids, 30)
    for n, vid in enumerate(people):
        Clock.at = start + timedelta(minutes=2, seconds=10 * n)
        volunteer_taps += volunteer_taps_tile(vid)
    assert all(kiosk.state[vid] == "in" for vid in people)
    for n, vid in enumerate(people):
        Clock.at = start + timedelta(minutes=110, seconds=10 * n)
        volunteer_taps += volunteer_taps_tile(vid)
    Clock.at = None
    assert all(kiosk.state[vid] == "out" for vid in people)
    head.click(kiosk.leave, "站长退出签到台")
    head.type(kiosk.pin.edit, PIN, "PIN")
    with qtbot.waitSignal(kiosk.closed, timeout=5000):
        head.click(kiosk.pin.ok_button, "leave")
    qtbot.waitUntil(lambda: get_activity(db, lecture).status == "held", timeout=5000)  # the kiosk was used

    # --- its photos (the gallery's file API stands for the folder dialog) --------------------------------
    head.nav(window, "activities")
    qtbot.waitUntil(lambda: page.detail.activity is not None and page.detail.activity.id == lecture, timeout=5000)
    folder = tmp_path / "U盘照片"
    folder.mkdir()
    for i in range(10):
        Image.new("RGB", (800, 600), (20 * i, 120, 90)).save(folder / f"IMG_{i:04d}.jpg")
    add_folder = page.detail.gallery.add_folder
    assert add_folder.isVisible() and add_folder.isEnabled()
    head.file_dialog(3, "add a folder or USB stick…; the folder dialog: pick the folder, choose")
    with qtbot.waitSignal(page.detail.gallery.imported, timeout=20_000) as imported:
        page.detail.gallery.import_paths([str(folder)])
    assert len(imported.args[0].added) == 10

    # --- an activity signed on paper, entered back ----------------------------------------------------
    head.click(page.new_button, "new activity")
    dialog = page.dialog
    head.type(dialog.title, "dangshi", "title")
    dialog.title.setText("党史故事分享会")
    earlier = now - timedelta(hours=5)
    head.set_datetime(dialog.start, earlier, "start")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        head.click(dialog.buttons.button(dialog.buttons.StandardButton.Save), "save")
    paper = saved.args[0]
    qtbot.waitUntil(lambda: page.detail.activity is not None and page.detail.activity.id == paper, timeout=5000)
    tabs = page.detail.tabs
    head._note(1, "tab: sign-ins and hours")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    assert tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: page.detail.paper_button.isEnabled(), timeout=5000)
    head.click(page.detail.paper_button, "enter a paper sheet…")
    sheet = page.detail.back_entry_dialog
    qtbot.waitUntil(lambda: sheet.index is not None, timeout=5000)
    assert sheet.model.rowCount() == 300
    on_paper = [vid for vid in ids if vid not in people][:5]
    for vid in on_paper:
        head.click_cell(sheet.table, sheet.model.index(sheet.model.ids.index(vid), 0), "tick a name")
    assert sheet.model.ticked == set(on_paper)
    with qtbot.waitSignal(sheet.saved, timeout=5000) as entered:
        head.click(sheet.save_button, "save the back-entry")
    assert len(entered.args[0].added) == 5
    qtbot.waitUntil(lambda: get_activity(db, paper).status == "held", timeout=5000)

    # --- the papers -------------------------------------------------------------------------------------
    qtbot.waitUntil(lambda: page.detail.activity is not None and page.detail.activity.status == "held", timeout=5000)
    head.click(page.detail.sheet_button, "print the sign-in sheet")
    reports = window.page("reports")
    qtbot.waitUntil(lambda: reports.options.activity.currentData() == paper, timeout=5000)
    assert reports.kind() == "signin-sheet" and reports.options.filled.isChecked()  # held: the filled sheet

    def save_pdf(name: str) -> str:
        path = tmp_path / name
        head._note(1, "save PDF…")
        head.file_dialog(1, "save dialog: Save (the file name is filled in)")
        reports.save_to(path, "pdf")
        qtbot.waitUntil(lambda: reports.task is None and path.exists(), timeout=60_000)
        return pdf_text(path)

    text = save_pdf("签到表.pdf")
    names = {vid: kiosk.index.get(vid).name for vid in ids}
    assert all(names[vid] in text for vid in on_paper) and text.count("补录") >= 5

    def choose_paper(kind: str) -> None:
        row = next(r for r in range(reports.papers.count())
                   if reports.papers.item(r).data(Qt.ItemDataRole.UserRole) == kind)
        head.click_cell(reports.papers, reports.papers.model().index(row, 0), f"paper: {kind}")
        assert reports.kind() == kind

    choose_paper("register")
    text = save_pdf("登记簿.pdf")
    assert all(names[vid] in text for vid in people[:5])
    assert text.count("（补") >= 5  # 党史故事分享会（补录）: the back-entered services, marked (the cell wraps)
    choose_paper("monthly")
    text = save_pdf("月度通报.pdf")
    this_month = [t for t, at in (("学习贯彻党的二十届三中全会精神", start), ("党史故事分享会", earlier))
                  if (at.year, at.month) == (now.year, now.month)]
    assert all(title in text.replace(" ", "") for title in this_month)

    print(f"\nhead interactions: {head.count}; volunteer taps: {volunteer_taps}")
    for what, n in head.log:
        print(f"  {n}  {what}")
    assert head.count <= HEAD_BUDGET, head.log
    assert volunteer_taps <= 4 * len(people)  # at most two taps to sign in and two to sign out
