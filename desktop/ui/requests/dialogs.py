"""The 点单 page's dialogs: the one-screen intake form, dispatch, accept or
decline, done, rating, and settling a conflict. Each collects plain values
and runs one service call on the database worker; a user's error stays on
the dialog's error line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.requests import CHANNELS, channel_label
from desktop.services import requests as svc
from desktop.sync.request_state import RATINGS
from desktop.ui.forms import FormFooter


def choices(db) -> dict:
    """What the dialogs offer: the menu, this station's teams, volunteers and recent activities."""
    from desktop.services.activities import list_activities
    from desktop.services.teams import list_teams
    from desktop.services.volunteers import list_volunteers

    acts = sorted(list_activities(db), key=lambda a: a.start_at, reverse=True)[:60]
    return {"menu": [(m.id, m.name, m.response_hours) for m in svc.list_menu(db)],
            "teams": [(t.id, t.name) for t in list_teams(db)],
            "volunteers": [(v.id, v.name) for v in list_volunteers(db, status="active")],
            "activities": [(a.id, f"{a.start_at:%m-%d} {a.title}") for a in acts]}


def _combo(items: list[tuple], empty: str | None = None) -> QComboBox:
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for item in items:
        box.addItem(item[1], item[0])
    return box


class _Dialog(FormFooter, QDialog):
    """A dialog whose save() runs its `call()` on the database worker.

    `call` is required: a subclass without it fails when its class is defined
    (not when a user presses OK), see __init_subclass__.
    """

    call: Callable[[], object]  # the action: reads the form, calls the service, returns its result

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "call", None)):
            raise TypeError(f"{cls.__name__} must define call(), the action its save() runs")

    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_value = None
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def finish(self, ok_text: str) -> None:
        self.add_footer(self.layout_, ok_text, self.tr("Cancel"))

    def save(self) -> None:
        self.error.clear()
        self.buttons.setEnabled(False)
        self.ctx.ops.db(self.call, on_done=self._saved, on_error=self._failed, parent=self, mutates=True)

    def _saved(self, value) -> None:
        self.result_value = value
        self.buttons.setEnabled(True)
        self.accept()


