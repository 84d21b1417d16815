"""The first-run tour: five steps over the real pages, each highlighting the control to use.

Not a slideshow: each step switches the main window to the real page and dims everything
but the one control (the overlay's mask leaves a hole there, so the control stays clickable).
Skippable at any step (跳过导览 or Esc), reopened from the 帮助 button's menu or the help panel.
The app starts it once per PC (QSettings "help/tour_done"), after the first run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QRegion, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

DONE_KEY = "help/tour_done"


@dataclass(frozen=True)
class Step:
    page: str
    target: Callable[[QWidget], QWidget]  # page -> the control to highlight
    title: str
    text: str


def _attr(*names: str) -> Callable[[QWidget], QWidget]:
    def find(page: QWidget) -> QWidget:
        widget = page
        for name in names:
            widget = getattr(widget, name)
        return widget
    return find


class _Overlay(QWidget):
    """Dims the window outside `hole`; paints a frame round it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("tourOverlay")
        self.hole = QRect()
        self.setGeometry(parent.rect())

    def set_hole(self, rect: QRect) -> None:
        self.hole = rect.adjusted(-6, -6, 6, 6)
        self.setGeometry(self.parentWidget().rect())
        self.setMask(QRegion(self.rect()).subtracted(QRegion(self.hole)))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor("#ffb300"), 4))
        painter.drawRoundedRect(self.hole.adjusted(-2, -2, 2, 2), 6, 6)


class Tour(QObject):
    finished = Signal()
    step_changed = Signal(int)

    def __init__(self, window, remember: bool = True):
        super().__init__(window)
        self.window = window
        self.remember = remember  # skipping or finishing marks the tour as seen on this PC
        self.done = False
        self.index = -1
        self.target: QWidget | None = None
        self.steps = [
            Step("home", _attr("header"), self.tr("1. Your station"), self.tr(
                "This is the home page of your station: its name and place, this month's and this year's "
                "figures, and the target check with what to do next. Change the station's details in Settings.")),
            Step("volunteers", _attr("roster", "import_button"), self.tr("2. The roster"), self.tr(
                "Import the volunteer list you already keep in Excel: the wizard matches your columns and checks "
                "every ID number. Or add volunteers one by one with “Add volunteer”.")),
            Step("activities", _attr("new_button"), self.tr("3. An activity"), self.tr(
                "Plan an activity: its task, team, place and time. After it is held, record attendance, hours "
                "and photos within 10 working days.")),
            Step("signin", _attr("open_button"), self.tr("4. The sign-in desk"), self.tr(
                "On the day, open the sign-in desk full screen: volunteers tap their name, type their initials or "
                "scan their QR card. Leaving the desk needs the station head's PIN.")),
            Step("reports", _attr("print_button"), self.tr("5. Printing"), self.tr(
                "Print the registers an inspection asks for: the service register, sign-in sheets, activity "
                "records with photos, certificates and the monthly report. All on A4.")),
        ]
        self.overlay = _Overlay(window)
        self.bubble = QFrame(self.overlay)
        self.bubble.setObjectName("tourBubble")
        self.bubble.setStyleSheet("QFrame#tourBubble { background: #fffdf7; border: 2px solid #ffb300; "
                                  "border-radius: 8px; }")
        self.bubble.setFixedWidth(380)
        box = QVBoxLayout(self.bubble)
        self.count = QLabel()
        self.count.setStyleSheet("color: #777;")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold; color: #8e1515;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        box.addWidget(self.count)
        box.addWidget(self.heading)
        box.addWidget(self.body)
        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setToolTip(self.tr("Reopen it any time from Help (F1)"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        box.addLayout(row)
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self.next)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.overlay)
        self.escape.activated.connect(self.finish)
        self.overlay.hide()
        window.installEventFilter(self)
        # A page shown for the first time lays itself out after the step is placed, and data arriving
        # later moves controls too: follow the target while the tour is open.
        self.follow = QTimer(self)
        self.follow.setInterval(200)
        self.follow.timeout.connect(self._follow)
        self._placed = QRect()

    def start(self) -> None:
        self.go(0)

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.finish()
        else:
            self.go(self.index + 1)

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        self.index = index
        step = self.steps[index]
        page = self.window.page(step.page)
        try:
            self.target = step.target(page)
        except AttributeError:  # the page changed: highlight the whole page rather than fail
            self.target = page
        self.count.setText(self.tr("Step {0} of {1}").format(index + 1, len(self.steps)))
        self.heading.setText(step.title)
        self.body.setText(step.text)
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Done") if index == len(self.steps) - 1 else self.tr("Next"))
        self.overlay.show()
        self.overlay.raise_()
        self._place()
        self.follow.start()
        self.next_button.setFocus()
        self.step_changed.emit(index)

    def highlighted(self) -> QRect:
        """The highlighted control's rectangle in window coordinates."""
        if self.target is None:
            return QRect()
        return QRect(self.target.mapTo(self.window, self.target.rect().topLeft()), self.target.size())

    def _follow(self) -> None:
        if self.highlighted() != self._placed:
            self._place()

    def _place(self) -> None:
        hole = self._placed = self.highlighted()
        self.overlay.set_hole(hole)
        self.bubble.adjustSize()
        area = self.overlay.rect()
        below = hole.bottom() + 16
        x = min(max(16, hole.left()), area.width() - self.bubble.width() - 16)
        y = below if below + self.bubble.height() < area.height() - 16 else max(16, hole.top() - self.bubble.height() - 16)
        if hole.height() > area.height() / 2:  # a big target: put the bubble over its middle
            y = (area.height() - self.bubble.height()) // 2
        self.bubble.move(x, y)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Resize and self.overlay.isVisible():
            self._place()
        return False

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        if self.remember:
            QSettings().setValue(DONE_KEY, True)
        self.follow.stop()
        self.window.removeEventFilter(self)
        self.overlay.hide()
        self.overlay.deleteLater()
        self.index = -1
        self.finished.emit()


def should_start() -> bool:
    return not QSettings().value(DONE_KEY, False, type=bool)
