"""The sign-in kiosk 签到台: full screen, large type, for one activity.

Volunteers find themselves without typing: every volunteer has a tile (all of
them, scrollable), today's expected people first (those signed in, the
organising team, last month's regulars); a strip of surnames (the station's
most frequent first, then by pinyin) narrows the tiles with one tap, so anyone
is at most two taps away. Typing pinyin initials or the last digits of a phone
still works, and so does a QR card (a USB scanner types the volunteer id and
Enter into the search box, which keeps the focus). Tiles show names and teams,
never phone digits. A tap signs in, a later tap signs out; the banner says
"已签到" only after the sign-in is committed and clears after a few seconds.
Leaving needs the station head's PIN, behind a button labelled for the head
and set apart from the volunteers' buttons.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
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
from desktop.ui.kiosk.offer import OfferBar
from desktop.ui.kiosk.pin import PinPanel
from desktop.ui.kiosk.tiles import TileModel
from desktop.ui.kiosk.walkin import WalkInPanel

KIOSK_ACTOR = "签到台"  # the operator recorded for what the kiosk writes (a stored name, as services.kiosk.tap)

BANNER_MS = 4000  # a few seconds: the next person should not read the previous one's message
GRID = QSize(236, 112)  # one tile and its gap, at least: four across at 1024 wide, five at 1366
STYLE = """
QWidget#kiosk { background: #fdf6ec; }
QLabel#kioskTitle { font-size: 28px; font-weight: bold; color: #b71c1c; }
QLabel#kioskInfo { font-size: 19px; color: #444; }
QLineEdit#kioskSearch { font-size: 26px; padding: 6px; border: 2px solid #b71c1c; border-radius: 8px; }
QListView#kioskTiles { font-size: 27px; background: transparent; border: none; }
QLabel#kioskBanner { font-size: 26px; padding: 8px; border-radius: 8px; }
QPushButton { font-size: 22px; min-height: 56px; padding: 0 20px; }
QPushButton#residents { font-size: 22px; background: #fff3e0; }
QPushButton#stripButton { font-size: 26px; min-height: 58px; min-width: 64px; padding: 0 12px;
    background: #fff8e1; border: 2px solid #d7ccc8; border-radius: 8px; }
QPushButton#stripButton:checked { background: #b71c1c; color: white; border-color: #b71c1c; }
QPushButton#leaveButton { font-size: 17px; min-height: 40px; color: #666; background: #eeeeee;
    border: 1px solid #bdbdbd; border-radius: 6px; }
