"""The roster tab: instant search, filters, the table, and the actions on a volunteer."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.roster import PARTY, RosterData, RosterFilter, RosterRow, load_roster, load_roster_rows
from desktop.services.volunteers import reactivate_volunteer
from desktop.ui.columns import fit_columns
from desktop.ui.flow import FlowLayout, pair
from desktop.ui.keys import SearchKeys, with_shortcut
from desktop.ui.ops import Change
from desktop.ui.volunteer_model import PreparedRows, VolunteerTableModel, prepare
from desktop.ui.when_shown import when_shown


class RosterView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: RosterData | None = None
        self._pending_select: str | None = None
        self._loading = self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, pinyin or initials (zs), phone, end of ID number"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("Add volunteer"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.exit_button = QPushButton(self.tr("Exit…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        for button in (self.add_button, self.edit_button, self.exit_button, self.import_button, self.export_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        filters = FlowLayout()  # wraps at large type on a small screen
        self.team_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("On roster"), "active")
        self.status_filter.addItem(self.tr("Left"), "exited")
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.political_filter = QComboBox()
        self.tag_filter = QComboBox()
        for label, combo in ((self.tr("Team"), self.team_filter), (self.tr("Status"), self.status_filter),
                             (self.tr("Political status"), self.political_filter), (self.tr("Tag"), self.tag_filter)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(pair(QLabel(label), combo))
        self.full_id = QCheckBox(self.tr("Show full ID numbers"))
        filters.addWidget(self.full_id)
        filters.addStretch(1)
        self.count = QLabel()
        filters.addWidget(self.count)
        layout.addLayout(filters)

        self.model = VolunteerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fit the columns to the first rows only: Qt's default reads 1,000 rows of every column
        # through Python, which froze the window for a second on a big roster.
        self.table.horizontalHeader().setResizeContentsPrecision(48)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.apply_search)
        for combo in (self.team_filter, self.status_filter, self.political_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.full_id.toggled.connect(self._toggle_full_id)
        from desktop.services.accounts import can

        self.full_id.setVisible(can(ctx.db, "full_id"))  # 站长 only
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        SearchKeys(self.search, self.table, self.edit_selected)  # Down into the results, Enter opens
        with_shortcut(self.add_button, "Ctrl+N")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_volunteer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.exit_button.clicked.connect(self.exit_or_reactivate)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        ctx.ops.changed.connect(self._db_changed)
        # a whole reload (after a sync, an import, a restore) waits until the roster can be seen: behind
        # the sync page it was 20,000 rows installed on the UI thread right after the sync
        self._reload_later = when_shown(self, self.refresh)
        self._update_buttons()
        # the roster's read starts once the page is built and painted: a worker in Python beside the
        # page's construction makes every one of its calls into Python wait for the GIL
        QTimer.singleShot(0, self, self.refresh)

    # --- loading ----------------------------------------------------------
    def refresh(self) -> None:
        """Reload the whole roster (in the worker); requests made while one runs become one more."""
        if self._loading:
            self._stale = True
            return
        self._loading, self._stale = True, False
        db, flt = self.ctx.db, self.current_filter()

        def load() -> tuple[RosterData, PreparedRows]:
            data = load_roster(db)
            return data, prepare(data.rows, data.index.ids(), flt)  # the model's lookups too, not on the UI thread

        self.ctx.ops.db(load, on_done=self._loaded, parent=self)

    def _db_changed(self, change: Change) -> None:
        """A write that names the volunteers it changed refreshes only their rows (one edit on a
        20,000-person roster is one row, not a 6 s reload); anything else reloads everything."""
        if change.entity == "volunteer" and change.ids and self.data is not None and not self._loading:
            self.ctx.ops.db(load_roster_rows, self.ctx.db, self.data.year, change.ids, on_done=self._rows_changed,
                            parent=self)
        else:
            self._reload_later()

    def _rows_changed(self, rows: list[RosterRow]) -> None:
        if self.data is None:
            return
        index = self.data.index
        positions = [index.upsert(row) for row in rows]
        rows = [replace(row, sort_name=index.sort_name(row.id)) for row in rows]
        self.model.upsert_rows(rows, positions, search=index.search_positions(self.search.text().strip()))
        self._update_count()
        if self._pending_select:
            self.select(self._pending_select)
            self._pending_select = None

    def _loaded(self, result: tuple[RosterData, PreparedRows]) -> None:
        data, prepared = result
        self._loading = False
        if self._stale:  # changed again while loading: show this, then load once more
            self.refresh()
        first = self.data is None
        self.data = data
        self._fill_combo(self.team_filter, self.tr("All teams"), [(t, t) for t in data.teams])
        political = [(self.tr("Party members (incl. probationary)"), PARTY)] + [(p, p) for p in data.political]
        self._fill_combo(self.political_filter, self.tr("Any political status"), political)
        self._fill_combo(self.tag_filter, self.tr("All tags"), [(t, t) for t in data.tags])
        self.model.hours_available = data.hours_available
        self.model.install(prepared)
        self.table.setColumnHidden(VolunteerTableModel.COLUMNS.index("hours"), not data.hours_available)
        self.apply_search(self.search.text())
        if first:
            fit_columns(self.table)
        if self._pending_select:
            self.select(self._pending_select)
            self._pending_select = None

    @staticmethod
    def _fill_combo(combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, "")
        for label, value in items:
            combo.addItem(label, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # --- search and filters ---------------------------------------------------
    def current_filter(self) -> RosterFilter:
        return RosterFilter(team=self.team_filter.currentData() or "", status=self.status_filter.currentData() or "",
                            political=self.political_filter.currentData() or "", tag=self.tag_filter.currentData() or "")

    def apply_search(self, text: str) -> None:
        if self.data is None:
            return
        query = text.strip()
        self.model.set_search(self.data.index.search_positions(query), self.current_filter())
        self._update_count()

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{0} of {1} people").format(self.model.total(), self.model.all_count()))
        self._update_buttons()

    def _toggle_full_id(self, on: bool) -> None:
        from desktop.ui.privacy import confirm_reveal

        if on and not confirm_reveal(self, self.ctx):
            self.full_id.setChecked(False)
            return
        self.model.show_full_id = on
        self.table.viewport().update()

    # --- selection ----------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, volunteer_id: str) -> bool:
        row = self.model.view_row_of(volunteer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.exit_button.setEnabled(row is not None)
        self.exit_button.setText(self.tr("Re-activate") if row is not None and row.status == "exited"
                                 else self.tr("Exit…"))

    # --- actions --------------------------------------------------------------
    def _teams_and_tags(self) -> tuple[list[str], list[str]]:
        return (self.data.teams, self.data.tags) if self.data else ([], [])

    def add_volunteer(self):
        from desktop.ui.roster.dialogs import VolunteerDialog

        dialog = VolunteerDialog(self.ctx, None, *self._teams_and_tags(), parent=self)
        dialog.saved.connect(self._saved)
        dialog.open_requested.connect(self.open_volunteer)
        dialog.open()
        return dialog

    def edit_selected(self):
        row = self.selected()
        return self.open_volunteer(row.id) if row is not None else None

    def open_volunteer(self, volunteer_id: str):
        from desktop.ui.roster.dialogs import VolunteerDialog

        row = self.model.row_by_id(volunteer_id)
        if row is None:
            return None
        dialog = VolunteerDialog(self.ctx, row, *self._teams_and_tags(), parent=self)
        dialog.saved.connect(self._saved)
        dialog.open_requested.connect(self.open_volunteer)
        dialog.open()
        return dialog

    def _saved(self, volunteer_id: str) -> None:
        self._pending_select = volunteer_id

    def exit_or_reactivate(self):
        row = self.selected()
        if row is None:
            return None
        if row.status == "exited":
            answer = QMessageBox.question(self, self.tr("Re-activate"),
                                          self.tr("Put {0} back on the roster?").format(row.name))
            if answer == QMessageBox.StandardButton.Yes:
                self.ctx.ops.db(reactivate_volunteer, self.ctx.db, row.id, actor=self.ctx.actor,
                                mutates=Change("volunteer", (row.id,)), parent=self)
            return None
        from desktop.ui.roster.dialogs import ExitDialog

        dialog = ExitDialog(self.ctx, row, parent=self)
        dialog.open()
        return dialog

    def open_import(self):
        from desktop.ui.roster.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, parent=self)
        wizard.open()
        return wizard

    def export(self, path: str | None = None, full_id: bool | None = None) -> None:
        from desktop.services.export import roster_to_export, write_roster
        from desktop.ui.ops import TaskHandle
        from desktop.ui.progress import TaskProgressDialog

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export roster"), self.tr("Volunteer roster.xlsx"),
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        full = self.full_id.isChecked() if full_id is None else full_id
        task = TaskHandle()
        progress = TaskProgressDialog(self.tr("Exporting the roster…"), task, self)

        def done(count: int) -> None:
            progress.finish()
            self.count.setText(self.tr("Exported {0} people to {1}").format(count, path))

        def failed(_error) -> bool:
            progress.finish()
            return False

        def write(rows: list) -> None:  # the rows read on the database worker, the workbook written on the render pool
            self.ctx.ops.render(lambda task: write_roster(rows, path, full_id=full, progress=task.progress()),
                                on_done=done, on_error=failed, parent=self, task=task)

        self.ctx.ops.db(roster_to_export, self.ctx.db, path, full_id=full, on_done=write, on_error=failed, parent=self)
