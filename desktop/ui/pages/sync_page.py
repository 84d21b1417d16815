"""Sync 同步: enrol this PC with the county server, sync by hand (with
progress and cancel) or automatically, and see what is waiting.

Entries the PC could not use are quarantined (desktop.sync.quarantine): the
page shows "n 条数据有问题，已隔离" with a button that lists them, and tables
that keep differing from the county's (desktop.sync.check)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.enrolment import enrol_pc
from desktop.ui.ops import TaskHandle
from desktop.ui.page_header import PageHeader
from desktop.ui.progress import bind_bar
from desktop.ui.sync_status import STAGES, SyncController


class Page(QWidget):
    def __init__(self, ctx, parent=None, controller: SyncController | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller or getattr(ctx, "sync", None) or SyncController(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(PageHeader(self.tr("Sync")))
        layout.addWidget(self._enrol_box())
        layout.addWidget(self._sync_box())
        layout.addStretch(1)
        self.controller.status_changed.connect(self.show_status)
        self.controller.started.connect(self._started)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.controller.refresh()

    def _enrol_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("County server"))
        form = QFormLayout(box)
        self.server_label = QLabel()
        form.addRow(self.tr("Connected to"), self.server_label)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://county.example.cn")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH")
        self.ca = QLineEdit()
        self.ca.setPlaceholderText(self.tr("Only if the county uses its own certificate"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(self.tr("Certificate file (CA)"), ca_row)
        self.enrol_button = QPushButton(self.tr("Enrol this PC"))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_message = QLabel()
        self.enrol_message.setWordWrap(True)
        form.addRow(self.enrol_button, self.enrol_message)
        return box

    def _sync_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sync status"))
        form = QFormLayout(box)
        self.last_label, self.pending_label, self.photos_label = QLabel(), QLabel(), QLabel()
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.clock_label.setStyleSheet("color: #b00020;")
        form.addRow(self.tr("Last sync"), self.last_label)
        form.addRow(self.tr("Changes waiting to upload"), self.pending_label)
        form.addRow(self.tr("Photos waiting to upload"), self.photos_label)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_button = QPushButton(self.tr("Show them…"))
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_row = QWidget()
        problems = QHBoxLayout(self.problems_row)
        problems.setContentsMargins(0, 0, 0, 0)
        problems.addWidget(self.problems_label, 1)
        problems.addWidget(self.problems_button)
        self.problems_row.setVisible(False)
        form.addRow(self.problems_row)
        self.mismatch_label = QLabel()
        self.mismatch_label.setWordWrap(True)
        self.mismatch_label.setStyleSheet("color: #b00020;")
        form.addRow(self.mismatch_label)
        form.addRow(self.clock_label)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: self.controller.sync_now(self))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.controller.cancel)
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        form.addRow(row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        form.addRow(self.progress)
        self.auto = QCheckBox(self.tr("Sync automatically when the county server can be reached"))
        self.auto.setChecked(self.controller.auto)
        self.auto.toggled.connect(lambda on: setattr(self.controller, "auto", on))
        form.addRow(self.auto)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        form.addRow(self.result_label)
        return box

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate file"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca.setText(path)

    def enrol(self) -> None:
        self.enrol_button.setEnabled(False)
        self.enrol_message.setText(self.tr("Enrolling and downloading the station's data…"))

        def done(info: dict) -> None:
            self.enrol_button.setEnabled(True)
            self.code.clear()
            text = self.tr("Enrolled: {0}.").format(info["station_name"])
            if info.get("first_sync_error"):
                text += " " + info["first_sync_error"]
            self.enrol_message.setText(text)
            self.ctx.signals.station_changed.emit()
            self.controller.refresh()

        def failed(error: BaseException) -> bool:
            self.enrol_button.setEnabled(True)
            self.enrol_message.setText(self.ctx.reporter.message_for(error)[0])
            return True

        self.ctx.ops.net(enrol_pc, self.ctx.db, self.url.text().strip(), self.code.text().strip(),
                         ca_bundle=self.ca.text().strip() or None, on_db=self.ctx.ops.on_db, mutates=True,
                         on_done=done, on_error=failed, parent=self)

    def show_status(self, status: dict) -> None:
        enrolled = bool(status.get("enrolled"))
        self.server_label.setText(status.get("server") or self.tr("not enrolled"))
        self.sync_button.setEnabled(enrolled and not self.controller.running)
        last = status.get("last_sync_at")
        self.last_label.setText(str(last).replace("T", " ") if last else self.tr("never"))
        self.pending_label.setText(str(status.get("pending_entries", 0)))
        self.photos_label.setText(str(status.get("pending_photos", 0)))
        self.clock_label.setText(status.get("clock_warning") or "")
        rejected = int(status.get("rejected_entries") or 0)
        self.problems_label.setText(status.get("rejected_text") or "")
        self.problems_row.setVisible(rejected > 0)
        self.mismatch_label.setText(status.get("mismatched_text") or "")

    def show_problems(self) -> QDialog:
        """The quarantined entries: table, row, server number and reason."""
        from desktop.sync.quarantine import listing

        rows = listing(self.ctx.db, 1000)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Data with problems"))
        layout = QVBoxLayout(dialog)
        note = QLabel(self.tr("These entries from the county server could not be used on this PC. Everything "
                              "else has been synced. They have been reported to the county and are tried again "
                              "after the app is updated."))
        note.setWordWrap(True)
        layout.addWidget(note)
        table = QTableWidget(len(rows), 4, dialog)
        table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Record"), self.tr("Number"), self.tr("Reason")])
        for n, r in enumerate(rows):
            for col, value in enumerate((r["entity"], r["row_id"], str(r["server_seq"]), r["reason"])):
                item = QTableWidgetItem(value or "-")
                item.setToolTip(value or "")
                table.setItem(n, col, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(900, 420)
        self.problems_dialog = dialog
        dialog.open()
        return dialog

    def _started(self, task: TaskHandle) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.result_label.clear()
        bind_bar(self.progress, task, lambda stage: self.tr(STAGES.get(stage, stage)))

    def _stopped(self) -> None:
        self.cancel_button.setEnabled(False)
        self.sync_button.setEnabled(True)
        self.progress.setVisible(False)

    def _finished(self, report: dict) -> None:
        self._stopped()
        self.result_label.setText(self.tr(
            "Done: uploaded {0}, downloaded {1}, merged {2}; photos uploaded {3}, already there {4}.").format(
            report["pushed"], report["pulled"], report["applied"], report["photos_uploaded"],
            report["photos_skipped"]))

    def _failed(self, message: str) -> None:
        self._stopped()
        self.result_label.setText(message)


# lupdate does not see the stage names through self.tr(variable); list them for it.
if False:  # pragma: no cover
    QCoreApplication.translate("Page", "Uploading")
    QCoreApplication.translate("Page", "Downloading")
    QCoreApplication.translate("Page", "Merging")
    QCoreApplication.translate("Page", "Checking")
    QCoreApplication.translate("Page", "Uploading photos")
