"""The 积分 tab: balances by scheme, with search (the roster's) and filters.

Opening is two steps on the database worker, so the page appears at once with exact
figures (issue 13: "opens in under 200 ms" with 500,000 ledger entries):

1. the first screenful: the first FIRST volunteers in name order (the default order),
   each balance an index range of `ix_point_entry_balance` (`points.first_balance_rows`);
2. then every balance (one GROUP BY over the ledger, seconds on a big station), at
   the database worker's background priority, for sorting, filtering and search.
   A small status says it is still running; the window never waits for it.

Balances stay computed from the append-only ledger on every read, never stored. A newer
refresh supersedes an older one: stale results are dropped, and a stale full load that
has not started yet does not run."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import points
from desktop.services.search import load_index
from desktop.ui.keys import SearchKeys
from desktop.ui.roster import alive

FIRST = 50  # volunteers in the first screenful (two schemes: 100 rows, more than a window shows)


def load_first(db, volunteers: int = FIRST):
    """Worker: schemes and the first screenful of balance rows (index ranges, about a millisecond)."""
    return points.list_schemes(db), points.first_balance_rows(db, volunteers, include_zero=True)


def load_balances(db):
    """Worker: schemes and every balance row (no derivation: the page must open fast)."""
    return points.list_schemes(db), points.balance_rows(db, include_zero=True)


class BalanceModel(QAbstractTableModel):
    """All balance rows, filtered and sorted in Python in one pass each: a proxy model would
    call back into Python for every comparison (tens of thousands of calls for 40,000 rows)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[points.BalanceRow] = []
        self.rows: list[points.BalanceRow] = []  # the visible ones, in order
        self._filter = (None, False, None)
        self._sort = (0, Qt.SortOrder.AscendingOrder)  # name order: what the first screenful shows

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Scheme"), self.tr("Balance"), self.tr("Unit"),
                self.tr("Check")]

    def set_rows(self, rows) -> None:
        self.all = list(rows)
        self._apply()

    def set_filter(self, scheme_id: str | None, flagged_only: bool, ids: set[str] | None) -> None:
        self._filter = (scheme_id, flagged_only, ids)
        self._apply()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply()

    def _apply(self) -> None:
        scheme_id, flagged_only, ids = self._filter
        rows = [r for r in self.all if (not scheme_id or r.scheme_id == scheme_id) and (not flagged_only or r.flagged)
                and (ids is None or r.volunteer_id in ids)]
        column, order = self._sort
        # ties broken by (name, volunteer, scheme): the first screenful is exactly the head of the full list
        keys = {0: lambda r: (r.name, r.volunteer_id, r.scheme_id),
                1: lambda r: (r.phone, r.name, r.volunteer_id, r.scheme_id),
                2: lambda r: (r.scheme, r.name, r.volunteer_id, r.scheme_id),
                3: lambda r: (r.balance, r.name, r.volunteer_id, r.scheme_id),
                4: lambda r: (r.unit, r.name, r.volunteer_id, r.scheme_id),
                5: lambda r: (r.flagged, r.name, r.volunteer_id, r.scheme_id)}
        rows.sort(key=keys.get(column, keys[3]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.name, row.phone, row.scheme, points.fmt_amount(row.balance), row.unit,
                    self.tr("Overdrawn: settle it") if row.flagged else ""][col]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.flagged:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class BalancesView(QWidget):
    first_shown = Signal()  # the first screenful is in the table, with exact balances
    all_shown = Signal()  # every balance row is in the table

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.index = ctx, None
        self.complete = False  # every balance row loaded (not only the first screenful)
        self._latest = [0]  # the current refresh; a list, so a worker can read it without the widget
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, pinyin or initials, phone"))
        self.scheme = QComboBox()
        self.scheme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.flagged = QCheckBox(self.tr("Only overdrawn"))
        self.model = BalanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self.open_statement())
        SearchKeys(self.search, self.table, self.open_statement)  # Down into the results, Enter: the statement
        self.count = QLabel()
        self.status = QLabel(self.tr("Computing all balances..."))
        self.status.setStyleSheet("color: #6b6b6b;")
        self.statement_button = QPushButton(self.tr("Statement..."))
        self.award_button = QPushButton(self.tr("Award or deduct..."))
        self.redeem_button = QPushButton(self.tr("Redeem goods..."))
        self.board_button = QPushButton(self.tr("Monthly board (PDF)..."))
        self.transfer_button = QPushButton(self.tr("Give hours..."))
        self.transfer_button.clicked.connect(self.open_transfer)
        self.statement_button.clicked.connect(self.open_statement)
        self.award_button.clicked.connect(self.open_award)
        self.redeem_button.clicked.connect(self.open_redeem)
        self.board_button.clicked.connect(self.open_board)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.scheme)
        top.addWidget(self.flagged)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        for button in (self.statement_button, self.award_button, self.redeem_button, self.transfer_button,
                       self.board_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.apply_filter)
        self.scheme.currentIndexChanged.connect(self.apply_filter)
        self.flagged.toggled.connect(self.apply_filter)
        self.schemes: list = []
        self._indexing = False
        self._shown_all = False  # a full list was shown once: refreshes do not fall back to the first screenful
        QTimer.singleShot(0, self, self.refresh)  # once the page is built and painted (as the roster)

    def load_index(self) -> None:
        """The roster's search index (pinyin for every volunteer: long Python work on the worker),
        asked for once the first screenful is up, so it does not hold the page back."""
        if self.index is None and not self._indexing:
            self._indexing = True
            self.ctx.ops.db(load_index, self.ctx.db, True, on_done=alive(self, self._indexed))

    def refresh(self) -> None:
        """The first screenful now, every row after it; supersedes any refresh still under way."""
        self._latest[0] += 1
        generation, latest, ops, db = self._latest[0], self._latest, self.ctx.ops, self.ctx.db
        self.complete = False
        self.status.setVisible(True)
        if not self._shown_all:  # opening: the first screenful now; later refreshes keep the full list shown
            ops.db(load_first, db, FIRST, on_done=alive(self, lambda result: self._first(generation, result)))

        def load_all():
            if latest[0] != generation:
                return None  # superseded before it started: do not sum the ledger for nothing
            return load_balances(db)

        # the long sum waits behind the user's own database work, like the rule run
        ops.net(lambda: ops.on_db(load_all), on_done=alive(self, lambda result: self._all(generation, result)))

    def _first(self, generation: int, result) -> None:
        if generation != self._latest[0] or self.complete:
            return
        self._loaded(result)
        self.first_shown.emit()
        self.load_index()

    def _all(self, generation: int, result) -> None:
        if result is None or generation != self._latest[0]:
            return
        self.complete = self._shown_all = True
        self._loaded(result)
        self.status.setVisible(False)
        self.all_shown.emit()
        self.load_index()

    def _loaded(self, result) -> None:
        schemes, rows = result
        current = self.scheme.currentData()
        self.schemes = schemes
        self.scheme.blockSignals(True)
        self.scheme.clear()
        self.scheme.addItem(self.tr("All schemes"), None)
        for s in schemes:
            self.scheme.addItem(f"{s.name}（{s.unit}）", s.id)
        found = self.scheme.findData(current)
        self.scheme.setCurrentIndex(max(0, found))
        self.scheme.blockSignals(False)
        self.model.all = rows
        self.apply_filter()

    def _indexed(self, index) -> None:
        self.index = index
        self.apply_filter()

    def apply_filter(self) -> None:
        text = self.search.text().strip()
        ids = None
        if text:
            if self.index is not None:
                ids = set(self.index.search(text))
            else:
                ids = {r.volunteer_id for r in self.model.all if text in r.name or text in r.phone}
        self.model.set_filter(self.scheme.currentData(), self.flagged.isChecked(), ids)
        if self._shown_all:
            self.count.setText(self.tr("{0} rows").format(self.model.rowCount()))
        else:  # the first screenful only: not a total
            self.count.setText(self.tr("{0} rows so far").format(self.model.rowCount()))

    def selected(self) -> points.BalanceRow | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, Qt.ItemDataRole.UserRole)

    def open_statement(self) -> None:
        from desktop.ui.points.statement import StatementDialog

        row = self.selected()
        if row is None:
            self.count.setText(self.tr("Select a volunteer first."))
            return
        self.dialog = StatementDialog(self.ctx, row.volunteer_id, row.scheme_id, self)
        self.dialog.open()

    def open_award(self) -> None:
        from desktop.ui.points.dialogs import AwardDialog

        row = self.selected()
        self.dialog = AwardDialog(self.ctx, row.volunteer_id if row else None, row.scheme_id if row else None, self)
        self.dialog.open()

    def open_redeem(self) -> None:
        from desktop.ui.points.redeem import RedeemDialog

        row = self.selected()
        self.dialog = RedeemDialog(self.ctx, row.volunteer_id if row else None, self)
        self.dialog.open()

    def open_board(self) -> None:
        from desktop.ui.points.dialogs import BoardDialog

        self.dialog = BoardDialog(self.ctx, self.scheme.currentData(), self)
        self.dialog.open()

    def open_transfer(self) -> None:
        from desktop.ui.points.dialogs import TransferDialog

        row = self.selected()
        self.dialog = TransferDialog(self.ctx, row.volunteer_id if row else None, row.scheme_id if row else None, self)
        self.dialog.open()
