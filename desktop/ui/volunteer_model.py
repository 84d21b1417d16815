"""The roster as a lazy, sortable QAbstractTableModel.

Rows are plain tuples loaded by a service in the DB worker; the model hands
them to the view in chunks (canFetchMore/fetchMore), so 50,000 rows never
become 50,000 widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.validators import mask_id_card

CHUNK = 256


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str
    gender: str
    phone: str
    id_card: str
    political_status: str
    teams: str
    status: str
    join_date: str


def roster_rows(volunteers, teams_by_id: dict[str, list[str]]) -> list[RosterRow]:
    return [RosterRow(v.id, v.name, v.gender, v.phone, v.id_card or "", v.political_status,
                      "、".join(teams_by_id.get(v.id, [])), v.status,
                      v.join_date.isoformat() if v.join_date else "") for v in volunteers]


class VolunteerTableModel(QAbstractTableModel):
    COLUMNS = ("name", "gender", "phone", "id_card", "political_status", "teams", "status", "join_date")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._shown = 0
        self.show_full_id = False
        self._headers = (self.tr("Name"), self.tr("Gender"), self.tr("Phone"), self.tr("ID number"),
                         self.tr("Political status"), self.tr("Teams"), self.tr("Status"), self.tr("Joined"))
        self._status = {"active": self.tr("On roster"), "exited": self.tr("Left")}

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(CHUNK, len(self._rows))
        self.endResetModel()

    def row_at(self, row: int) -> RosterRow:
        return self._rows[row]

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(CHUNK, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, column)
            if column == "id_card" and not self.show_full_id:
                return mask_id_card(value)
            if column == "status":
                return self._status.get(value, value)
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "exited":
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column]
        self.beginResetModel()
        self._rows.sort(key=lambda r: getattr(r, key), reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()
