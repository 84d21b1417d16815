"""The activity list as a lazy QAbstractTableModel over plain `ActivityRow`s."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.activities import ActivityRow

CHUNK = 200
IdRole = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#fdecea")
_PLANNED = QColor("#1565c0")


class ActivityTableModel(QAbstractTableModel):
    # What a station head looks for first (state, sign-ins, photos) comes right after the date and title,
    # so that it shows at 1024 x 768 without scrolling sideways.
    COLUMNS = ("start", "title", "status", "signed_in", "photos", "category", "team", "place", "residents")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        self._shown = 0
        headers = {"start": self.tr("Date"), "title": self.tr("Title"), "category": self.tr("Category"),
                   "team": self.tr("Team"), "place": self.tr("Place"), "status": self.tr("State"),
                   "signed_in": self.tr("Sign-ins"), "photos": self.tr("Photos"), "residents": self.tr("Residents")}
        self._headers = tuple(headers[c] for c in self.COLUMNS)
        self._year = date.today().year
        self._states = {"planned": self.tr("Planned"), "held": self.tr("Held"), "recorded": self.tr("Recorded")}

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(CHUNK, len(self._rows))
        self.endResetModel()

    def row_at(self, row: int) -> ActivityRow:
        return self._rows[row]

    def row_of(self, activity_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == activity_id:
                while i >= self._shown and self.canFetchMore(QModelIndex()):
                    self.fetchMore(QModelIndex())
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        more = min(CHUNK, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def _display(self, row: ActivityRow, column: str):
        if column == "start":  # this year's without the year: a narrower column
            shown = row.start.strftime("%m-%d %H:%M" if row.start.year == self._year else "%Y-%m-%d")
            return shown + (self.tr(" ★") if row.concentrated else "")
        if column == "category":
            return row.category + (self.tr(" · theory lecture") if row.theory else "")
        if column == "status":
            text = self._states.get(row.status, row.status)
            return text + (self.tr(" (record overdue)") if row.overdue else "")
        return getattr(row, column)

    def column_texts(self, column: int, count: int) -> list:
        """The display texts of a column's first `count` rows (desktop.ui.columns.fit_columns)."""
        name = self.COLUMNS[column]
        return [self._display(row, name) for row in self._rows[:min(count, self._shown)]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title":
                return f"{row.start:%Y-%m-%d %H:%M}–{row.end:%H:%M}  {row.title}"
            if row.overdue:
                return self.tr("Held more than 10 working days ago and still not recorded.")
            if column == "start" and row.concentrated:
                return self.tr("Concentrated activity day (first Saturday of the month)")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return _OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and row.status == "planned":
            return _PLANNED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("signed_in", "photos", "residents"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return row.id
        return None
