"""Create or edit an activity."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
        self.category = QComboBox()
        self.category.addItems(CATEGORIES)
        self.theory = QCheckBox(self.tr("Theory lecture (counted separately)"))
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
        form.addRow("", self.theory)
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

    def _fill(self, activity: Activity | None, start: datetime | None) -> None:
        if activity is None:
            begin = start or (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
            self.start.setDateTime(_qdt(begin))
            self.end.setDateTime(_qdt(begin + timedelta(hours=2)))
            return
        self.title.setText(activity.title)
        self.category.setCurrentIndex(max(0, self.category.findText(activity.category)))
        self.theory.setChecked(activity.theory_lecture)
        self.team.setCurrentIndex(max(0, self.team.findData(activity.team_id)))
        self.place.setText(activity.place)
        self.start.setDateTime(_qdt(activity.start_at))
        self.end.setDateTime(_qdt(activity.end_at))
        self.residents.setValue(activity.residents_reached)
        self.partner.setText(activity.partner_unit)
        self.person.setText(activity.person_in_charge)
        self.content.setPlainText(activity.content)

    def values(self) -> dict:
        return {"title": self.title.text(), "category": self.category.currentText(), "theory": self.theory.isChecked(),
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

