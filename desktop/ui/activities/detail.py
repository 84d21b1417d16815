"""One activity: its facts, state buttons, photos and attendance."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import hours
from desktop.services.activities import get_activity, record_due_note, set_status, state_label
from desktop.ui.activities.attendance import AttendanceModel, CorrectionDialog
from desktop.ui.activities.back_entry import BackEntryDialog
from desktop.ui.activities.gallery import Gallery
from desktop.ui.activities.volunteer_hours import VolunteerHoursDialog
from desktop.ui.flow import FlowLayout
from desktop.ui.help.hints import hint


def load_detail(db, activity_id: str):
    return get_activity(db, activity_id), hours.activity_attendance(db, activity_id)


class ActivityDetail(QWidget):
    edit_requested = Signal(object)  # Activity
    delete_requested = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose an activity on the left."))
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #444;")
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        bar = FlowLayout()  # wraps at large type on a small screen
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.activity))
        self.held_button = QPushButton(self.tr("Mark held"))
        self.held_button.clicked.connect(lambda: self._set_status("held"))
        self.recorded_button = QPushButton(self.tr("Mark recorded"))
        self.recorded_button.setToolTip(self.tr("Those who forgot to sign out are signed out at the end, flagged."))
        self.recorded_button.clicked.connect(lambda: self._set_status("recorded"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.activity))
        for button in (self.edit_button, self.held_button, self.recorded_button, self.delete_button):
            bar.addWidget(button)
            if button is self.recorded_button:
                bar.addWidget(hint("ten_working_days"))
        bar.addStretch(1)
        layout.addLayout(bar)
        papers = FlowLayout()  # the next steps for this activity, without re-choosing it elsewhere
        self.sheet_button = QPushButton(self.tr("Print the sign-in sheet"))
        self.sheet_button.setToolTip(self.tr("Reports page, with this activity chosen: blank before the activity, "
                                             "filled once it is held"))
        self.sheet_button.clicked.connect(lambda: self._paper("signin-sheet"))
        self.record_button = QPushButton(self.tr("Activity record"))
        self.record_button.setToolTip(self.tr("Reports page, with this activity chosen: the record with its photos"))
        self.record_button.clicked.connect(lambda: self._paper("activity-record"))
        self.kiosk_button = QPushButton(self.tr("Open the sign-in desk"))
        self.kiosk_button.setToolTip(self.tr("The full-screen sign-in desk for this activity"))
        self.kiosk_button.clicked.connect(self._kiosk)
        for button in (self.sheet_button, self.record_button, self.kiosk_button):
            papers.addWidget(button)
        papers.addStretch(1)
        layout.addLayout(papers)
        self.tabs = QTabWidget()
        self.gallery = Gallery(ctx)
        self.tabs.addTab(self.gallery, self.tr("Photos"))
        attendance = QWidget()
        att_layout = QVBoxLayout(attendance)
        self.attendance = AttendanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.attendance)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        att_layout.addWidget(self.table, 1)
        row = FlowLayout()
        self.correct_button = QPushButton(self.tr("Correct hours…"))
        self.correct_button.clicked.connect(self.correct)
        self.year_button = QPushButton(self.tr("Year's hours…"))
        self.year_button.setToolTip(self.tr("The volunteer's hours by month, active status and manual entries"))
        self.year_button.clicked.connect(self.volunteer_year)
        self.table.doubleClicked.connect(lambda _index: self.volunteer_year())
        self.att_summary = QLabel()
        row.addWidget(self.att_summary, 1)
        self.paper_button = QPushButton(self.tr("Enter a paper sheet…"))
        self.paper_button.setToolTip(self.tr("The activity was signed in on paper: tick everyone on the sheet "
                                             "(saved as back-entered, with your name)"))
        self.paper_button.clicked.connect(self.back_entry)
        row.addWidget(self.paper_button)
        row.addWidget(self.year_button)
        row.addWidget(self.correct_button)
        att_layout.addLayout(row)
        self.tabs.addTab(attendance, self.tr("Sign-ins and hours"))
        layout.addWidget(self.tabs, 1)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.edit_button, self.held_button, self.recorded_button, self.delete_button, self.correct_button,
                  self.year_button, self.paper_button, self.sheet_button, self.record_button, self.kiosk_button):
            w.setEnabled(on)

    def show_activity(self, activity_id: str | None) -> None:
        self.gallery.show_activity(activity_id)
        if activity_id is None:
            self.activity = None
            self.heading.setText(self.tr("Choose an activity on the left."))
            self.facts.clear()
            self.attendance.set_rows([])
            self._enable(False)
            return
        self.ctx.ops.db(load_detail, self.ctx.db, activity_id, on_done=self._loaded,
                        on_error=lambda _e: self.show_activity(None) is None)

    def _loaded(self, result) -> None:
        activity, attendance = result
        self.activity = activity
        self._enable(True)
        theory = self.tr(" · theory lecture") if activity.theory_lecture else ""
        self.heading.setText(activity.title)
        facts = [f"{activity.start_at:%Y-%m-%d %H:%M} – {activity.end_at:%H:%M}", activity.category + theory,
                 activity.place, self.tr("State: {0}").format(state_label(activity.status)),
                 self.tr("Residents reached: {0}").format(activity.residents_reached)]
        if activity.partner_unit:
            facts.append(self.tr("Paired unit: {0}").format(activity.partner_unit))
        if activity.status != "recorded":
            facts.append(record_due_note(activity))  # by the holiday calendar, with its 调休 days
        text = "  ·  ".join(f for f in facts if f)
        if activity.content:
            text += "\n" + activity.content
        self.facts.setText(text)
        self._fit_facts()
        self.held_button.setEnabled(activity.status == "planned")
        self.paper_button.setEnabled(activity.status != "planned" or activity.start_at <= datetime.now())
        today = datetime.now().date()
        self.kiosk_button.setEnabled(activity.start_at.date() <= today <= activity.end_at.date())
        self.recorded_button.setEnabled(activity.status != "recorded")
        self.attendance.set_rows(attendance)
        flagged = sum(1 for a in attendance if a.auto)
        total = sum(a.minutes for a in attendance)
        summary = self.tr("{0} people, {1:.1f} hours in all").format(len(attendance), total / 60)
        if flagged:
            summary += self.tr("; {0} signed out automatically, please check").format(flagged)
        self.att_summary.setText(summary)

    def _fit_facts(self) -> None:
        """Room for every wrapped line of the facts (a wrapped label in a splitter gets one line otherwise)."""
        width = self.facts.width() or self.facts.sizeHint().width()
        self.facts.setMinimumHeight(max(0, self.facts.heightForWidth(width)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_facts()

    def _set_status(self, status: str) -> None:
        if self.activity is None:
            return
        self.ctx.ops.db(set_status, self.ctx.db, self.activity.id, status, self.ctx.actor, mutates=True, parent=self)

    def _paper(self, kind: str) -> None:
        if self.activity is not None:
            self.ctx.open_paper(kind, self.activity.id)

    def _kiosk(self) -> None:
        if self.activity is not None:
            self.ctx.open_kiosk(self.activity.id)

    def back_entry(self) -> BackEntryDialog | None:
        if self.activity is None:
            return None
        dialog = BackEntryDialog(self.ctx, self.activity.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self.att_summary.setText(result.message))
        dialog.open()
        self.back_entry_dialog = dialog
        return dialog

    def correct(self) -> None:
        index = self.table.currentIndex()
        if self.activity is None or not index.isValid():
            self.att_summary.setText(self.tr("Select a person in the list first."))
            return
        dialog = CorrectionDialog(self.ctx, self.activity.id, self.attendance.row_at(index.row()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.correction_dialog = dialog

    def volunteer_year(self) -> VolunteerHoursDialog | None:
        index = self.table.currentIndex()
        if self.activity is None or not index.isValid():
            self.att_summary.setText(self.tr("Select a person in the list first."))
            return None
        row = self.attendance.row_at(index.row())
        dialog = VolunteerHoursDialog(self.ctx, row.volunteer_id, row.name, self.activity.start_at.year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.hours_dialog = dialog
        return dialog
