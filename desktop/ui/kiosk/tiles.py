"""Name tiles: a small list model over search hits, with each person's sign-in state."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor

IdRole = Qt.ItemDataRole.UserRole + 1
TILE = QSize(226, 104)
_COLORS = {"in": QColor("#c8e6c9"), "out": QColor("#e0e0e0"), "": QColor("#fff8e1")}


class TileModel(QAbstractListModel):
    """Rows are volunteer ids; names and states come from the kiosk's index and state dict."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[str] = []
        self._names: dict[str, str] = {}
        self._hints: dict[str, str] = {}
        self._state: dict[str, str] = {}
        self._size = TILE
        self._words = {"in": self.tr("Signed in"), "out": self.tr("Signed out"), "": self.tr("Tap to sign in")}

    def set_people(self, ids: list[str], names: dict[str, str], hints: dict[str, str]) -> None:
        self.beginResetModel()
        self._ids, self._names, self._hints = list(ids), names, hints
        self.endResetModel()

    def set_state(self, state: dict[str, str]) -> None:
        self._state = state
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def set_tile_size(self, size: QSize) -> None:
        if size != self._size:
            self.layoutAboutToBeChanged.emit()
            self._size = size
            self.layoutChanged.emit()

    def ids(self) -> list[str]:
        return list(self._ids)

    def volunteer_id(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        vid = self._ids[index.row()]
        state = self._state.get(vid, "")
        if role == Qt.ItemDataRole.DisplayRole:
            hint = self._hints.get(vid, "")
            return f"{self._names.get(vid, '')}" + (f" · {hint}" if hint else "") + f"\n{self._words[state]}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return _COLORS[state]
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._size
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._names.get(vid, "")
        if role == IdRole:
            return vid
        return None
