"""Create or edit an activity."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from desktop.models import Activity
from desktop.models.activities import CATEGORIES
from desktop.services.activities import add_activity, edit_activity
from desktop.ui.forms import FormFooter
from desktop.ui.help.hints import with_hint


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


THEORY_TASKS = CATEGORIES[:2]  # 学习实践科学理论, 宣传宣讲党的政策: where a theory lecture belongs


def default_start(now: datetime | None = None) -> datetime:
    """Today at the next full hour (an activity is usually entered the day it happens); after 20:00,
    tomorrow at 09:00."""
    now = now or datetime.now()
    nxt = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if nxt.date() != now.date() or nxt.hour > 20:
        return (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    return max(nxt, nxt.replace(hour=8))


class ActivityDialog(FormFooter, QDialog):
    saved = Signal(str)  # activity id

    def __init__(self, ctx, teams: list[tuple[str, str]], activity: Activity | None = None, parent=None,
                 start: datetime | None = None):
        super().__init__(parent)
        self.ctx, self.activity = ctx, activity
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("New activity"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        # One control for the task and the theory-lecture flag: the two tasks a 理论宣讲 belongs to come
        # twice, plain and as a theory lecture (counted separately in the targets).
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category, (category, False))
            if category in THEORY_TASKS:
                self.category.addItem(self.tr("{0} · theory lecture").format(category), (category, True))
        self.category.setToolTip(self.tr("Choose “… · theory lecture” for a theory lecture: it counts towards the "
                                         "monthly theory-lecture target"))
        self.team = QComboBox()
        self.team.addItem(self.tr("(no team)"), None)
        for team_id, name in teams:
            self.team.addItem(name, team_id)
        self.place = QLineEdit()
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.residents = QSpinBox()
        self.residents.setRange(0, 1_000_000)
        self.partner = QLineEdit()
        self.person = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("What was done, who took part, what came of it"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), with_hint(self.category, "five_tasks"))
        form.addRow(self.tr("Organising team"), self.team)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Residents reached"), self.residents)
        form.addRow(self.tr("Paired unit"), self.partner)
        form.addRow(self.tr("Person in charge"), self.person)
        form.addRow(self.tr("Content"), self.content)
        layout.addLayout(form)
        self.add_footer(layout)
        self._fill(activity, start)
        self._length = self.start.dateTime().secsTo(self.end.dateTime())
        self.start.dateTimeChanged.connect(self._start_moved)
        self.end.dateTimeChanged.connect(self._end_moved)

    def _start_moved(self, value: QDateTime) -> None:
        """The end follows the start, keeping the activity's length."""
        self.end.blockSignals(True)
        self.end.setDateTime(value.addSecs(max(self._length, 15 * 60)))
        self.end.blockSignals(False)

    def _end_moved(self, value: QDateTime) -> None:
        length = self.start.dateTime().secsTo(value)
        if length > 0:
            self._length = length

    def set_category(self, category: str, theory: bool = False) -> None:
        index = self.category.findData((category, theory))
        if index < 0:  # an older record: a theory lecture under another task
            self.category.addItem(self.tr("{0} · theory lecture").format(category) if theory else category,
                                  (category, theory))
            index = self.category.count() - 1
        self.category.setCurrentIndex(index)

    @property
    def theory(self) -> bool:
        return bool(self.category.currentData()[1])

    def _fill(self, activity: Activity | None, start: datetime | None) -> None:
        if activity is None:
            begin = start or default_start()
            self.start.setDateTime(_qdt(begin))
            self.end.setDateTime(_qdt(begin + timedelta(hours=2)))
            return
        self.title.setText(activity.title)
        self.set_category(activity.category, activity.theory_lecture)
        self.team.setCurrentIndex(max(0, self.team.findData(activity.team_id)))
        self.place.setText(activity.place)
        self.start.setDateTime(_qdt(activity.start_at))
        self.end.setDateTime(_qdt(activity.end_at))
        self.residents.setValue(activity.residents_reached)
        self.partner.setText(activity.partner_unit)
        self.person.setText(activity.person_in_charge)
        self.content.setPlainText(activity.content)

    def values(self) -> dict:
        category, theory = self.category.currentData()
        return {"title": self.title.text(), "category": category, "theory": theory,
                "team_id": self.team.currentData(), "place": self.place.text(), "start": _py(self.start.dateTime()),
                "end": _py(self.end.dateTime()), "residents_reached": self.residents.value(),
                "partner_unit": self.partner.text(), "person_in_charge": self.person.text(),
                "content": self.content.toPlainText()}

    def save(self) -> None:
        values = self.values()
        self.buttons.setEnabled(False)
        if self.activity is None:
            team_id = values.pop("team_id")
            self.ctx.ops.db(add_activity, self.ctx.db, team=team_id, actor=self.ctx.actor, mutates=True,
                            on_done=self._done, on_error=self._failed, parent=self, **values)
        else:
            self.ctx.ops.db(edit_activity, self.ctx.db, self.activity.id, self.ctx.actor, mutates=True,
                            on_done=self._done, on_error=self._failed, parent=self, **values)

    def _done(self, activity) -> None:
        self.saved.emit(activity.id)
        self.accept()

