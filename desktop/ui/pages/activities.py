"""Activities 活动: the list and the month calendar on the left, the chosen activity on the right."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.activities import activity_rows, delete_activity, month_calendar
from desktop.services.teams import list_teams
from desktop.ui.activities.calendar import ActivityCalendar
from desktop.ui.activities.detail import ActivityDetail
from desktop.ui.activities.dialog import ActivityDialog
from desktop.ui.activities.model import ActivityTableModel
from desktop.ui.columns import fit_columns
from desktop.ui.help.hints import with_hint
from desktop.ui.keys import with_shortcut
from desktop.ui.page_header import PageHeader
from desktop.ui.when_shown import when_shown


def load_list(db):
    return activity_rows(db), [(t.id, t.name) for t in list_teams(db)]


def default_activity(rows):
    """The activity to show first: today's (the one going on, or the nearest in time), else the latest one
    that has begun, else the soonest planned."""
    now = datetime.now()
    today = [r for r in rows if r.start.date() == now.date()]
    if today:
        return min(today, key=lambda r: (not r.start <= now <= r.end, abs((r.start - now).total_seconds())))
    begun = [r for r in rows if r.start <= now]
    if begun:
        return max(begun, key=lambda r: r.start)
    return min(rows, key=lambda r: r.start)


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.teams: list[tuple[str, str]] = []
        self.selected: str | None = None
        self.dialog: ActivityDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.header = PageHeader(self.tr("Activities"))
        self.count = self.header.add(QLabel())
        self.new_button = self.header.add(QPushButton(self.tr("New activity…")))
        self.new_button.clicked.connect(lambda: self.new_activity())
        with_shortcut(self.new_button, "Ctrl+N")
        layout.addWidget(self.header)
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet("background: #fdecea; color: #8e1515; padding: 6px; border-radius: 4px;")
        self.overdue.hide()
        layout.addWidget(self.overdue)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.views = QTabWidget()
        self.model = ActivityTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(48)  # fit columns to 48 rows, not 1,000
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_activity(self.detail.activity))
        open_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        open_key.activated.connect(lambda: self.edit_activity(self.detail.activity))  # Enter opens, as a double click
        self.views.addTab(self.table, self.tr("List"))
        calendar_page = QWidget()
        cal_layout = QVBoxLayout(calendar_page)
        self.calendar = ActivityCalendar()
        self.calendar.currentPageChanged.connect(self.load_month)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_activated)
        cal_layout.addWidget(self.calendar, 1)
        self.day_hint = QLabel(self.tr("★ / orange: concentrated activity day (first Saturday). "
                                       "Double-click a day to plan an activity on it."))
        self.day_hint.setWordWrap(True)
        self.day_hint.setStyleSheet("color: #555;")
        cal_layout.addWidget(with_hint(self.day_hint, "concentrated_day"))
        self.views.addTab(calendar_page, self.tr("Month calendar"))
        splitter.addWidget(self.views)
        self.detail = ActivityDetail(ctx)
        self.detail.edit_requested.connect(self.edit_activity)
        self.detail.delete_requested.connect(self.confirm_delete)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 560])
        layout.addWidget(splitter, 1)
        self._refresh_later = when_shown(self, self.refresh)  # not while another page is on screen
        ctx.db_changed.connect(self._refresh_later)
        QTimer.singleShot(0, self, self.refresh)  # once the page is built and painted (as the roster)

    # --- loading ---------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.db(load_list, self.ctx.db, on_done=self._loaded)
        self.load_month(self.calendar.yearShown(), self.calendar.monthShown())

    def _loaded(self, result) -> None:
        rows, self.teams = result
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 200))
        self.count.setText(self.tr("{0} activities").format(len(rows)))
        overdue = [r for r in rows if r.overdue]
        self.overdue.setVisible(bool(overdue))
        if overdue:
            self.overdue.setText(self.tr("{0} activities were held more than 10 working days ago and are not "
                                         "recorded yet (the record rules ask for 10 working days): {1}").format(
                len(overdue), "、".join(r.title for r in overdue[:3]) + ("…" if len(overdue) > 3 else "")))
        chosen = self.selected or self.ctx.activity_id
        if chosen and self.model.row_of(chosen) >= 0:
            self.select(chosen)
        elif rows:
            self.select(default_activity(rows).id)

    def load_month(self, year: int, month: int) -> None:
        self.ctx.ops.db(month_calendar, self.ctx.db, year, month, on_done=self.calendar.set_days)

    def select(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.selected = activity_id
        self.ctx.choose_activity(activity_id)
        self.detail.show_activity(activity_id)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            activity_id = self.model.row_at(current.row()).id
            if activity_id != self.detail.gallery.activity_id:
                self.selected = activity_id
                self.ctx.choose_activity(activity_id)
                self.detail.show_activity(activity_id)

    def _day_clicked(self, qdate: QDate) -> None:
        day = self.calendar.days.get(date(qdate.year(), qdate.month(), qdate.day()))
        if day and day.activities:
            self.select(day.activities[0]["id"])

    def _day_activated(self, qdate: QDate) -> None:
        day = self.calendar.days.get(date(qdate.year(), qdate.month(), qdate.day()))
        if not (day and day.activities):
            self.new_activity(datetime(qdate.year(), qdate.month(), qdate.day(), 9, 0))

    # --- actions ---------------------------------------------------------------
    def new_activity(self, start: datetime | None = None) -> ActivityDialog:
        return self._open_dialog(ActivityDialog(self.ctx, self.teams, None, self, start=start))

    def edit_activity(self, activity) -> ActivityDialog | None:
        if activity is None:
            return None
        return self._open_dialog(ActivityDialog(self.ctx, self.teams, activity, self))

    def _open_dialog(self, dialog: ActivityDialog) -> ActivityDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda activity_id: setattr(self, "selected", activity_id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def confirm_delete(self, activity) -> None:
        if activity is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete activity"),
                          self.tr("Delete “{0}”? Its sign-ins and photos stay on record.").format(activity.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes and self._delete(activity.id))
        box.open()
        self.confirm_box = box

    def _delete(self, activity_id: str) -> None:
        self.selected = None
        self.ctx.ops.db(delete_activity, self.ctx.db, activity_id, self.ctx.actor, mutates=True, parent=self)
