"""The sign-in kiosk 签到台: full screen, large type, for one activity.

Volunteers find themselves by tapping their tile, by typing pinyin initials or
the last digits of their phone, or by scanning their QR card (a USB scanner
types the volunteer id and Enter into the search box, which keeps the focus).
A tap signs in, a later tap signs out; the banner says "已签到" only after the
sign-in is committed. Leaving needs the station head's PIN.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import as_user_error
from desktop.services import kiosk
from desktop.services.activities import get_activity
from desktop.services.search import load_index
from desktop.services.teams import volunteer_teams
from desktop.ui.flow import FlowLayout
from desktop.ui.kiosk.pin import PinPanel
from desktop.ui.kiosk.tiles import TileModel
from desktop.ui.kiosk.walkin import WalkInPanel

MAX_TILES = 60
BANNER_MS = 8000
STYLE = """
QWidget#kiosk { background: #fdf6ec; }
QLabel#kioskTitle { font-size: 30px; font-weight: bold; color: #b71c1c; }
QLabel#kioskInfo { font-size: 20px; color: #444; }
QLineEdit#kioskSearch { font-size: 34px; padding: 10px; border: 2px solid #b71c1c; border-radius: 8px; }
QListView#kioskTiles { font-size: 26px; background: transparent; border: none; }
QLabel#kioskBanner { font-size: 30px; padding: 14px; border-radius: 8px; }
QPushButton { font-size: 22px; min-height: 56px; padding: 0 20px; }
QPushButton#residents { font-size: 24px; background: #fff3e0; }
"""


def load_kiosk(db, activity_id: str):
    """Everything the kiosk needs to start (runs in the DB worker)."""
    activity = get_activity(db, activity_id)
    return activity, load_index(db), kiosk.attendance_state(db, activity_id)


def _centered(panel: QWidget) -> QWidget:
    holder = QWidget()
    outer = QHBoxLayout(holder)
    outer.addStretch(1)
    column = QVBoxLayout()
    column.addStretch(1)
    column.addWidget(panel)
    column.addStretch(1)
    outer.addLayout(column, 2)
    outer.addStretch(1)
    return holder


class KioskWindow(QWidget):
    closed = Signal()
    ready = Signal()
    tapped = Signal(object)  # TapResult, after the commit

    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.activity_id = ctx, activity_id
        self.index = None
        self.state: dict[str, str] = {}
        self._unlocked = False
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("sdFixedType", True)  # large type already: desktop.ui.typesize leaves its sizes
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Sign-in desk"))
        self.stack = QStackedWidget()
        root = QVBoxLayout(self)
        root.addWidget(self.stack)
        self.stack.addWidget(self._build_main())
        self.pin = PinPanel()
        self.pin.submitted.connect(self._check_pin)
        self.pin.cancelled.connect(self._back)
        self.stack.addWidget(_centered(self.pin))
        self.walkin = WalkInPanel()
        self.walkin.submitted.connect(self._walk_in)
        self.walkin.cancelled.connect(self._back)
        self.stack.addWidget(_centered(self.walkin))
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setInterval(BANNER_MS)
        self._banner_timer.timeout.connect(self._idle_banner)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.search.setEnabled(False)
        self.teams: dict[str, list[str]] = {}
        ctx.ops.db(volunteer_teams, ctx.db, on_done=self._set_teams)
        ctx.ops.db(load_kiosk, ctx.db, activity_id, on_done=self._loaded)

    # --- layout ----------------------------------------------------------
    def _build_main(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = FlowLayout()  # the buttons go under the title when large type makes the row too wide
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("kioskTitle")
        self.info = QLabel()
        self.info.setObjectName("kioskInfo")
        titles.addWidget(self.title)
        titles.addWidget(self.info)
        top.addLayout(titles, 1)
        self.count = QLabel()
        self.count.setObjectName("kioskInfo")
        top.addWidget(self.count)
        self.residents = QPushButton()
        self.residents.setObjectName("residents")
        self.residents.setToolTip(self.tr("Tap once for every resident who comes"))
        self.residents.clicked.connect(lambda: self._add_residents(1))
        top.addWidget(self.residents)
        self.residents_minus = QPushButton("−1")
        self.residents_minus.setToolTip(self.tr("Undo one resident counted by mistake"))
        self.residents_minus.clicked.connect(lambda: self._add_residents(-1))
        top.addWidget(self.residents_minus)
        self.leave = QPushButton(self.tr("Leave"))
        self.leave.clicked.connect(self.ask_pin)
        top.addWidget(self.leave)
        layout.addLayout(top)
        self.search = QLineEdit()
        self.search.setObjectName("kioskSearch")
        self.search.setPlaceholderText(self.tr("Type pinyin initials or the last 4 digits of your phone, "
                                               "or scan your volunteer card"))
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._enter)
        layout.addWidget(self.search)
        self.banner = QLabel()
        self.banner.setObjectName("kioskBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.model = TileModel(self)
        self.tiles = QListView()
        self.tiles.setObjectName("kioskTiles")
        self.tiles.setModel(self.model)
        self.tiles.setViewMode(QListView.ViewMode.IconMode)
        self.tiles.setResizeMode(QListView.ResizeMode.Adjust)
        self.tiles.setMovement(QListView.Movement.Static)
        self.tiles.setWrapping(True)
        self.tiles.setUniformItemSizes(True)
        self.tiles.setGridSize(QSize(250, 120))
        self.tiles.setSpacing(8)
        self.tiles.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard (scanner)
        self.tiles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tiles.clicked.connect(lambda index: self.tap(self.model.volunteer_id(index.row())))
        layout.addWidget(self.tiles, 1)
        bottom = QHBoxLayout()
        self.walkin_button = QPushButton(self.tr("New volunteer? Register here"))
        self.walkin_button.clicked.connect(lambda: self._show_walkin())
        bottom.addWidget(self.walkin_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        for button in (self.residents, self.residents_minus, self.leave, self.walkin_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard for the scanner
        return page

    # --- data --------------------------------------------------------------
    def _set_teams(self, teams) -> None:
        self.teams = teams
        if self.index is not None:
            self._search(self.search.text())

    def _loaded(self, result) -> None:
        activity, self.index, self.state = result
        self.activity = activity
        self.title.setText(activity.title)
        self._tick()
        self._set_residents(activity.residents_reached)
        self._update_count()
        self.search.setEnabled(True)
        self.search.setFocus()
        self._idle_banner()
        self._search(self.search.text())
        self.ready.emit()

    def _tick(self) -> None:
        if getattr(self, "activity", None) is None:
            return
        a = self.activity
        self.info.setText(self.tr("{0} to {1}  ·  {2}  ·  now {3}").format(
            a.start_at.strftime("%m-%d %H:%M"), a.end_at.strftime("%H:%M"), a.place or "—",
            datetime.now().strftime("%H:%M")))

    def _update_count(self) -> None:
        here = sum(1 for s in self.state.values() if s == "in")
        self.count.setText(self.tr("Signed in: {0}  Signed out: {1}").format(here, len(self.state) - here))

    def _set_residents(self, count: int) -> None:
        self.residents.setText(self.tr("Residents +1  (now {0})").format(count))

    def _search(self, text: str) -> None:
        if self.index is None:
            return
        query = text.strip()
        if query:
            ids = self.index.search(query, limit=MAX_TILES)
        else:  # those on duty first (to sign out), then everyone in order
            present = [vid for vid, s in self.state.items() if s == "in" and vid in self.index]
            seen = set(present)
            ids = present + [vid for vid in self.index.ids()[:MAX_TILES] if vid not in seen]
            ids = ids[:MAX_TILES]
        names, hints = {}, {}
        for vid in ids:
            card = self.index.get(vid)
            if card is not None:
                names[vid] = card.name
                # A public screen: names and teams only, never phone digits (phone-tail search still works).
                hints[vid] = "、".join(self.teams.get(vid, ())[:2])
        self.model.set_people(ids, names, hints)
        self.model.set_state(self.state)

    def _enter(self) -> None:
        text = self.search.text().strip()
        if not text or self.index is None:
            return
        if text in self.index:  # a scanned card: the exact volunteer id
            self.tap(text)
            return
        if self.model.rowCount() == 1:
            self.tap(self.model.volunteer_id(0))
        elif self.model.rowCount() == 0:
            self._show_banner(self.tr("Nobody found. New here? Register with the button below."), "warn")
        else:
            self._show_banner(self.tr("{0} people found: tap your name.").format(self.model.rowCount()), "info")

    # --- actions -----------------------------------------------------------
    def tap(self, volunteer_id: str) -> None:
        self.ctx.ops.db(kiosk.tap, self.ctx.db, self.activity_id, volunteer_id, on_done=self._tapped,
                        on_error=self._failed)

    def _tapped(self, result: kiosk.TapResult) -> None:
        if result.action in ("in", "already_in"):
            self.state[result.volunteer_id] = "in"
        else:
            self.state[result.volunteer_id] = "out"
        if self.index is not None and result.volunteer_id not in self.index:
            self.ctx.ops.db(load_index, self.ctx.db, on_done=self._reindexed)
        self._update_count()
        self._show_banner(result.message, "ok" if result.action in ("in", "out") else "info")
        self._show_points(result.volunteer_id, result.message)
        self.search.clear()
        self._search("")
        self.search.setFocus()
        self.tapped.emit(result)

    def _show_points(self, volunteer_id: str, message: str) -> None:
        """The balance of every scheme that allows it, under the sign-in message (issue 13)."""
        from desktop.services.points import kiosk_balances

        def shown(balances) -> None:
            if balances and self.banner.text() == message:
                self.banner.setText(message + "\n" + "　".join(
                    self.tr("{0} balance: {1} {2}").format(*b) for b in balances))

        self.ctx.ops.db(kiosk_balances, self.ctx.db, volunteer_id, on_done=shown, on_error=lambda _e: True)

    def _reindexed(self, index) -> None:
        self.index = index
        self._search(self.search.text())

    def _failed(self, error: BaseException) -> bool:
        user_error = as_user_error(error)
        if user_error is None:
            return False
        self._show_banner(user_error.message, "warn")
        return True

    def _add_residents(self, delta: int) -> None:
        self.ctx.ops.db(kiosk.add_residents, self.ctx.db, self.activity_id, delta, on_done=self._set_residents,
                        on_error=self._failed)

    def _show_walkin(self) -> None:
        self.walkin.start(self.search.text() if not self.search.text().isascii() else "")
        self.stack.setCurrentIndex(2)

    def _walk_in(self, name: str, phone: str) -> None:
        def done(result) -> None:
            self._back()
            self._tapped(result)

        def failed(error: BaseException) -> bool:
            user_error = as_user_error(error)
            if user_error is None:
                return False
            self.walkin.failed(user_error.message)
            return True

        self.ctx.ops.db(kiosk.walk_in, self.ctx.db, self.activity_id, name=name, phone=phone, on_done=done,
                        on_error=failed)

    def _back(self) -> None:
        self.stack.setCurrentIndex(0)
        self.search.setFocus()

    def _show_banner(self, text: str, kind: str) -> None:
        colors = {"ok": "background: #2e7d32; color: white;", "info": "background: #1565c0; color: white;",
                  "warn": "background: #ffb300; color: black;"}
        self.banner.setStyleSheet(colors[kind])
        self.banner.setText(text)
        self._banner_timer.start()

    def _idle_banner(self) -> None:
        self.banner.setStyleSheet("background: #fff3e0; color: #5d4037;")
        self.banner.setText(self.tr("Welcome! Find your name and tap it to sign in; tap again when you leave."))

    # --- leaving -------------------------------------------------------------
    def ask_pin(self) -> None:
        self.pin.start()
        self.stack.setCurrentIndex(1)

    def _check_pin(self, pin: str) -> None:
        self.ctx.ops.db(kiosk.check_pin, self.ctx.db, pin, on_done=self._pin_checked)

    def _pin_checked(self, ok: bool) -> None:
        if not ok:
            self.pin.rejected()
            return
        self._unlocked = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.stack.currentIndex() == 0:
                self.ask_pin()
            else:
                self._back()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            self.ask_pin()
            return
        self._clock.stop()
        self._banner_timer.stop()
        self.ctx.ops.db_changed.emit()  # the taps did not refresh the other pages one by one
        self.closed.emit()
        super().closeEvent(event)
