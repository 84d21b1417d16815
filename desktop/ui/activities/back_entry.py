"""补录 a paper sign-in sheet: every volunteer in one searchable grid, a tick each, times per row.

The activity's start and end are the default times (the two boxes at the top);
a row's own time is typed into its cell. Typing pinyin initials and Enter ticks
the one person found, so a sheet of names goes in from the keyboard too.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
)

from desktop.errors import as_user_error
from desktop.services.back_entry import PaperLine, enter_paper_sheet, parse_clock, sheet_people
from desktop.services.search import load_index
from desktop.services.teams import volunteer_teams


def load_sheet(db, activity_id: str):
    activity, people, signed = sheet_people(db, activity_id)
    return activity, load_index(db), volunteer_teams(db), signed


class PaperModel(QAbstractTableModel):
    """Rows: volunteers (index order, by pinyin). Column 0 the tick and name, 1 teams, 2 sign-in, 3 sign-out."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[str] = []
        self.names: dict[str, str] = {}
        self.teams: dict[str, str] = {}
        self.signed: set[str] = set()
        self.ticked: set[str] = set()
        self.times: dict[tuple[str, int], str] = {}  # (volunteer, column) -> own "HH:MM"
        self.default_in, self.default_out = "", ""
        self._headers = [self.tr("Signed the paper"), self.tr("Team"), self.tr("Signed in"), self.tr("Signed out")]

    def load(self, ids, names, teams, signed) -> None:
        self.beginResetModel()
        self.ids, self.names, self.teams, self.signed = list(ids), names, teams, set(signed)
        self.ticked, self.times = set(), {}
        self.endResetModel()

    def set_defaults(self, start: str, end: str) -> None:
        self.default_in, self.default_out = start, end
        if self.ids:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.ids) - 1, 3))

    def toggle(self, row: int) -> None:
        vid = self.ids[row]
        if vid in self.signed:
            return
        self.ticked.symmetric_difference_update({vid})
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
        self.changed.emit()

    def lines(self) -> list[PaperLine]:
        return [PaperLine(vid, self.times.get((vid, 2)) or self.default_in, self.times.get((vid, 3)) or self.default_out)
                for vid in self.ids if vid in self.ticked]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        vid = self.ids[index.row()]
        base = Qt.ItemFlag.ItemIsSelectable
        if vid in self.signed:
            return base
        base |= Qt.ItemFlag.ItemIsEnabled
        if index.column() in (2, 3) and vid in self.ticked:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        vid, col = self.ids[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            on = vid in self.ticked or vid in self.signed
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self.names.get(vid, "")
            if col == 1:
                return self.teams.get(vid, "")
            if vid in self.signed:
                return self.tr("already signed in") if col == 2 else ""
            if vid not in self.ticked:
                return ""
            return self.times.get((vid, col)) or (self.default_in if col == 2 else self.default_out)
        if role == Qt.ItemDataRole.ForegroundRole and col in (2, 3) and (vid, col) not in self.times:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3):
            return self.tr("Double-click to change this person's time (like 09:30)")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (2, 3):
            return False
        vid = self.ids[index.row()]
        try:
            parsed = parse_clock(str(value), self._headers[index.column()])
        except Exception:
            return False
        if parsed is None:
            self.times.pop((vid, index.column()), None)
        else:
            self.times[(vid, index.column())] = parsed.strftime("%H:%M")
        self.dataChanged.emit(index, index)
        return True


class BackEntryDialog(QDialog):
    saved = Signal(object)  # BackEntryResult
    ready = Signal()

    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(parent)
        self.ctx, self.activity_id = ctx, activity_id
        self.index = None
        self.setWindowTitle(self.tr("Enter a paper sign-in sheet"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find: name, pinyin initials or phone digits; Enter ticks the one found"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter)
        row.addWidget(self.search, 1)
        row.addWidget(QLabel(self.tr("Default times")))
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._defaults)
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        layout.addLayout(row)
        self.model = PaperModel(self)
        self.model.changed.connect(self._count)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._clicked)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.count = QLabel()
        buttons.addWidget(self.count, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.save_button.setEnabled(False)
        ctx.ops.db(load_sheet, ctx.db, activity_id, on_done=self._loaded)

    def _loaded(self, result) -> None:
        activity, self.index, teams, signed = result
        self.activity = activity
        self.heading.setText(self.tr("{0}  ·  {1} – {2}. Tick everyone who signed the paper sheet; their times are "
                                     "the activity's unless you change them.").format(
            activity.title, activity.start_at.strftime("%Y-%m-%d %H:%M"), activity.end_at.strftime("%H:%M")))
        ids = self.index.ids()
        names = {vid: self.index.get(vid).name for vid in ids}
        self.model.load(ids, names, {vid: "、".join(teams.get(vid, ())) for vid in ids}, signed)
        for edit, at in ((self.start, activity.start_at), (self.end, activity.end_at)):
            edit.blockSignals(True)
            edit.setTime(QTime(at.hour, at.minute))
            edit.blockSignals(False)
        self._defaults()
        self._count()
        self.search.setFocus()
        self.ready.emit()

    def _defaults(self) -> None:
        self.model.set_defaults(self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm"))

    def _count(self) -> None:
        n = len(self.model.ticked)
        self.count.setText(self.tr("{0} ticked").format(n))
        self.save_button.setText(self.tr("Save {0} sign-ins as back-entered").format(n) if n else self.tr("Save"))
        self.save_button.setEnabled(n > 0)

    def visible_ids(self) -> list[str]:
        return [vid for row, vid in enumerate(self.model.ids) if not self.table.isRowHidden(row)]

    def _filter(self, text: str) -> None:
        if self.index is None:
            return
        query = text.strip()
        allowed = set(self.index.search(query, rank=False)) if query else None
        for row, vid in enumerate(self.model.ids):
            self.table.setRowHidden(row, allowed is not None and vid not in allowed)

    def tick(self, volunteer_id: str) -> None:
        self.model.toggle(self.model.ids.index(volunteer_id))

    def _enter(self) -> None:
        shown = self.visible_ids()
        if len(shown) == 1:
            self.tick(shown[0])
            self.search.clear()
        elif shown:
            self.message.setText(self.tr("{0} people found: tick the right one in the list.").format(len(shown)))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() in (0, 1):
            self.model.toggle(index.row())

    def save(self) -> None:
        lines = self.model.lines()
        self.save_button.setEnabled(False)

        def done(result) -> None:
            self.saved.emit(result)
            self.accept()

        def failed(error: BaseException) -> bool:
            user_error = as_user_error(error)
            self.save_button.setEnabled(True)
            if user_error is None:
                return False
            self.message.setText(user_error.message)
            return True

        self.ctx.ops.db(enter_paper_sheet, self.ctx.db, self.activity_id, lines, actor=self.ctx.actor, mutates=True,
                        on_done=done, on_error=failed)
