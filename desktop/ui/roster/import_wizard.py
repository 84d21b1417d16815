"""Import wizard: choose a file, confirm the header row and columns, check, import (progress, cancel)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.importers.headers import field_label
from desktop.importers.report import level_label, save_report
from desktop.importers.volunteers import (
    ImportPlan,
    Issue,
    Source,
    open_source,
    plan_import,
    set_header_row,
)
from desktop.services.volunteers import apply_import
from desktop.ui.ops import TaskHandle
from desktop.ui.progress import bind_bar
from desktop.ui.roster import alive

FIELDS = ("name", "gender", "id_card", "phone", "political_status", "teams", "tags", "skills", "join_date",
          "platform_no", "address", "note", "birth_date")


class IssueModel(QAbstractTableModel):
    """The per-row report; lazy enough for thousands of problems."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.issues: list[Issue] = []
        self._headers = (self.tr("Row"), self.tr("Column"), self.tr("Problem"), self.tr("Suggestion"),
                         self.tr("Result"))

    def set_issues(self, issues: list[Issue]) -> None:
        self.beginResetModel()
        self.issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.issues):
            return None
        issue = self.issues[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, however narrow the column
            return self.detail(index.row())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (issue.row, issue.column, issue.problem, issue.suggestion,
                level_label(issue.level))[index.column()]

    def detail(self, row: int) -> str:
        issue = self.issues[row]
        where = self.tr("Row {0}").format(issue.row) + (self.tr(", column “{0}”").format(issue.column) if issue.column else "")
        return "\n".join((where, self.tr("Problem: {0}").format(issue.problem),
                          self.tr("Suggestion: {0}").format(issue.suggestion),
                          self.tr("Result: {0}").format(level_label(issue.level))))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return self._headers[section]
        return None


class ImportWizard(QDialog):
    finished_import = Signal(int)  # rows added

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.source: Source | None = None
        self.plan: ImportPlan | None = None
        self.task: TaskHandle | None = None
        self.added: int | None = None
        self.setWindowTitle(self.tr("Import volunteers"))
        self.resize(900, 600)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._check_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self._sync_buttons()

    # --- pages ----------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Choose the roster file (.xlsx, .xls or .csv). The first sheet is read; title rows above the header "
            "are fine. Nothing is saved until you press Import."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Header row")))
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.editingFinished.connect(self._header_changed)
        top.addWidget(self.header_row)
        self.file_label = QLabel()
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)
        hint = QLabel(self.tr("Check which column holds what. Columns set to “Ignore” are not imported."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # one row per spreadsheet column (tens at most), so a widget table is fine here
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"),
                                                self.tr("Import as")])
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        layout.addWidget(self.mapping, 1)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.issue_model = IssueModel(self)
        self.issues = QTableView()
        self.issues.setModel(self.issue_model)
        self.issues.verticalHeader().setVisible(False)
        self.issues.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.issues.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.issues.setWordWrap(True)
        self.issues.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, never cut off with "…"
        self.issues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.issues, 1)
        self.issue_detail = QLabel(self.tr("Choose a row of the report to read it in full here."))
        self.issue_detail.setWordWrap(True)
        self.issue_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_detail.setStyleSheet("background: #fafafa; border: 1px solid #ddd; padding: 6px;")
        self.issue_detail.setMinimumHeight(72)
        layout.addWidget(self.issue_detail)
        self.issues.selectionModel().currentRowChanged.connect(self._issue_chosen)
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.save_report_button.clicked.connect(lambda: self.save_report())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_report_button)
        layout.addLayout(row)
        return page

    def _issue_chosen(self, current, _previous) -> None:
        if current.isValid():
            self.issue_detail.setText(self.issue_model.detail(current.row()))

    # --- navigation -------------------------------------------------------------
    def _sync_buttons(self) -> None:
        page, busy = self.pages.currentIndex(), self.task is not None
        self.back_button.setEnabled(page > 0 and not busy and self.added is None)
        self.next_button.setEnabled(not busy and not (page == 2 and self.added is not None))
        labels = {0: self.tr("Next"), 1: self.tr("Check"), 2: self.tr("Import")}
        if page == 2 and self.plan is not None:
            labels[2] = self.tr("Import {0} people").format(len(self.plan.new_rows))
        self.next_button.setText(labels[page])
        self.cancel_button.setText(self.tr("Close") if self.added is not None else self.tr("Cancel"))

    def back(self) -> None:
        self.pages.setCurrentIndex(max(self.pages.currentIndex() - 1, 0))
        self.message.setText("")
        self._sync_buttons()

    def next(self) -> None:
        self.message.setText("")
        page = self.pages.currentIndex()
        if page == 0:
            self.load_file(self.path.text().strip())
        elif page == 1:
            self.check()
        elif page == 2:
            self.run_import()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the op rolls back; the dialog closes when it reports
            self.message.setText(self.tr("Cancelling…"))
            return
        if self.added is not None:
            self.accept()
        else:
            self.reject()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster file"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path:
            self.path.setText(path)

    def _run(self, fn, *args, on_done, mutates=False, text="") -> None:
        self.task = TaskHandle()
        bind_bar(self.progress, self.task, text)
        self._sync_buttons()

        def done(result) -> None:
            self._end_task()
            on_done(result)

        def failed(error: BaseException) -> bool:
            return self._failed(error) if shiboken6.isValid(self) else True

        self.ctx.ops.db(fn, *args, on_done=alive(self, done), on_error=failed, mutates=mutates, parent=self,
                        task=self.task)

    def _end_task(self) -> None:
        self.task = None
        self.progress.hide()
        self._sync_buttons()

    def _failed(self, error: BaseException) -> bool:
        from desktop.errors import UserError

        self._end_task()
        if isinstance(error, UserError):
            self.message.setText(error.message)
            return True
        return False

    # --- steps --------------------------------------------------------------------
    def load_file(self, path: str) -> None:
        if not path:
            self.message.setText(self.tr("Choose a file first."))
            return
        self.path.setText(path)
        self._run(lambda task: open_source(path), on_done=self._source_loaded)

    def _source_loaded(self, source: Source) -> None:
        self.source = source
        self.header_row.setMaximum(max(len(source.table.rows), 1))
        self.header_row.setValue(source.header_index + 1)
        self.file_label.setText(self.tr("{0}: {1} rows").format(source.table.source, len(source.table.rows)))
        self._fill_mapping()
        self.pages.setCurrentIndex(1)
        self._sync_buttons()

    def _header_changed(self) -> None:
        if self.source is None or self.header_row.value() - 1 == self.source.header_index:
            return
        try:
            self.source = set_header_row(self.source, self.header_row.value() - 1)
        except Exception as error:  # UserError: out of range
            self.message.setText(str(error))
            return
        self._fill_mapping()

    def _fill_mapping(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        source = self.source
        headers = source.headers
        self.mapping.setRowCount(len(headers))
        choices = [(self.tr("Ignore"), "")] + [(field_label(fld), fld) for fld in FIELDS]  # once, not per column
        for col, header in enumerate(headers):
            self.mapping.setItem(col, 0, QTableWidgetItem(header or self.tr("Column {0}").format(col + 1)))
            self.mapping.setItem(col, 1, QTableWidgetItem("；".join(source.samples(col))))
            combo = QComboBox()
            for label, fld in choices:
                combo.addItem(label, fld)
            chosen = source.mapping.get(col, "")
            combo.setCurrentIndex(next((i for i, (_, fld) in enumerate(choices) if fld == chosen), 0))
            self.mapping.setCellWidget(col, 2, combo)
        self.mapping.resizeColumnToContents(0)

    def set_field(self, column: int, field: str) -> None:
        """Change what a column is imported as (the combo in the mapping table)."""
        combo = self.mapping.cellWidget(column, 2)
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def chosen_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for col in range(self.mapping.rowCount()):
            fld = self.mapping.cellWidget(col, 2).currentData()
            if fld:
                if fld in mapping.values():
                    raise ValueError(field_label(fld))
                mapping[col] = fld
        return mapping

    def check(self) -> None:
        try:
            mapping = self.chosen_mapping()
        except ValueError as error:
            self.message.setText(self.tr("Two columns are set to “{0}”. Set one of them to “Ignore”.").format(error))
            return
        source = Source(self.source.table, self.source.header_index, mapping)
        self._run(lambda task: plan_import(self.ctx.db, source, progress=task.progress()),
                  on_done=self._checked, text=self.tr("Checking"))

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        s = plan.summary()
        self.summary.setText(self.tr(
            "{0} rows read: {1} new, {2} already on the roster, {3} repeated in the file, {4} with problems "
            "(not imported), {5} warnings. Fix the rows in the report and import the file again: rows already "
            "imported are not added twice.").format(s["rows"], s["new"], s["already"], s["duplicates_in_file"],
                                                    s["errors"], s["warnings"]))
        self.issue_model.set_issues(plan.issues)
        self.issues.resizeColumnToContents(0)
        if len(plan.issues) <= 500:  # taller rows for wrapped text; beyond that the detail pane reads them
            self.issues.resizeRowsToContents()
        if plan.issues:
            self.issues.selectRow(0)
        self.pages.setCurrentIndex(2)
        self._sync_buttons()

    def run_import(self) -> None:
        plan = self.plan
        self._run(lambda task: apply_import(self.ctx.db, plan, actor=self.ctx.actor,
                                            progress=task.progress()),
                  on_done=self._imported, mutates=True, text=self.tr("Importing"))

    def _imported(self, added: int) -> None:
        self.added = added
        self.summary.setText(self.tr("Imported {0} people. You can save the report for the rows that need "
                                     "fixing.").format(added))
        self.finished_import.emit(added)
        self._sync_buttons()

    def save_report(self, path: str | None = None) -> None:
        if self.plan is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), self.tr("Import report.xlsx"),
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return
        issues, source = self.plan.issues, self.plan.source
        self.ctx.ops.db(lambda: save_report(issues, path, source), parent=self,
                        on_done=alive(self, lambda p: self.message.setText(self.tr("Report saved to {0}").format(p))))
