"""Who came to an activity, their minutes, and manual corrections (append-only, with a reason)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from desktop.services.hour_rules import format_minutes
from desktop.services.hours import Attendance, add_correction
from desktop.ui.forms import FormFooter


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Attendance] = []
        self._headers = (self.tr("Name"), self.tr("Signed in"), self.tr("Signed out"), self.tr("Hours"),
                         self.tr("Note"))

    def set_rows(self, rows: list[Attendance]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Attendance:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return row.signed_in.strftime("%H:%M") if row.signed_in else "—"
            if column == 2:
                return row.signed_out.strftime("%H:%M") if row.signed_out else "—"
            if column == 3:
                return format_minutes(row.minutes)
            if not row.auto:
                return self.tr("Back-entered from the paper sheet") if row.source == "paper" else ""
            if row.source in ("", "auto"):
                return self.tr("Signed out automatically: please check")
            return self.tr("Signed out long after the end: please check")
        if role == Qt.ItemDataRole.BackgroundRole and row.auto:
            return QColor("#fff8e1")
        return None


class CorrectionDialog(FormFooter, QDialog):
    """Add or take off minutes for one volunteer at one activity; needs a reason; never edits a record."""

    def __init__(self, ctx, activity_id: str, attendance: Attendance, parent=None):
        super().__init__(parent)
        self.ctx, self.activity_id, self.attendance = ctx, activity_id, attendance
        self.setWindowTitle(self.tr("Correct service hours"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0}: now {1}. Enter minutes to add (negative to take off).").format(
            attendance.name, format_minutes(attendance.minutes))))
        form = QFormLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(-24 * 60, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. signed the paper sheet, left early"))
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.add_footer(layout)

    def save(self) -> None:
        self.buttons.setEnabled(False)
        self.ctx.ops.db(add_correction, self.ctx.db, self.attendance.volunteer_id, self.minutes.value(),
                        self.reason.text(), activity_id=self.activity_id, actor=self.ctx.actor, mutates=True,
                        on_done=lambda _r: self.accept(), on_error=self._failed, parent=self)

