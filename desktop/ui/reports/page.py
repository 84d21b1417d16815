"""Reports 报表: pick a paper and its period, activity or volunteer, then
preview, print, or save it as PDF or Excel. The papers are the registry's
(desktop.services.papers.kinds). Gathering and writing run on the database
worker with a progress bar and a Cancel button; drawing the preview runs on
a worker too; the UI thread only shows the result."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.printing import document, isolated
from desktop.services import papers
from desktop.services.papers import KINDS, PaperKind, PaperRequest
from desktop.ui.i18n import install_translators
from desktop.ui.ops import TaskHandle
from desktop.ui.page_header import PageHeader
from desktop.ui.page_preview import PagePreviewDialog
from desktop.ui.progress import TaskRows
from desktop.ui.reports.certificates import CertificatesBox
from desktop.ui.reports.options import OptionsForm, prepare_choices
from desktop.ui.when_shown import when_shown


class _FirstPages(QObject):
    """Brings a long paper's first pages from the render worker to the UI thread."""

    ready = Signal(object)


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
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
        labels = self._paper_labels()
        for kind in (k for k in KINDS.values() if k.listed):
            item = QListWidgetItem(labels.get(kind.name, kind.label))
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
            self.papers.addItem(item)
        body.addWidget(self.papers)
        body.addWidget(self._options_box(), 1)
        self.papers.currentRowChanged.connect(self._paper_changed)
        self.papers.setCurrentRow(0)
        # the choices name every volunteer (20,000 at a big station): not re-read behind another page
        self._reload_later = when_shown(self, lambda: (self.reload_choices(), self.reload_certificates()))
        ctx.db_changed.connect(self._reload_later)
        ctx.signals.activity_chosen.connect(self.options.prefer_activity)
        ctx.signals.paper_requested.connect(self.show_paper)
        self.options.prefer_activity(ctx.activity_id)
        self.reload_choices()

    def _paper_labels(self) -> dict[str, str]:
        """Translated names; a kind not listed here shows its registry title."""
        return {
            "register": self.tr("Volunteer service register"),
            "signin-sheet": self.tr("Sign-in sheet"),
            "activity-record": self.tr("Activity record with photos"),
            "certificate": self.tr("Service certificate"),
            "certificate-register": self.tr("Certificate register"),
            "monthly": self.tr("Monthly figures and target check"),
        }

    def _hints(self) -> dict[str, str]:
        """Translated hints; a kind not listed here shows its registry help line."""
        return {
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

    # --- the options box -------------------------------------------------------

    def _options_box(self) -> QWidget:
        box = QGroupBox(self.tr("Options"))
        outer = QVBoxLayout(box)
        self.options = OptionsForm()
        self.options.changed.connect(self._update_visibility)
        outer.addWidget(self.options)
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
        self.print_button.clicked.connect(lambda: self.print_paper())  # not clicked(bool) as the page count
        self.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_save("xlsx"))
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.rows = TaskRows(self.tr("Open the file"), self.open_last, self._set_idle, self)
        self.progress, self.cancel_button = self.rows.progress, self.rows.cancel_button
        self.status, self.open_button = self.rows.status, self.rows.open_button
        self.rows.add_to(outer)
        self.certs = CertificatesBox(self.ctx, self.options.year.value)
        self.certs.reprint.connect(self.reprint)
        self.certs.said.connect(self.status.setText)
        self.options.year.valueChanged.connect(self.reload_certificates)
        outer.addWidget(self.certs, 1)
        outer.addStretch(1)
        return box

    def show_paper(self, kind: str, activity_id: str | None = None) -> None:
        """Choose this paper (and activity): the Activities page's print buttons come here."""
        for row in range(self.papers.count()):
            if self.papers.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.papers.setCurrentRow(row)
        if activity_id:
            self.options.prefer_activity(activity_id)

    def kind(self) -> str:
        item = self.papers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "register"

    def paper(self) -> PaperKind:
        return KINDS[self.kind()]

    def _update_visibility(self) -> None:
        kind = self.paper()
        self.options.show_for(kind)
        self.xlsx_button.setEnabled(kind.has_table)
        self.certs.setVisible(kind.name == "certificate-register")
        self.reload_certificates()
        self.hint.setText(self._hints().get(kind.name, kind.hint))

    def _paper_changed(self, _row: int) -> None:
        self._update_visibility()

    def reload_choices(self) -> None:
        db = self.ctx.db  # the combo boxes' lookups are made in the worker too
        self.ctx.ops.db(lambda: prepare_choices(papers.choices(db)), on_done=self.options.fill_choices, parent=self)

    def reload_certificates(self) -> None:
        if self.kind() == "certificate-register":
            self.certs.reload()

    # --- progress ----------------------------------------------------------------

    @property
    def task(self) -> TaskHandle | None:
        return self.rows.task

    def _set_idle(self, idle: bool) -> None:
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(idle)
        self.xlsx_button.setEnabled(idle and self.paper().has_table)

    def cancel(self) -> None:
        self.rows.cancel()

    def busy(self) -> bool:
        return self.rows.busy()

    # --- actions -----------------------------------------------------------------

    def request(self) -> PaperRequest:
        return self.options.request(self.paper())

    def checked_request(self) -> PaperRequest | None:
        """The request, or None after telling the user what is wrong with the options."""
        try:
            return self.request()
        except UserError as error:
            self.status.setText(error.message)
            return None

    def _build(self, on_built, issue: bool = False, req: PaperRequest | None = None) -> None:
        """Gather and render on the database worker; `issue`: record it first (a certificate's number)."""
        req = req or self.checked_request()
        if req is None:
            return
        req.issue = issue
        task = self.rows.start(self.tr("Collecting the records..."))
        db = self.ctx.db

        def run(task):
            return papers.build(db, papers.issue(db, req), task.progress())

        self.ctx.ops.db(run, task=task, mutates=issue, on_done=on_built, on_error=self.rows.failed, parent=self)

    def preview(self) -> None:
        self._build(lambda built: self._show_preview(built, self.print_paper))

    def reprint(self, certificate_id: str) -> None:
        """Print an issued certificate again, under its own number."""
        def show(built) -> None:
            self._show_preview(built, lambda pages: self._ask_printer(built, pages))

        self._build(show, req=PaperRequest("certificate", certificate_id=certificate_id))

    def _ask_printer(self, built, pages: int | None = None) -> None:
        """The print dialog; `pages`: the count a preview found, which bounds the dialog's page range."""
        self.dialog = document.print_dialog(built.doc, self, pages=pages,
                                            run=lambda job: self.rows.print_in_background(self.ctx.ops, job, self))

    def _show_preview(self, built, on_print) -> None:
        """Draw the first pages in a worker too; the dialog only shows finished
        pictures, so the window never freezes however long the paper is. A long
        paper's first pages open the dialog before its pages are counted; the
        count (and the same pages with "of M" in their footers) follows, and
        closing the dialog stops it."""
        task = self.rows.start(self.tr("Drawing the pages..."))
        first = _FirstPages(self)

        def current() -> bool:
            return self.rows.task is task

        def open_dialog(images, total) -> None:
            # `on_print(pages)`: the preview's page count (None while it is counted) bounds the print dialog
            dialog = PagePreviewDialog(built.doc.title, images, total, on_print=lambda: on_print(dialog.total_pages),
                                       parent=self)
            self.dialog = dialog
            if total is None:
                task.progressed.connect(self.dialog.counting)
                self.dialog.finished.connect(lambda _result: current() and (
                    task.cancel(), self.rows.finish(self.tr("Preview opened."))))
            self.dialog.open()

        def early(images) -> None:
            if current() and (self.dialog is None or not self.dialog.isVisible()):
                self.rows.status.setText(self.tr("Counting the pages..."))
                open_dialog(images, None)

        first.ready.connect(early)

        def show(drawn) -> None:
            first.deleteLater()
            if not current():
                return  # the dialog was closed while the pages were being counted
            if drawn is None:
                self.rows.finish(self.tr("Cancelled; no file was written."))
                return
            images, total = drawn
            self.rows.finish(self.tr("Preview opened."))
            dialog = self.dialog
            if isinstance(dialog, PagePreviewDialog) and dialog.total_pages is None and dialog.isVisible():
                dialog.set_pages(images, total)
            else:
                open_dialog(images, total)

        def failed(error) -> bool:
            first.deleteLater()
            if not current():
                return True
            dialog = self.dialog
            if isinstance(dialog, PagePreviewDialog) and dialog.total_pages is None and dialog.isVisible():
                # the first pages are shown, the count failed: the dialog says so (and what still works)
                self.ctx.ops.reporter.message_for(error)  # the details go to the log
                dialog.count_failed()
                self.rows.finish(self.tr("Preview opened; the pages could not be counted."))
                return True
            return self.rows.failed(error)

        self.ctx.ops.render(lambda task: isolated.render_images(built.doc, progress=task.progress(),
                                                                setup=install_translators,
                                                                on_first=first.ready.emit),
                            task=task, on_done=show, on_error=failed, parent=self)

    def print_paper(self, pages: int | None = None) -> None:
        """Build the paper and ask for a printer; `pages`: the count a preview of the same paper found."""
        if not self._confirm_issue():
            return

        def ask(built) -> None:
            number = self.tr(" Certificate number {0}.").format(built.number) if built.number else ""
            self.rows.finish(self.tr("Choose a printer.") + number)
            self._ask_printer(built, pages)

        self._build(ask, issue=self.paper().issue is not None)

    def _confirm_issue(self) -> bool:
        if "handler" not in self.paper().options:
            return True
        if not self.options.handler.text().strip():
            self.status.setText(self.tr("Fill in the handling officer before issuing a certificate."))
            self.options.handler.setFocus()
            return False
        return True

    def default_name(self, fmt: str) -> str:
        req = self.request()
        kind = KINDS[req.kind]
        by_activity = "activity" in kind.options
        period = req.period.label if req.period and not by_activity else ""
        item = self.options.activity.currentText().split(" ", 1)[-1] if by_activity else ""
        name = "-".join(p for p in (kind.label, period, item) if p)
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
        req.issue = self.paper().issue is not None
        task = self.rows.start(self.tr("Writing {0}...").format(Path(path).name))
        db = self.ctx.db

        def run(task):
            papers.check_target(fmt, path)
            issued = papers.issue(db, req)  # the certificate takes its number before it is written
            if fmt == "pdf":
                return papers.build(db, issued, task.progress())  # written on the render pool, below
            pages, built = papers.export(db, issued, fmt, path, task.progress())
            return pages, built.number

        def built(result) -> None:
            if fmt != "pdf":
                self._saved(Path(path), fmt, *result)
                return
            pages, counting = self.rows.follow_pages(task)

            def write(task):
                pdf = functools.partial(isolated.write_pdf, counting=counting, setup=install_translators)
                return papers.write_built(result, "pdf", path, pages, write_pdf=pdf), result.number

            self.ctx.ops.render(write, task=task, on_error=self.rows.failed, parent=self,
                                on_done=lambda done: self._saved(Path(path), fmt, *done))

        self.ctx.ops.db(run, task=task, mutates=req.issue, on_error=self.rows.failed, parent=self, on_done=built)

    def _saved(self, path: Path, fmt: str, pages: int, number: str) -> None:
        self.last_saved = path
        what = self.tr("{0} pages").format(pages) if fmt == "pdf" else self.tr("Excel workbook")
        extra = self.tr(" Certificate number {0}.").format(number) if number else ""
        self.rows.finish(self.tr("Saved {0} ({1}).").format(str(path), what) + extra)
        self.open_button.setVisible(True)

    def open_last(self) -> None:
        if self.last_saved is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved))):
            QMessageBox.information(self, self.tr("Reports"), self.tr("The file is at {0}.").format(self.last_saved))
