"""Star rating 星级自查: the station against the county's star-rating indicators
(the 八有 standard) and the quantified targets, each met or missing with its
evidence; the station's own statements (signage, rules, projects) with a
photo; the self-check paper; and the evidence pack 台账资料包 for a period,
built off the UI thread with progress and Cancel (reading on the database
worker, drawing the PDF on the render pool)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.periods import span
from desktop.reports.selfcheck import SelfCheckData, stars_text, status_name
from desktop.services import evidence, selfcheck
from desktop.ui.flow import FlowLayout
from desktop.ui.ops import TaskHandle
from desktop.ui.page_header import PageHeader
from desktop.ui.progress import TaskRows, bind_bar

COLOURS = {"met": "#2e7d32", "missing": "#c62828", "pending": "#ef6c00", "county": "#1565c0"}


def _item(text: str, status: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if status in COLOURS:
        item.setForeground(QBrush(QColor(COLOURS[status])))
    item.setToolTip(text)
    return item


class DeclareDialog(QDialog):
    """State a fact for one indicator, with an optional photo."""

    def __init__(self, name: str, ask: str, text: str, has_photo: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("State: {0}").format(name))
        self.withdrawn = False
        layout = QVBoxLayout(self)
        hint = QLabel(ask)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(self.tr("What the station has, where, since when"))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.photo = QLineEdit()
        self.photo.setPlaceholderText(self.tr("A photo already given is kept") if has_photo else self.tr("No photo"))
        browse = QPushButton(self.tr("Choose a photo..."))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("Photo")))
        row.addWidget(self.photo, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = buttons.addButton(self.tr("Withdraw the statement"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.withdraw_button.setVisible(bool(text))
        self.withdraw_button.clicked.connect(self._withdraw)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a photo"))
        dialog.setNameFilter(self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.webp)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.photo.setText)
        dialog.open()

    def _withdraw(self) -> None:
        self.withdrawn = True
        self.accept()


class PackDialog(QDialog):
    """The period and the folder of an evidence pack."""

    def __init__(self, year: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence pack"))
        form = QFormLayout(self)
        today = date.today()
        self.first = QDateEdit(QDate(year, 1, 1))
        self.last = QDateEdit(QDate(year, 12, 31) if year < today.year else QDate(today.year, today.month, today.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        row = QHBoxLayout()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.folder = QLineEdit(folder)
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save into"), row)
        note = QLabel(self.tr("One PDF (cover, contents, register, every activity record with all its photos, the "
                              "monthly bulletins, the certificate register, the self-check) and a zip of the photos."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the pack"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 240)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save into"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def period(self):
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return span(first, last)


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: SelfCheckData | None = None
        self.dialog = None
        self.last_folder: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.header = PageHeader(self.tr("Star rating self-check"), self.tr(
            "The station against the county's star-rating indicators (the eight standards) and the targets. "
            "Select a line to see its evidence; state what only the station can (signage, rules, projects)."))
        layout.addWidget(self.header)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(self.refresh)
        self.header.add(self.year)
        top = FlowLayout()  # wraps at large type on a small screen
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.score.setStyleSheet("font-size: 17px; color: #8e1515;")
        self.score.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.score, 1)
        self.declare_button = QPushButton(self.tr("State..."))
        self.declare_button.setToolTip(self.tr("State what the station has for the selected indicator, with a photo"))
        self.declare_button.clicked.connect(self.declare)
        self.print_button = QPushButton(self.tr("Save the self-check as PDF..."))
        self.print_button.clicked.connect(self.save_paper)
        self.pack_button = QPushButton(self.tr("Evidence pack..."))
        self.pack_button.setToolTip(self.tr("The register, activity records, bulletins, certificates and this self-check in one PDF, with the photos"))
        self.pack_button.clicked.connect(self.ask_pack)
        for button in (self.declare_button, self.print_button, self.pack_button):
            top.addWidget(button)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        tables = QWidget()
        left = QVBoxLayout(tables)
        left.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Verdict"), self.tr("Actual"),
                                              self.tr("Points"), self.tr("Next step")])
        self.targets = QTableWidget(0, 5)
        self.targets.setHorizontalHeaderLabels([self.tr("Target"), self.tr("Period"), self.tr("Verdict"),
                                                self.tr("Actual"), self.tr("Required")])
        for table in (self.table, self.targets):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        left.addWidget(QLabel(self.tr("The eight standards")))
        left.addWidget(self.table, 3)
        left.addWidget(QLabel(self.tr("Quantified targets")))
        left.addWidget(self.targets, 2)
        split.addWidget(tables)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(8, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.detail_title)
        right.addWidget(self.detail, 1)
        right.addWidget(self.photo)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_line(row))
        self.targets.currentCellChanged.connect(lambda row, *_: self._show_target(row))
        self.table.cellDoubleClicked.connect(lambda *_: self.declare())

        self.rows = TaskRows(self.tr("Open the folder"), self.open_folder, self._set_idle, self)
        self.progress, self.cancel_button = self.rows.progress, self.rows.cancel_button
        self.status, self.open_button = self.rows.status, self.rows.open_button
        self.rows.add_to(layout)
        self._stale = True
        ctx.db_changed.connect(self._changed)
        self.refresh()

    # --- the check ---------------------------------------------------------------

    def _changed(self) -> None:
        """The check reads a whole year: redone when the page is in view, else when it next is
        (a kiosk tap elsewhere does not queue a year's reading behind it)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        db, year = self.ctx.db, self.year.value()
        self.ctx.ops.db(lambda: selfcheck.check(db, year), on_done=self.show_check, parent=self)

    def show_check(self, data: SelfCheckData) -> None:
        keep = self.table.currentRow()
        self.data = data
        rating = ""
        if data.rating:
            rating = self.tr("    The county's rating: {0} points {1}").format(
                data.rating.get("score"), stars_text(int(data.rating.get("stars") or 1)))
        self.score.setText(self.tr("Estimated {0} of {1} points  {2}    {3} of {4} standards met").format(
            data.score, data.max_score, stars_text(data.stars), data.met, len(data.lines)) + rating)
        self.score.setToolTip(self.tr("A stated fact counts in full; the county's inspection decides. "
                                      "Indicators: {0}").format(self.tr("the county's") if data.county_set else self.tr("the defaults")))
        self.table.setRowCount(len(data.lines))
        for row, line in enumerate(data.lines):
            points = f"{line.points}/{line.max_points}" if line.max_points else "—"
            for col, (text, status) in enumerate([(line.name, ""), (status_name(line.status), line.status),
                                                  (line.value, ""), (points, ""), (line.advice, "")]):
                self.table.setItem(row, col, _item(text, status))
        self.targets.setRowCount(len(data.targets))
        for row, t in enumerate(data.targets):
            for col, (text, status) in enumerate([(t.name, ""), (t.scope, ""), (status_name(t.status), t.status),
                                                  (t.actual, ""), (t.required, "")]):
                self.targets.setItem(row, col, _item(text, status))
        self.table.setCurrentCell(max(0, min(keep, len(data.lines) - 1)), 0)
        self._show_line(self.table.currentRow())

    def _line(self):
        row = self.table.currentRow()
        return self.data.lines[row] if self.data and 0 <= row < len(self.data.lines) else None

    def _show_line(self, row: int) -> None:
        if not self.data or not 0 <= row < len(self.data.lines):
            return
        line = self.data.lines[row]
        self.detail_title.setText(f"{line.name}　{status_name(line.status)}")
        parts = [self.tr("Standard: {0}").format(line.standard), self.tr("Actual: {0}").format(line.value)]
        if line.advice:
            parts.append(self.tr("Next step: {0}").format(line.advice))
        parts.append(self.tr("Evidence:") if line.evidence else self.tr("No evidence yet."))
        parts += [f"  · {text}" for text in line.evidence]
        self.detail.setPlainText("\n".join(parts))
        pixmap = QPixmap(str(line.photo)) if line.photo else QPixmap()
        self.photo.setPixmap(pixmap.scaled(300, 220, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else QPixmap())
        self.photo.setVisible(not pixmap.isNull())

    def _show_target(self, row: int) -> None:
        if not self.data or not 0 <= row < len(self.data.targets):
            return
        t = self.data.targets[row]
        self.detail_title.setText(f"{t.name}　{status_name(t.status)}")
        parts = [self.tr("Period: {0}").format(t.scope), self.tr("Required: {0}").format(t.required),
                 self.tr("Actual: {0}").format(t.actual)]
        if t.advice:
            parts.append(self.tr("Next step: {0}").format(t.advice))
        if t.records:
            parts.append(self.tr("Records counted: {0}").format(len(t.records)))
        self.detail.setPlainText("\n".join(parts))
        self.photo.setVisible(False)

    # --- statements --------------------------------------------------------------

    def declare(self) -> None:
        line = self._line()
        if line is None:
            return
        current = selfcheck.declarations  # read on the worker: the dialog opens with the statement as saved
        db = self.ctx.db
        self.ctx.ops.db(lambda: current(db).get(line.key), on_done=lambda decl: self._open_declare(line, decl), parent=self)

    def _open_declare(self, line, decl) -> None:
        ask = selfcheck.ask(line.key)
        dialog = DeclareDialog(line.name, ask, decl.text if decl else "", bool(decl and decl.photo), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_declaration(line.key, dialog))
        self.dialog = dialog
        dialog.open()

    def _save_declaration(self, key: str, dialog: DeclareDialog) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if dialog.withdrawn:
            self.ctx.ops.db(selfcheck.undeclare, db, key, actor, mutates=True, parent=self,
                            on_done=lambda _r: self.status.setText(self.tr("Statement withdrawn.")))
            return
        text, photo = dialog.text.toPlainText(), dialog.photo.text().strip() or None
        self.ctx.ops.db(selfcheck.declare, db, key, text, photo, actor, mutates=True, parent=self,
                        on_done=lambda _r: self.status.setText(self.tr("Statement saved; it goes to the county with the next sync.")))

    # --- papers -------------------------------------------------------------------

    @property
    def task(self) -> TaskHandle | None:
        return self.rows.task

    def _set_idle(self, idle: bool) -> None:
        for button in (self.print_button, self.pack_button):
            button.setEnabled(idle)

    def cancel(self) -> None:
        self.rows.cancel()

    def busy(self) -> bool:
        return self.rows.busy()

    def save_paper(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("Star rating self-check {0}.pdf").format(self.year.value())
        dialog = QFileDialog(self, self.tr("Save as"), str(Path(folder) / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_paper_to)
        self.dialog = dialog
        dialog.open()

    def save_paper_to(self, path: str | Path) -> TaskHandle:
        """Gather the paper on the database worker, then write the PDF on the render pool (in a child
        process, as the reports page does: the layout never holds the window)."""
        import functools

        from desktop.periods import year
        from desktop.printing import isolated
        from desktop.services import papers
        from desktop.services.papers import PaperRequest
        from desktop.ui.i18n import install_translators

        req = PaperRequest("selfcheck", year(self.year.value()))
        task = self.rows.start(self.tr("Writing {0}...").format(Path(path).name))
        db = self.ctx.db

        def gather(task):
            papers.check_target("pdf", path)  # a missing folder is said before the records are read
            return papers.build(db, req, task.progress())

        def write(built) -> None:
            pages, counting = self.rows.follow_pages(task)
            pdf = functools.partial(isolated.write_pdf, counting=counting, setup=install_translators)
            self.ctx.ops.render(lambda task: papers.write_built(built, "pdf", path, pages, write_pdf=pdf),
                                task=task, on_error=self.rows.failed, parent=self,
                                on_done=lambda pages: self._paper_saved(Path(path), pages))

        self.ctx.ops.db(gather, task=task, on_done=write, on_error=self.rows.failed, parent=self)
        return task

    def _paper_saved(self, path: Path, pages: int) -> None:
        self.last_folder = path.parent
        self.rows.finish(self.tr("Saved {0} ({1} pages).").format(str(path), pages))
        self.open_button.setVisible(True)

    def ask_pack(self) -> None:
        dialog = PackDialog(self.year.value(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._pack_from(dialog))
        self.dialog = dialog
        dialog.open()

    def _pack_from(self, dialog: PackDialog) -> None:
        try:
            period = dialog.period()
        except Exception as error:  # a period that ends before it starts: said in the status line
            self.ctx.reporter.show(self, error)
            return
        self.make_pack(period, Path(dialog.folder.text().strip()))

    def make_pack(self, period, folder: Path) -> TaskHandle:
        """Read the papers on the database worker, then draw the PDF and zip the photos on the render pool."""
        task = self.rows.start(self.tr("Collecting the records for the evidence pack..."))
        db = self.ctx.db

        def write(plan) -> None:
            from desktop.printing.pack import write_pack

            bind_bar(self.progress, task, self.tr("Writing the evidence pack..."), counts=False)
            self.ctx.ops.render(lambda task: evidence.write(plan, folder, write_pack=write_pack, progress=task.progress()),
                                task=task, on_done=self._pack_done, on_error=self.rows.failed, parent=self)

        self.ctx.ops.db(lambda task: evidence.gather(db, period, task.progress()), task=task, on_done=write,
                        on_error=self.rows.failed, parent=self)
        return task

    def _pack_done(self, result: evidence.Result) -> None:
        self.last_folder = result.pdf.parent
        text = self.tr("Evidence pack saved: {0} ({1} pages, {2:.1f} MB) and {3} photos in {4}.").format(
            result.pdf.name, result.pages, result.pdf_bytes / 2**20, result.photos, result.zip.name)
        self.rows.finish(" ".join([text, *result.notes]))
        self.open_button.setVisible(True)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))
