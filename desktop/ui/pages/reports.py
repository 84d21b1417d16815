"""Reports 报表: pick a paper and its period, activity or volunteer, then
preview, print, or save it as PDF or Excel. Building and writing run on the
database worker with a progress bar and a Cancel button; the UI thread only
shows the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.printing import document
from desktop.printing.papers import export_paper
from desktop.progress import Cancelled
from desktop.reports.catalog import KINDS, Choices, PaperRequest, build, choices
from desktop.reports.periods import month, span, year
from desktop.services.certificates import RegisterRow, certificate_register, void_certificate
from desktop.ui.ops import TaskHandle
from desktop.ui.page_header import PageHeader
from desktop.ui.page_preview import PagePreviewDialog
from desktop.ui.progress import bind_bar


class CertificatesModel(QAbstractTableModel):
    """The certificate register for the chosen year (a few hundred rows at most)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RegisterRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Name"), self.tr("Period"), self.tr("Hours"), self.tr("Issued on"),
                self.tr("Handling officer"), self.tr("State")]

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b71c1c") if row.voided or row.duplicate else None
        if index.column() == 6:
            if row.voided:
                return self.tr("Cancelled: {0}").format(row.reason)
            return self.tr("Number issued twice: check") if row.duplicate else self.tr("Valid")
        return (row.number, row.name, row.period, f"{row.hours:g}", f"{row.issued_on:%Y-%m-%d}",
                row.handler)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.last_saved: Path | None = None
        self.dialog = None  # the open preview / print / file dialog, if any
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(PageHeader(self.tr("Reports"), self.tr(
            "Every paper prints on A4 with page numbers; ID numbers and phones are masked "
            "unless you ask for them in full.")))
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.papers = QListWidget()
        self.papers.setMaximumWidth(260)
        self.papers.setSpacing(4)
        for kind, label in self._paper_labels().items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.papers.addItem(item)
        body.addWidget(self.papers)
        body.addWidget(self._options_box(), 1)
        self.papers.currentRowChanged.connect(self._paper_changed)
        self.papers.setCurrentRow(0)
        ctx.db_changed.connect(self.reload_choices)
        ctx.db_changed.connect(self.reload_certificates)
        self.reload_choices()

    def _paper_labels(self) -> dict[str, str]:
        return {
            "register": self.tr("Volunteer service register"),
            "signin-sheet": self.tr("Sign-in sheet"),
            "activity-record": self.tr("Activity record with photos"),
            "certificate": self.tr("Service certificate"),
            "certificate-register": self.tr("Certificate register"),
            "monthly": self.tr("Monthly figures and target check"),
        }

    # --- the options form ------------------------------------------------------

    def _options_box(self) -> QWidget:
        box = QGroupBox(self.tr("Options"))
        outer = QVBoxLayout(box)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        today = QDate.currentDate()
        self.period_kind = QComboBox()
        self.period_kind.addItem(self.tr("A month"), "month")
        self.period_kind.addItem(self.tr("A year"), "year")
        self.period_kind.addItem(self.tr("From ... to ..."), "range")
        self.period_kind.currentIndexChanged.connect(self._update_visibility)
        self.month = QDateEdit(today)
        self.month.setDisplayFormat("yyyy-MM")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year())
        self.first = QDateEdit(QDate(today.year(), 1, 1))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        range_row = QHBoxLayout()
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last)
        self.range_box = QWidget()
        self.range_box.setLayout(range_row)
        range_row.setContentsMargins(0, 0, 0, 0)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Per volunteer"), "volunteer")
        self.group_by.addItem(self.tr("Per activity"), "activity")
        self.group_by.currentIndexChanged.connect(self._update_visibility)
        self.activity = QComboBox()
        self.activity.setMinimumContentsLength(30)
        self.volunteer = QComboBox()
        self.volunteer.setEditable(True)  # type a name to find it (the completer filters the list)
        self.volunteer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.only_volunteer = QComboBox()
        self.only_volunteer.setEditable(True)
        self.only_volunteer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.blank = QRadioButton(self.tr("Blank, with the team's names, for signing by hand"))
        self.filled = QRadioButton(self.tr("Filled in from the kiosk sign-ins"))
        self.blank.setChecked(True)
        self.sheet_kind = QButtonGroup(self)
        self.sheet_kind.addButton(self.blank)
        self.sheet_kind.addButton(self.filled)
        sheet_box = QWidget()
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.blank)
        sheet_layout.addWidget(self.filled)
        self.handler = QLineEdit()
        self.handler.setPlaceholderText(self.tr("Who issues it (required to issue)"))
        self.in_charge = QLineEdit()
        self.in_charge.setPlaceholderText(self.tr("Default: the station head"))
        self.full_id = QCheckBox(self.tr("Show ID card numbers and phones in full"))
        self.rows = {
            "period": (self.tr("Period"), self.period_kind), "month": (self.tr("Month"), self.month),
            "year": (self.tr("Year"), self.year), "range": (self.tr("Dates"), self.range_box),
            "by": (self.tr("Group"), self.group_by), "activity": (self.tr("Activity"), self.activity),
            "volunteer": (self.tr("Volunteer"), self.volunteer),
            "only": (self.tr("Volunteers"), self.only_volunteer), "sheet": (self.tr("Sheet"), sheet_box),
            "handler": (self.tr("Handling officer"), self.handler),
            "in_charge": (self.tr("Person in charge"), self.in_charge), "full_id": ("", self.full_id),
        }
        for label, widget in self.rows.values():
            self.form.addRow(label, widget)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        outer.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.print_button = QPushButton(self.tr("Print..."))
        self.pdf_button = QPushButton(self.tr("Save PDF..."))
        self.xlsx_button = QPushButton(self.tr("Save Excel..."))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_paper)
        self.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_save("xlsx"))
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)
        result_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_last)
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_button)
        outer.addLayout(result_row)
        outer.addWidget(self._certificates_box(), 1)
        outer.addStretch(1)
        return box

    def _certificates_box(self) -> QWidget:
        self.certificates = CertificatesModel(self)
        self.cert_box = QGroupBox(self.tr("Certificates issued"))
        layout = QVBoxLayout(self.cert_box)
        self.cert_view = QTableView()
        self.cert_view.setModel(self.certificates)
        self.cert_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cert_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.cert_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cert_view.horizontalHeader().setStretchLastSection(True)
        self.cert_view.verticalHeader().setVisible(False)
        layout.addWidget(self.cert_view)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("Print again..."))
        self.void_button = QPushButton(self.tr("Cancel this certificate..."))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.void_button.clicked.connect(self.ask_void)
        row.addWidget(self.reprint_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.year.valueChanged.connect(self.reload_certificates)
        return self.cert_box

    def reload_certificates(self) -> None:
        if self.kind() == "certificate-register":
            self.ctx.ops.db(certificate_register, self.ctx.db, self.year.value(), on_done=self.certificates.set_rows)

    def selected_certificate(self) -> RegisterRow | None:
        rows = self.cert_view.selectionModel().selectedRows()
        return self.certificates.rows[rows[0].row()] if rows else None

    def reprint_selected(self) -> None:
        chosen = self.selected_certificate()
        if chosen is None:
            self.status.setText(self.tr("Select a certificate in the list first."))
            return
        req = PaperRequest("certificate", certificate_id=chosen.id)
        task = self._start(self.tr("Collecting the records..."))

        def show(built) -> None:
            self._show_preview(built, lambda: self._ask_printer(built))

        self.ctx.ops.db(lambda task: build(self.ctx.db, req, task.progress()), task=task, on_done=show,
                        on_error=self._failed, parent=self)

    def _ask_printer(self, built) -> None:
        self.dialog = document.print_dialog(built.doc, self, run=self._print_in_background)

    def ask_void(self) -> None:
        chosen = self.selected_certificate()
        if chosen is None or chosen.voided:
            self.status.setText(self.tr("Select a valid certificate in the list first."))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel certificate {0}").format(chosen.number))
        dialog.setLabelText(self.tr("Why is it cancelled? The number stays in the register and is never used again."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda reason: self.void(chosen.id, reason))
        self.dialog = dialog
        dialog.open()

    def void(self, certificate_id: str, reason: str) -> None:
        self.ctx.ops.db(void_certificate, self.ctx.db, certificate_id, reason, self.ctx.actor, mutates=True,
                        parent=self, on_done=lambda _: self.status.setText(self.tr("The certificate is cancelled.")))

    def kind(self) -> str:
        item = self.papers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "register"

    def _show(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.rows[key][1], visible)

    def _update_visibility(self) -> None:
        kind = self.kind()
        dated = kind in ("register", "certificate", "monthly", "certificate-register")
        period = self.period_kind.currentData()
        by_period = dated and kind not in ("monthly", "certificate-register")
        self._show("period", by_period)
        self._show("month", kind == "monthly" or (by_period and period == "month"))
        self._show("year", kind == "certificate-register" or (by_period and period == "year"))
        self._show("range", dated and kind not in ("monthly", "certificate-register") and period == "range")
        self._show("by", kind == "register")
        self._show("activity", kind in ("signin-sheet", "activity-record"))
        self._show("volunteer", kind == "certificate")
        self._show("only", kind == "register" and self.group_by.currentData() == "volunteer")
        self._show("sheet", kind == "signin-sheet")
        self._show("handler", kind == "certificate")
        self._show("in_charge", kind == "certificate")
        self._show("full_id", kind in ("register", "signin-sheet", "certificate"))
        self.xlsx_button.setEnabled(KINDS[kind][3])
        self.cert_box.setVisible(kind == "certificate-register")
        self.reload_certificates()
        hints = {
            "register": self.tr("The register lists each service with its date, place, content, hours, organiser "
                                "and person in charge, with a column for the volunteer's signature."),
            "signin-sheet": self.tr("Print the blank sheet before the activity; the filled one shows the kiosk's "
                                    "sign-ins and sign-outs."),
            "activity-record": self.tr("One page per activity for inspections and the star rating, with up to "
                                       "12 photos."),
            "certificate": self.tr("Preview shows a draft. Printing or saving gives the certificate its number "
                                   "and records it in the certificate register."),
            "certificate-register": self.tr("Every certificate number issued, including cancelled ones."),
            "monthly": self.tr("The month's figures for the county's bulletin, and the targets: met, missing "
                               "and what to do next."),
        }
        self.hint.setText(hints[kind])

    def _paper_changed(self, _row: int) -> None:
        self._update_visibility()

    def reload_choices(self) -> None:
        self.ctx.ops.db(choices, self.ctx.db, on_done=self._fill_choices)

    def _fill_choices(self, found: Choices) -> None:
        everyone = [(None, self.tr("All volunteers"))] + found.volunteers
        for combo, pairs in ((self.activity, found.activities), (self.volunteer, found.volunteers),
                             (self.only_volunteer, everyone)):
            current = combo.currentData()
            combo.clear()
            for key, label in pairs:
                combo.addItem(label, key)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else (0 if pairs else -1))

    # --- building the request ------------------------------------------------

    def request(self) -> PaperRequest:
        kind = self.kind()
        start = self.month.date()
        if kind == "certificate-register" or (kind != "monthly" and self.period_kind.currentData() == "year"):
            period = year(self.year.value())
        elif kind == "monthly" or self.period_kind.currentData() == "month":
            period = month(start.year(), start.month())
        else:
            period = span(self.first.date().toPython(), self.last.date().toPython())
        activity = self.activity.currentData() if kind in ("signin-sheet", "activity-record") else None
        volunteer = self.volunteer.currentData() if kind == "certificate" else None
        if kind == "register" and self.group_by.currentData() == "volunteer":
            volunteer = self.only_volunteer.currentData()
        return PaperRequest(kind, period, by=self.group_by.currentData(), activity_id=activity,
                            volunteer_id=volunteer, full_id=self.full_id.isChecked(),
                            blank=self.blank.isChecked(), handler=self.handler.text(),
                            person_in_charge=self.in_charge.text())

    def _start(self, text: str) -> TaskHandle:
        self.task = TaskHandle()
        bind_bar(self.progress, self.task, text, counts=False)
        self.cancel_button.setVisible(True)
        self.open_button.setVisible(False)
        self.status.setText(text)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(False)
        return self.task

    def _finish(self, message: str = "") -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(True)
        self.xlsx_button.setEnabled(KINDS[self.kind()][3])
        self.status.setText(message)

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, Cancelled):
            self._finish(self.tr("Cancelled; no file was written."))
            return True
        self._finish()
        return False  # the reporter shows the message

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def busy(self) -> bool:
        return self.task is not None

    # --- actions -----------------------------------------------------------------

    def checked_request(self) -> PaperRequest | None:
        """The request, or None after telling the user what is wrong with the options."""
        try:
            return self.request()
        except UserError as error:
            self.status.setText(error.message)
            return None

    def _build(self, on_built, issue: bool = False) -> None:
        req = self.checked_request()
        if req is None:
            return
        req.issue = issue
        task = self._start(self.tr("Collecting the records..."))
        self.ctx.ops.db(lambda task: build(self.ctx.db, req, task.progress()), task=task,
                        mutates=issue, on_done=on_built, on_error=self._failed, parent=self)

    def preview(self) -> None:
        self._build(lambda built: self._show_preview(built, self.print_paper))

    def _show_preview(self, built, on_print) -> None:
        """Draw the first pages in a worker too; the dialog only shows finished
        pictures, so the window never freezes however long the paper is."""
        task = self._start(self.tr("Drawing the pages..."))

        def show(drawn) -> None:
            if drawn is None:
                self._finish(self.tr("Cancelled; no file was written."))
                return
            images, total = drawn
            self._finish(self.tr("Preview opened."))
            self.dialog = PagePreviewDialog(built.doc.title, images, total, on_print=on_print, parent=self)
            self.dialog.open()

        self.ctx.ops.render(lambda task: document.render_images(built.doc, progress=task.progress()),
                            task=task, on_done=show, on_error=self._failed, parent=self)

    def print_paper(self) -> None:
        if not self._confirm_issue():
            return

        def ask(built) -> None:
            number = self.tr(" Certificate number {0}.").format(built.number) if built.number else ""
            self._finish(self.tr("Choose a printer.") + number)
            self.dialog = document.print_dialog(built.doc, self, run=self._print_in_background)

        self._build(ask, issue=self.kind() == "certificate")

    def _print_in_background(self, job) -> None:
        """Lay out and send the pages to the printer on a worker, with progress and Cancel."""
        task = self._start(self.tr("Printing..."))

        def done(pages) -> None:
            self._finish(self.tr("Sent {0} pages to the printer.").format(pages) if pages else
                         self.tr("Printing cancelled."))

        self.ctx.ops.render(lambda task: job(task.progress()), task=task, on_done=done,
                            on_error=self._failed, parent=self)

    def _confirm_issue(self) -> bool:
        if self.kind() != "certificate":
            return True
        if not self.handler.text().strip():
            self.status.setText(self.tr("Fill in the handling officer before issuing a certificate."))
            self.handler.setFocus()
            return False
        return True

    def default_name(self, fmt: str) -> str:
        req = self.request()
        label = KINDS[req.kind][0]
        period = req.period.label if req.period and req.kind not in ("signin-sheet", "activity-record") else ""
        item = self.activity.currentText().split(" ", 1)[-1] if req.kind in ("signin-sheet", "activity-record") else ""
        name = "-".join(p for p in (label, period, item) if p)
        for bad in '\\/:*?"<>|':
            name = name.replace(bad, "_")
        return f"{name}.{fmt}"

    def ask_save(self, fmt: str) -> None:
        if not self._confirm_issue() or self.checked_request() is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Save as"), str(Path(folder) / self.default_name(fmt)))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix(fmt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(path, fmt))
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: str | Path, fmt: str) -> None:
        req = self.checked_request()
        if req is None:
            return
        req.issue = req.kind == "certificate"
        task = self._start(self.tr("Writing {0}...").format(Path(path).name))

        def run(task):
            pages, built = export_paper(self.ctx.db, req, fmt, path, task.progress())
            return pages, built.number

        self.ctx.ops.db(run, task=task, mutates=req.issue, on_error=self._failed, parent=self,
                        on_done=lambda result: self._saved(Path(path), fmt, *result))

    def _saved(self, path: Path, fmt: str, pages: int, number: str) -> None:
        self.last_saved = path
        what = self.tr("{0} pages").format(pages) if fmt == "pdf" else self.tr("Excel workbook")
        extra = self.tr(" Certificate number {0}.").format(number) if number else ""
        self._finish(self.tr("Saved {0} ({1}).").format(str(path), what) + extra)
        self.open_button.setVisible(True)

    def open_last(self) -> None:
        if self.last_saved is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved))):
            QMessageBox.information(self, self.tr("Reports"), self.tr("The file is at {0}.").format(self.last_saved))
