"""One volunteer's service hours: by month for a year, active status, progress to the target,
and manual entries (added or voided with a reason, never edited)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.errors import as_user_error
from desktop.services import hours
from desktop.services.hour_rules import format_minutes


class VolunteerHoursDialog(QDialog):
    def __init__(self, ctx, volunteer_id: str, name: str, year: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.volunteer_id, self.name = ctx, volunteer_id, name
        self.setWindowTitle(self.tr("Service hours: {0}").format(name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        grid = QGridLayout()
        self.months: list[QLabel] = []
        for month in range(12):
            caption = QLabel(self.tr("Month {0}").format(month + 1))
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(caption, month % 6, (month // 6) * 2)
            grid.addWidget(value, month % 6, (month // 6) * 2 + 1)
            self.months.append(value)
        layout.addLayout(grid)
        box = QGroupBox(self.tr("Manual entries and corrections"))
        box_layout = QVBoxLayout(box)
        self.entries = QListWidget()
        box_layout.addWidget(self.entries)
        form = QFormLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(-24 * 60, 24 * 60)
        self.minutes.setSingleStep(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why: e.g. service recorded on paper"))
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Service date"), self.day)
        form.addRow(self.tr("Reason"), self.reason)
        box_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add entry"))
        self.add_button.clicked.connect(self.add_entry)
        self.void_button = QPushButton(self.tr("Void selected entry"))
        self.void_button.clicked.connect(self.void_entry)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        layout.addWidget(box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.result_hours: hours.VolunteerHours | None = None
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.db(hours.volunteer_hours, self.ctx.db, self.volunteer_id, self.year.value(), on_done=self._shown)

    def _shown(self, result: hours.VolunteerHours) -> None:
        self.result_hours = result
        active = self.tr("active volunteer") if result.active else self.tr("not yet active")
        self.summary.setText(self.tr("{0}: {1} in {2} ({3})").format(self.name, format_minutes(result.total_minutes),
                                                                      result.year, active))
        self.progress.setValue(round(result.progress * 100))
        self.progress.setFormat(self.tr("{0}% of the {1}-hour target").format(round(result.progress * 100),
                                                                               result.target_minutes // 60))
        for label, month in zip(self.months, range(1, 13), strict=True):
            minutes = result.by_month[month]
            label.setText(format_minutes(minutes) if minutes else "—")
        self.entries.clear()
        for entry in result.corrections:
            item = QListWidgetItem(f"{entry['date']:%Y-%m-%d}  {format_minutes(entry['minutes'])}  "
                                   f"{entry['reason']}  （{entry['operator']}）")
            item.setData(Qt.ItemDataRole.UserRole, entry["id"])
            self.entries.addItem(item)

    def _failed(self, error: BaseException) -> bool:
        user_error = as_user_error(error)
        if user_error is None:
            return False
        self.error.setText(user_error.message)
        return True

    def _saved(self, _result) -> None:
        self.error.clear()
        self.reason.clear()
        self.refresh()

    def add_entry(self) -> None:
        d = self.day.date()
        self.ctx.ops.db(hours.add_correction, self.ctx.db, self.volunteer_id, self.minutes.value(), self.reason.text(),
                        service_date=datetime(d.year(), d.month(), d.day()), actor=self.ctx.actor, mutates=True,
                        on_done=self._saved, on_error=self._failed, parent=self)

    def void_entry(self) -> None:
        item = self.entries.currentItem()
        if item is None:
            self.error.setText(self.tr("Select an entry to void first."))
            return
        self.ctx.ops.db(hours.void_correction, self.ctx.db, item.data(Qt.ItemDataRole.UserRole), self.reason.text(),
                        actor=self.ctx.actor, mutates=True, on_done=self._saved, on_error=self._failed, parent=self)