QScrollBar:vertical { width: 34px; background: #efebe9; border: none; }
QScrollBar:horizontal { height: 16px; background: #efebe9; border: none; }
QScrollBar::handle { background: #a1887f; border-radius: 6px; min-height: 60px; min-width: 60px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
"""
ALL, EXPECTED = "*all", "*expected"
SEARCH_LIMIT = 500  # typed search results shown (browsing shows everyone; typing narrows quickly)


def load_kiosk(db, activity_id: str):
    """Everything the kiosk needs to start (runs in the DB worker)."""
    activity = get_activity(db, activity_id)
    return activity, load_index(db), kiosk.attendance_state(db, activity_id), kiosk.expected_ids(db, activity_id)


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


class TileView(QListView):
    """Tiles that share the width evenly: as many columns of at least GRID as fit, no ragged gap."""

    def resizeEvent(self, event) -> None:
        width = self.viewport().width()
        columns = max(1, width // GRID.width())
        self.setGridSize(QSize(width // columns, GRID.height()))
        model = self.model()
        if isinstance(model, TileModel):
            model.set_tile_size(QSize(width // columns - 10, GRID.height() - 8))
        super().resizeEvent(event)


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
        for label in (self.title, self.info):  # a long title must not widen the window past 1024
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            titles.addWidget(label)
        top.addLayout(titles, 1)
        self.residents = QPushButton()
        self.residents.setObjectName("residents")
        self.residents.setToolTip(self.tr("Tap once for every resident who comes"))
        self.residents.clicked.connect(lambda: self._add_residents(1))
        top.addWidget(self.residents)
        self.residents_minus = QPushButton("−1")
        self.residents_minus.setToolTip(self.tr("Undo one resident counted by mistake"))
        self.residents_minus.clicked.connect(lambda: self._add_residents(-1))
        top.addWidget(self.residents_minus)
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
        self.offer = OfferBar()
        self.offer.accepted.connect(self._accept_offer)
        layout.addWidget(self.offer)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(6)
        self.strip_buttons: dict[str, QPushButton] = {}
        self.strip_group = QButtonGroup(self)
        self.strip_group.setExclusive(True)
        self.strip_area = QScrollArea()
        self.strip_area.setWidget(self.strip)
        self.strip_area.setWidgetResizable(False)
        self.strip_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.strip_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip_area.setFixedHeight(86)
        self.strip_area.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        QScroller.grabGesture(self.strip_area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout.addWidget(self.strip_area)
        self.group_key = ALL
        self.groups: dict[str, list[str]] = {}
        self.expected: list[str] = []
        self._same_name = {}
        self._names: dict[str, str] = {}
        self._hints: dict[str, str] = {}
        self.model = TileModel(self)
        self.tiles = TileView()
        self.tiles.setObjectName("kioskTiles")
        self.tiles.setModel(self.model)
        self.tiles.setViewMode(QListView.ViewMode.IconMode)
        self.tiles.setResizeMode(QListView.ResizeMode.Adjust)
        self.tiles.setMovement(QListView.Movement.Static)
        self.tiles.setWrapping(True)
        self.tiles.setUniformItemSizes(True)
        self.tiles.setGridSize(GRID)
        self.tiles.setLayoutMode(QListView.LayoutMode.Batched)  # thousands of tiles lay out in steps
        self.tiles.setBatchSize(120)
        self.tiles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # tiles wrap
        self.tiles.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tiles.verticalScrollBar().setSingleStep(40)
        QScroller.grabGesture(self.tiles.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.tiles.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard (scanner)
        self.tiles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tiles.clicked.connect(lambda index: self.tap(self.model.volunteer_id(index.row())))
        layout.addWidget(self.tiles, 1)
        bottom = QHBoxLayout()
        self.walkin_button = QPushButton(self.tr("New volunteer? Register here"))
        self.walkin_button.clicked.connect(lambda: self._show_walkin())
        bottom.addWidget(self.walkin_button)
        bottom.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("kioskInfo")
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        # The station head's way out: labelled for the head, small and grey, in the far corner from the
        # volunteers' buttons (a volunteer who is leaving taps their own tile).
        self.leave = QPushButton(self.tr("Station head: close the sign-in desk"))
        self.leave.setObjectName("leaveButton")
        self.leave.setToolTip(self.tr("For the station head only: needs the PIN. Volunteers who are leaving "
                                      "tap their own name to sign out."))
        self.leave.clicked.connect(self.ask_pin)
        bottom.addWidget(self.leave, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        for button in (self.residents, self.residents_minus, self.leave, self.walkin_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard for the scanner
        return page

    # --- data --------------------------------------------------------------
    def _set_teams(self, teams) -> None:
        self.teams = teams
        if self.index is not None:
            self._names_hints()
            self._search(self.search.text())

    def _loaded(self, result) -> None:
        activity, self.index, self.state, self.expected = result
        self.activity = activity
        self._build_strip()
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

    def _build_strip(self) -> None:
        """One button for today's expected people, one for everyone, then one per surname."""
        for button in self.strip_buttons.values():
            self.strip_group.removeButton(button)
            button.deleteLater()
        self.strip_buttons = {}
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        ids = self.index.ids()
        self.groups = {ALL: ids}
        known = set(ids)
        expected = [vid for vid in self.expected if vid in known]
        entries: list[tuple[str, str]] = []
        if expected:
            self.groups[EXPECTED] = expected
            entries.append((EXPECTED, self.tr("Expected today")))
        entries.append((ALL, self.tr("Everyone")))
        cards = [self.index.get(vid) for vid in ids]
        self._same_name: dict[str, int] = {}
        for card in cards:
            if card is not None:
                self._same_name[card.name] = self._same_name.get(card.name, 0) + 1
        self._names_hints()
        for surname, members in kiosk.surname_groups([(c.id, c.name) for c in cards if c is not None]):
            key = "s:" + surname
            self.groups[key] = members
            entries.append((key, surname))
        for key, label in entries:
            button = QPushButton(label)
            button.setObjectName("stripButton")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("{0} people").format(len(self.groups[key])))
            button.clicked.connect(lambda _=False, k=key: self.show_group(k))
            self.strip_group.addButton(button)
            self.strip_layout.addWidget(button)
            button.show()
            self.strip_buttons[key] = button
        self.strip.adjustSize()
        if self.group_key not in self.groups:
            self.group_key = ALL
        self.strip_buttons[self.group_key].setChecked(True)

    def _names_hints(self) -> None:
        """Every tile's text, once per roster load (not per tap). A public screen: names, and the team
        only to tell two people of one name apart; never phone digits (phone-tail search still works)."""
        self._names, self._hints = {}, {}
        for vid in self.index.ids():
            card = self.index.get(vid)
            self._names[vid] = card.name
            if self._same_name.get(card.name, 0) > 1:
                self._hints[vid] = "、".join(self.teams.get(vid, ())[:1])

    def show_group(self, key: str) -> None:
        """One tap on the strip: that group's tiles (the search box empties)."""
        self._banner_done()
        self.group_key = key if key in self.groups else ALL
        if self.group_key in self.strip_buttons:
            self.strip_buttons[self.group_key].setChecked(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search("")
        self.tiles.scrollToTop()
        self.search.setFocus()

    def _search(self, text: str) -> None:
        if self.index is None:
            return
        query = text.strip()
        if query:
            self._banner_done()
            ids = self.index.search(query, limit=SEARCH_LIMIT)
        else:
            members = self.groups.get(self.group_key, self.index.ids())
            if self.group_key in (ALL, EXPECTED):
                # those on duty first (to sign out), then today's expected people, then everyone by pinyin
                present = [vid for vid, s in self.state.items() if s == "in" and vid in self.index]
                ids = list(dict.fromkeys(present + [vid for vid in self.expected if vid in self.index] + members))
                if self.group_key == EXPECTED:
                    wanted = set(members) | set(present)
                    ids = [vid for vid in ids if vid in wanted]
            else:
                ids = list(members)
        self.model.set_people(ids, self._names, self._hints)
        self.model.set_state(self.state)

    def reachable(self, volunteer_id: str) -> int | None:
        """Taps needed to reach this volunteer's tile without typing (scrolling is free): 1 when it is
        among the tiles shown now, 2 when one strip button shows it; None when unreachable."""
        if volunteer_id in self.model.ids():
            return 1
        if any(volunteer_id in members for members in self.groups.values()):
            return 2
        return None

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
        self.offer.hide()  # the previous person's offer goes with their message
        if result.action == "in":
            self._offer_requests(result.volunteer_id)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.group_key = ALL
        if ALL in self.strip_buttons:
            self.strip_buttons[ALL].setChecked(True)
        self._search("")
        self.tiles.scrollToTop()
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

    def _offer_requests(self, volunteer_id: str) -> None:
        """Requests dispatched to this volunteer or their team, offered for 接单 (issue 12)."""
        from desktop.services.request_queries import kiosk_offers

        name = self._names.get(volunteer_id, "")
        self.ctx.ops.db(kiosk_offers, self.ctx.db, volunteer_id,
                        on_done=lambda offers: self.offer.show_offer(volunteer_id, name, offers),
                        on_error=lambda _e: True)

    def _accept_offer(self, request_id: str, volunteer_id: str) -> None:
        from desktop.services.requests import accept

        def done(_event) -> None:
            self._show_banner(self.tr("Accepted. Thank you! The station head will tell the resident."), "ok")

        self.ctx.ops.db(accept, self.ctx.db, request_id, volunteer=volunteer_id, actor=KIOSK_ACTOR,
                        on_done=done, on_error=self._failed)

    def _reindexed(self, index) -> None:
        self.index = index
        self._build_strip()
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

    def _banner_done(self) -> None:
        """The next person is searching: the previous person's message goes."""
        if self._banner_timer.isActive():
            self._banner_timer.stop()
            self._idle_banner()

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

    def close_now(self) -> None:
        """Close without the PIN (tests, screenshots)."""
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
        # a planned activity with sign-ins took place: held (refreshes the other pages once, too)
        self.ctx.ops.db(kiosk.mark_held_if_used, self.ctx.db, self.activity_id, self.ctx.actor, mutates=True,
                        on_error=lambda _e: True)
        self.closed.emit()
        super().closeEvent(event)