class IntakeDialog(_Dialog):
    """群众点单 in under a minute: who, what, where and when, by which channel."""

    def __init__(self, ctx, options: dict, parent=None):
        super().__init__(ctx, self.tr("New resident's request"), parent)
        self.setMinimumWidth(440)
        self.resident = QLineEdit()
        self.resident.setPlaceholderText(self.tr("Name of the resident"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Phone (for the call-back)"))
        self.item = _combo(options["menu"], self.tr("(not on the menu: write it below)"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What is needed, in the resident's words"))
        self.place = QLineEdit()
        self.wanted = QLineEdit()
        self.wanted.setPlaceholderText(self.tr("e.g. Saturday morning"))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(channel_label(code), code)
        self.print_receipt = QCheckBox(self.tr("Print the receipt after saving"))
        self.print_receipt.setChecked(True)
        self.form.addRow(self.tr("Resident"), self.resident)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Menu item"), self.item)
        self.form.addRow(self.tr("Request"), self.text)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Wanted"), self.wanted)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.layout_.addWidget(self.print_receipt)
        self.finish(self.tr("Save"))

    def call(self):
        return svc.add_request(self.ctx.db, resident=self.resident.text(), phone=self.phone.text(),
                               item=self.item.currentData(), text=self.text.text() or None,
                               place=self.place.text(), wanted=self.wanted.text(),
                               channel=self.channel.currentData(), actor=self.ctx.actor)


class DispatchDialog(_Dialog):
    """派单: to a team or a volunteer of this station, or up to the county."""

    def __init__(self, ctx, request_ref: str, options: dict, parent=None):
        super().__init__(ctx, self.tr("Dispatch request"), parent)
        self.ref = request_ref
        self.to_team, self.to_volunteer = QRadioButton(self.tr("A team")), QRadioButton(self.tr("A volunteer"))
        self.to_county = QRadioButton(self.tr("Escalate to the county (we cannot serve it)"))
        self.group = QButtonGroup(self)
        for button in (self.to_team, self.to_volunteer, self.to_county):
            self.group.addButton(button)
        self.to_team.setChecked(True)
        self.team = _combo(options["teams"])
        self.volunteer = _combo(options["volunteers"])
        self.form.addRow(self.to_team, self.team)
        self.form.addRow(self.to_volunteer, self.volunteer)
        self.form.addRow(self.to_county, QWidget())
        self.finish(self.tr("Dispatch"))

    def call(self):
        if self.to_county.isChecked():
            return svc.dispatch(self.ctx.db, self.ref, county=True, actor=self.ctx.actor)
        if self.to_volunteer.isChecked():
            return svc.dispatch(self.ctx.db, self.ref, volunteer=self.volunteer.currentData(), actor=self.ctx.actor)
        return svc.dispatch(self.ctx.db, self.ref, team=self.team.currentData(), actor=self.ctx.actor)


class AcceptDialog(_Dialog):
    """接单 or 退单: who accepted it, or why it cannot be taken (it goes back to dispatch)."""

    def __init__(self, ctx, request_ref: str, options: dict, parent=None):
        super().__init__(ctx, self.tr("Accept or decline"), parent)
        self.ref = request_ref
        self.accept_team = QRadioButton(self.tr("Accepted by the team"))
        self.accept_volunteer = QRadioButton(self.tr("Accepted by the volunteer"))
        self.decline = QRadioButton(self.tr("Declined, because"))
        group = QButtonGroup(self)
        for button in (self.accept_team, self.accept_volunteer, self.decline):
            group.addButton(button)
        self.accept_team.setChecked(True)
        self.team = _combo(options["teams"])
        self.volunteer = _combo(options["volunteers"])
        self.reason = QLineEdit()
        self.form.addRow(self.accept_team, self.team)
        self.form.addRow(self.accept_volunteer, self.volunteer)
        self.form.addRow(self.decline, self.reason)
        self.finish(self.tr("Record"))

    def call(self):
        if self.decline.isChecked():
            return svc.decline(self.ctx.db, self.ref, reason=self.reason.text(), actor=self.ctx.actor)
        if self.accept_volunteer.isChecked():
            return svc.accept(self.ctx.db, self.ref, volunteer=self.volunteer.currentData(), actor=self.ctx.actor)
        return svc.accept(self.ctx.db, self.ref, team=self.team.currentData(), actor=self.ctx.actor)


class DoneDialog(_Dialog):
    """The service is done: linked to an activity, or hours for a volunteer (an append-only hour entry)."""

    def __init__(self, ctx, request_ref: str, options: dict, parent=None):
        super().__init__(ctx, self.tr("Service done"), parent)
        self.ref = request_ref
        self.by_hours = QRadioButton(self.tr("Record the hours directly"))
        self.by_activity = QRadioButton(self.tr("Linked to an activity (its sign-ins give the hours)"))
        group = QButtonGroup(self)
        group.addButton(self.by_hours)
        group.addButton(self.by_activity)
        self.by_hours.setChecked(True)
        self.volunteer = _combo(options["volunteers"])
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(1)
        self.activity = _combo(options["activities"])
        self.note = QLineEdit()
        self.form.addRow(self.by_hours, QWidget())
        self.form.addRow(self.tr("Volunteer"), self.volunteer)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.form.addRow(self.by_activity, self.activity)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish(self.tr("Record"))

    def call(self):
        if self.by_activity.isChecked():
            return svc.done(self.ctx.db, self.ref, activity=self.activity.currentData(), note=self.note.text(),
                            actor=self.ctx.actor)
        return svc.done(self.ctx.db, self.ref, hours=self.hours.value(), volunteer=self.volunteer.currentData(),
                        note=self.note.text(), actor=self.ctx.actor)


class RateDialog(_Dialog):
    """群众评单, at the station or by call-back; 不满意 reopens the request."""

    def __init__(self, ctx, request_ref: str, parent=None):
        super().__init__(ctx, self.tr("Resident's rating"), parent)
        self.ref = request_ref
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons_by_rating: dict[str, QRadioButton] = {}
        for rating in RATINGS:
            button = QRadioButton(rating)
            self.group.addButton(button)
            self.buttons_by_rating[rating] = button
            row.addWidget(button)
        self.buttons_by_rating[RATINGS[0]].setChecked(True)
        holder = QWidget()
        holder.setLayout(row)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(70)
        self.form.addRow(self.tr("Rating"), holder)
        self.form.addRow(self.tr("Comment"), self.comment)
        self.layout_.addWidget(QLabel(self.tr("An unsatisfied rating reopens the request for your follow-up.")))
        self.finish(self.tr("Record"))

    def rating(self) -> str:
        return next(r for r, b in self.buttons_by_rating.items() if b.isChecked())

    def call(self):
        return svc.rate(self.ctx.db, self.ref, self.rating(), comment=self.comment.toPlainText(),
                        actor=self.ctx.actor)


class ResolveDialog(_Dialog):
    """Settle a conflict: keep one of two accepts, or acknowledge an out-of-turn record."""

    def __init__(self, ctx, request_ref: str, conflicts: list[tuple[str, str]], parent=None):
        super().__init__(ctx, self.tr("Settle a conflict"), parent)
        self.ref = request_ref
        self.event = _combo(conflicts)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Keep / acknowledge"), self.event)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish(self.tr("Record"))

    def call(self):
        return svc.resolve(self.ctx.db, self.ref, self.event.currentData(), note=self.note.text(),
                           actor=self.ctx.actor)


class LedgerDialog(FormFooter, QDialog):
    """The monthly 点单台账: which month, PDF or Excel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly request ledger"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.format = QComboBox()
        self.format.addItem("PDF", "pdf")
        self.format.addItem("Excel (xlsx)", "xlsx")
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save…"), self.tr("Cancel"))

    def save(self) -> None:
        self.accept()
