"""The 点单 page: the queue by state, search, a request's details and history,
and the actions (intake, dispatch, accept/decline, done, rating, receipt).

All reading and writing runs on the database worker; the receipt is laid
out and written on the render pool."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import request_queries as rq
from desktop.ui.keys import SearchKeys
from desktop.ui.requests.dialogs import (
    AcceptDialog,
    DispatchDialog,
    DoneDialog,
    IntakeDialog,
    LedgerDialog,
    RateDialog,
    ResolveDialog,
    choices,
)


def load_page(db, queue: str, search: str) -> dict:
    views = rq.list_requests(db, queue=queue, search=search)
    return {"views": views, "counts": rq.queue_counts(db), "names": rq.station_names(db)}


def load_detail(db, request_id: str) -> tuple:
    view = rq.get_request(db, request_id)
    return view, rq.history(view), rq.station_names(db)


def write_receipt(db, request_id: str, path: str, half: bool) -> int:
    from desktop.printing.document import write_pdf
    from desktop.reports.requests import receipt_html

    return write_pdf(receipt_html(rq.receipt_data(db, request_id), half=half), path)


class RequestModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.views: list[rq.RequestView] = []
        self.headers = [self.tr("Number"), self.tr("Taken"), self.tr("Resident"), self.tr("Phone"),
                        self.tr("Request"), self.tr("State"), self.tr("Served by")]

    def set_views(self, views) -> None:
        self.beginResetModel()
        self.views = list(views)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        v = self.views[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            s = v.state
            state = v.label + (self.tr(" (overdue)") if v.overdue else "") + (
                self.tr(" (conflict)") if s.open_conflicts else "")
            served = "、".join(dict.fromkeys(a["team_name"] or a["volunteer_name"] for a in s.accepts)) or (
                s.team_name or s.volunteer_name or (self.tr("county") if s.state == "escalated" else ""))
            return [v.row.number, f"{v.row.requested_at:%m-%d %H:%M}", v.row.requester_name, v.row.requester_phone,
                    v.row.title, state, served][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (v.overdue or v.state.open_conflicts):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.UserRole:
            return v.id
        return None


class RequestsPage(QWidget):
    receipt_written = Signal(str, int)  # path, pages
    ledger_written = Signal(str)  # path

    QUEUE_KEYS = rq.QUEUES

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: rq.RequestView | None = None
        self.options: dict | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Residents' requests"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.clicked.connect(self.open_intake)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: request number, name or phone"))
        self.search.textChanged.connect(self.refresh)
        self.ledger_button = QPushButton(self.tr("Monthly ledger…"))
        self.ledger_button.clicked.connect(self.open_ledger)
        bar.addWidget(self.new_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.ledger_button)
        layout.addLayout(bar)

        split = QSplitter()
        self.queues = QListWidget()
        self.queue_labels = {"new": self.tr("New"), "dispatched": self.tr("Dispatched"),
                             "accepted": self.tr("Accepted"), "done": self.tr("Waiting for a rating"),
                             "rated": self.tr("Closed"), "overdue": self.tr("Overdue"),
                             "conflict": self.tr("Conflicts"), "all": self.tr("All")}
        for key in self.QUEUE_KEYS:
            item = QListWidgetItem(self.queue_labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        self.queues.setCurrentRow(len(self.QUEUE_KEYS) - 1)
        self.queues.currentRowChanged.connect(self.refresh)
        self.queues.setMaximumWidth(170)
        self.queues.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        split.addWidget(self.queues)
        self.model = RequestModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(6, 160)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        # Down from the search goes into the queue, Enter on a request goes to its first possible action
        SearchKeys(self.search, self.table, self._to_actions)
        split.addWidget(self.table)
        split.addWidget(self._detail_panel())
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([150, 640, 430])
        layout.addWidget(split, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        ctx.db_changed.connect(self.refresh)
        self.refresh()

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        col = QVBoxLayout(panel)
        self.detail = QLabel(self.tr("Pick a request to see its history."))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.detail)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Who")])
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        col.addWidget(self.history, 1)
        grid = QHBoxLayout()
        grid2 = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text, row in (("dispatch", self.tr("Dispatch…"), grid), ("accept", self.tr("Accept / decline…"), grid),
                               ("done", self.tr("Done…"), grid), ("rate", self.tr("Rating…"), grid),
                               ("receipt", self.tr("Receipt PDF…"), grid2),
                               ("receipt_half", self.tr("Half-A4 receipt…"), grid2),
                               ("resolve", self.tr("Settle conflict…"), grid2), ("cancel", self.tr("Cancel request"), grid2)):
            button = QPushButton(text)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.actions[key] = button
            row.addWidget(button)
        col.addLayout(grid)
        col.addLayout(grid2)
        return panel

    # --- loading -------------------------------------------------------------------------

    def queue(self) -> str:
        item = self.queues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"

    def refresh(self) -> None:
        self.ctx.ops.db(load_page, self.ctx.db, self.queue(), self.search.text(), on_done=self._loaded, parent=self)

    def _loaded(self, data: dict) -> None:
        keep = self.current.id if self.current else None
        self.model.set_views(data["views"])
        for row in range(self.queues.count()):
            item = self.queues.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{self.queue_labels[key]}（{data['counts'][key]}）")
        self.status.setText(self.tr("{0} requests shown.").format(len(data["views"])))
        for row, view in enumerate(self.model.views):
            if view.id == keep:
                self.table.selectRow(row)
                self.show_detail(view.id)
                return
        if keep is not None:
            self._show(None)

    def _picked(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            self.show_detail(self.model.views[current.row()].id)

    def show_detail(self, request_id: str) -> None:
        self.ctx.ops.db(load_detail, self.ctx.db, request_id, on_done=self._show, parent=self)

    def _show(self, loaded) -> None:
        if loaded is None:
            self.current = None
            self.detail.setText(self.tr("Pick a request to see its history."))
            self.history.setRowCount(0)
            for button in self.actions.values():
                button.setEnabled(False)
            return
        view, steps, names = loaded
        self.current = view
        r, s = view.row, view.state
        lines = [f"{r.number}　{r.title}", self.tr("Resident: {0} {1}").format(r.requester_name, r.requester_phone),
                 self.tr("State: {0}").format(view.label)]
        if s.owner:
            lines.append(self.tr("Next to act: {0}").format(names.get(s.owner, self.tr("county")
                                                                        if s.owner == "county" else s.owner)))
        if view.deadline:
            lines.append(self.tr("Answer due by {0}").format(f"{view.deadline:%m-%d %H:%M}")
                         + (self.tr(" (overdue)") if view.overdue else ""))
        if len(s.accepts) > 1:
            lines.append(self.tr("Accepted twice: {0}. Pick one with Settle conflict.").format(
                "、".join(a["team_name"] or a["volunteer_name"] for a in s.accepts)))
        for c in s.open_conflicts:
            lines.append("⚠ " + c.text)
        self.detail.setText("\n".join(lines))
        self.history.setRowCount(len(steps))
        for row, h in enumerate(steps):
            who = h["actor"] + ("" if h["site"] == r.station_id else f"（{names.get(h['site'], h['site'][:8])}）")
            values = [f"{h['at']:%m-%d %H:%M}", h["what"], h["detail"] + (f" ⚠ {h['conflict']}" if h["conflict"]
                                                                           else ""), who]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if h["conflict"]:
                    item.setForeground(QBrush(QColor("#c62828")))
                self.history.setItem(row, col, item)
        state = s.state
        self.actions["dispatch"].setEnabled(state in ("new", "dispatched"))
        self.actions["accept"].setEnabled(state in ("new", "dispatched", "accepted"))
        self.actions["done"].setEnabled(state in ("new", "dispatched", "accepted"))
        self.actions["rate"].setEnabled(state in ("done", "rated"))
        self.actions["cancel"].setEnabled(state in ("new", "escalated", "dispatched", "accepted"))
        self.actions["resolve"].setEnabled(bool(s.open_conflicts))
        self.actions["receipt"].setEnabled(True)
        self.actions["receipt_half"].setEnabled(True)

    # --- actions -------------------------------------------------------------------------

    def _with_options(self, then) -> None:
        self.ctx.ops.db(choices, self.ctx.db, on_done=lambda options: then(options), parent=self)

    def _to_actions(self) -> None:
        """The keyboard's "open" for a request: its details are already shown; focus what can be done next."""
        button = next((b for b in self.actions.values() if b.isEnabled()), None)
        if button is not None:
            button.setFocus(Qt.FocusReason.TabFocusReason)

    def open_intake(self) -> None:
        self._with_options(self._intake)

    def _intake(self, options) -> None:
        self.dialog = IntakeDialog(self.ctx, options, self)
        self.dialog.accepted.connect(self._intake_saved)
        self.dialog.open()

    def _intake_saved(self) -> None:
        row = self.dialog.result_value
        self.status.setText(self.tr("Request {0} recorded.").format(row.number))
        self.current = None
        self.show_detail(row.id)
        if self.dialog.print_receipt.isChecked():
            self.ask_receipt(row.id, row.number, half=False)

    def act(self, key: str) -> None:
        view = self.current
        if view is None:
            return
        ref = view.id
        if key in ("receipt", "receipt_half"):
            self.ask_receipt(ref, view.row.number, half=key == "receipt_half")
            return
        if key == "cancel":
            from desktop.services.requests import cancel

            self.ctx.ops.db(cancel, self.ctx.db, ref, actor=self.ctx.actor, mutates=True, parent=self)
            return
        if key == "rate":
            self._open(RateDialog(self.ctx, ref, self))
            return
        if key == "resolve":
            conflicts = [(c.event_id, c.text) for c in view.state.open_conflicts]
            conflicts += [(a["id"], self.tr("Keep: {0}").format(a["team_name"] or a["volunteer_name"]))
                          for a in view.state.accepts] if len(view.state.accepts) > 1 else []
            self._open(ResolveDialog(self.ctx, ref, conflicts, self))
            return
        kinds = {"dispatch": DispatchDialog, "accept": AcceptDialog, "done": DoneDialog}
        self._with_options(lambda options: self._open(kinds[key](self.ctx, ref, options, self)))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.open()

    def ask_receipt(self, request_id: str, number: str, half: bool, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt"),
                                                  str(Path.home() / self.tr("request-receipt-{0}.pdf").format(number)), "PDF (*.pdf)")
            if not path:
                return
        self.save_receipt(request_id, path, half)

    def open_ledger(self) -> None:
        self.dialog = LedgerDialog(self)
        self.dialog.accepted.connect(self._ledger_chosen)
        self.dialog.open()

    def _ledger_chosen(self) -> None:
        chosen = self.dialog.month.date()
        fmt = self.dialog.format.currentData()
        name = self.tr("request-ledger-{0}-{1:02d}.{2}").format(chosen.year(), chosen.month(), fmt)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the ledger"), str(Path.home() / name),
                                              "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)")
        if path:
            self.save_ledger(chosen.year(), chosen.month(), fmt, path)

    def save_ledger(self, year_no: int, month_no: int, fmt: str, path: str) -> None:
        """Gather on the database worker, lay out and write on the render pool."""
        from desktop.periods import month
        from desktop.printing.document import write_pdf
        from desktop.services.papers import PaperRequest, build
        from desktop.services.papers.catalog import write_built

        def written(pages) -> None:
            self.status.setText(self.tr("Ledger saved: {0}").format(path))
            self.ledger_written.emit(path)

        def write(built) -> None:
            self.ctx.ops.render(write_built, built, fmt, path, on_done=written, parent=self, write_pdf=write_pdf)

        req = PaperRequest("request-ledger", month(year_no, month_no))
        self.ctx.ops.db(build, self.ctx.db, req, on_done=write, parent=self)

    def save_receipt(self, request_id: str, path: str, half: bool = False) -> None:
        """Write the receipt PDF on the render pool (the data is read on the database worker first)."""
        from desktop.printing.document import write_pdf
        from desktop.reports.requests import receipt_html

        def written(pages) -> None:
            self.status.setText(self.tr("Receipt saved: {0}").format(path))
            self.receipt_written.emit(path, pages or 0)

        def render(data) -> None:
            doc = receipt_html(data, half=half)
            self.ctx.ops.render(write_pdf, doc, path, on_done=written, parent=self)

        self.ctx.ops.db(rq.receipt_data, self.ctx.db, request_id, on_done=render, parent=self)


Page = RequestsPage  # the name desktop.ui.pages looks for; the class name is the translation context
