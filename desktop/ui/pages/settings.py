"""Settings 设置: the station's details and where its data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.backup import backup_now
from desktop.services.station import get_station, update_station
from desktop.ui.ops import TaskHandle
from desktop.ui.page_header import PageHeader
from desktop.ui.progress import TaskProgressDialog

FIELDS = ("name", "village", "town", "county", "head_name", "phone", "address")


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(PageHeader(self.tr("Settings")))
        layout.addWidget(self._display_box())
        box = QGroupBox(self.tr("Station details"))
        form = QFormLayout(box)
        labels = (self.tr("Station name"), self.tr("Village"), self.tr("Township"), self.tr("County"),
                  self.tr("Station head"), self.tr("Phone"), self.tr("Address"))
        self.edits: dict[str, QLineEdit] = {}
        for key, label in zip(FIELDS, labels, strict=True):
            self.edits[key] = QLineEdit()
            form.addRow(label, self.edits[key])
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("Save"))
        self.save.clicked.connect(self.submit)
        self.message = QLabel()
        row.addWidget(self.save)
        row.addWidget(self.message, 1)
        form.addRow(row)
        layout.addWidget(box)
        data = QGroupBox(self.tr("Data"))
        data_form = QFormLayout(data)
        # A read-only line, not a label: a long folder (a Windows profile path) scrolls inside
        # it instead of widening the page past the window; it can still be selected and copied.
        folder = QLineEdit(str(ctx.db.data_dir))
        folder.setReadOnly(True)
        folder.setFrame(False)
        folder.setCursorPosition(0)
        folder.setToolTip(str(ctx.db.data_dir))
        data_form.addRow(self.tr("Data folder"), folder)
        data_form.addRow(self.tr("This PC's id"), QLabel(ctx.db.site_id))
        backup_row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(lambda: self.start_backup(None))
        self.backup_to_button = QPushButton(self.tr("Back up to a USB stick or folder…"))
        self.backup_to_button.clicked.connect(self.choose_backup_folder)
        self.backup_message = QLabel()
        self.backup_message.setWordWrap(True)
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.backup_to_button)
        backup_row.addStretch(1)
        data_form.addRow(self.tr("Backup"), backup_row)
        data_form.addRow("", self.backup_message)
        self.purge_status = QLabel()
        self.purge_status.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("Clear their personal data…"))
        self.purge_button.clicked.connect(self.confirm_purge)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch(1)
        data_form.addRow(self.tr("Volunteers who left"), self.purge_status)
        data_form.addRow("", purge_row)
        layout.addWidget(data)
        from desktop.ui.backup_page import BackupRestoreBox

        self.backups = BackupRestoreBox(ctx)
        layout.addWidget(self.backups, 1)
        ctx.signals.station_changed.connect(self.load)
        self.load()

    def _display_box(self) -> QGroupBox:
        from desktop.services.preferences import TYPE_SIZES, type_size_name
        from desktop.ui import typesize

        box = QGroupBox(self.tr("Display"))
        form = QFormLayout(box)
        self.type_size = QComboBox()
        for size in TYPE_SIZES:
            self.type_size.addItem(type_size_name(size), size)
        self.type_size.setCurrentIndex(TYPE_SIZES.index(typesize.current()))
        self.type_size.setToolTip(self.tr("The size of the text on every page, dialog and print preview; "
                                          "kept for the account signed in on this PC."))
        self.type_size.currentIndexChanged.connect(self._type_size_chosen)
        label = QLabel(self.tr("&Type size"))
        label.setBuddy(self.type_size)
        form.addRow(label, self.type_size)
        return box

    def _type_size_chosen(self, _index: int) -> None:
        from desktop.services.preferences import set_type_size
        from desktop.ui import typesize

        size = self.type_size.currentData()
        user = self.ctx.db.user
        set_type_size(self.ctx.db.data_dir, size, user.username if user is not None else None)
        typesize.apply_type_size(size)

    def load(self) -> None:
        self.ctx.ops.db(get_station, self.ctx.db, on_done=self._fill)
        self.load_purge()

    # --- the county's retention period for volunteers who left (issue 11) ---

    def load_purge(self) -> None:
        from desktop.services.accounts import can
        from desktop.services.privacy import purge_candidates, retention_months

        def count(db):
            return retention_months(db), len(purge_candidates(db))

        self.purge_button.setEnabled(False)
        if not can(self.ctx.db, "full_id"):
            self.purge_status.setText(self.tr("Only the station head can clear personal data."))
            return
        self.ctx.ops.db(count, self.ctx.db, on_done=self._purge_counted)

    def _purge_counted(self, counted) -> None:
        months, waiting = counted
        if months <= 0:
            self.purge_status.setText(self.tr("The county has not set how long their personal data is kept: "
                                              "nothing is cleared."))
        else:
            self.purge_status.setText(self.tr("Kept for {0} months after they leave (set by the county); "
                                              "{1} past that still have personal data.").format(months, waiting))
        self.purge_button.setEnabled(months > 0 and waiting > 0)

    def confirm_purge(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Clear personal data"),
            self.tr("Clear the ID numbers, phones, addresses and notes of the volunteers who left longer ago "
                    "than the county's period? Their names, teams and service hours stay. This cannot be undone, "
                    "and every PC of the station and the county follow it."))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_purge()

    def start_purge(self) -> None:
        from desktop.services.privacy import purge_exited

        self.purge_button.setEnabled(False)
        self.ctx.ops.db(purge_exited, self.ctx.db, mutates=True, on_done=self._purged, on_error=self._purge_failed)

    def _purged(self, n: int) -> None:
        self.purge_status.setText(self.tr("Cleared the personal data of {0} volunteers who left.").format(n))
        self.ctx.signals.station_changed.emit()

    def _purge_failed(self, error) -> bool:
        if isinstance(error, UserError):
            self.purge_status.setText(error.message)
            return True
        return False

    def _fill(self, station) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(station, key, "") if station else "")

    def submit(self) -> None:
        self.message.clear()
        changes = {key: edit.text() for key, edit in self.edits.items()}
        self.ctx.ops.db(update_station, self.ctx.db, actor=self.ctx.actor, mutates=True, on_done=self._saved,
                        on_error=self._failed, **changes)

    def _saved(self, station) -> None:
        self.message.setText(self.tr("Saved."))
        self.ctx.signals.station_changed.emit()

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to put the backup"))
        if folder:
            self.start_backup(Path(folder))

    def start_backup(self, folder: Path | None) -> None:
        self.backup_button.setEnabled(False)
        self.backup_to_button.setEnabled(False)
        self.backup_message.clear()
        task = TaskHandle()
        self.progress = TaskProgressDialog(self.tr("Backing up…"), task, self)
        self.ctx.ops.db(lambda task: backup_now(self.ctx.db, folder, progress=task.progress()),
                        task=task, on_done=self._backed_up, on_error=self._backup_failed)

    def _backup_finished(self) -> None:
        self.progress.finish()
        self.backup_button.setEnabled(True)
        self.backup_to_button.setEnabled(True)

    def _backed_up(self, result) -> None:
        self._backup_finished()
        self.backups.load()
        self.backup_message.setText(self.tr("Backed up to {0} ({1} KB, {2} new photos).").format(
            result.path, result.size_bytes // 1024, result.photos_copied))

    def _backup_failed(self, error) -> bool:
        self._backup_finished()
        if isinstance(error, UserError):
            self.backup_message.setText(error.message)
            return True
        return False

    def _failed(self, error) -> bool:
        if isinstance(error, UserError):
            self.message.setText(error.message)
            return True
        return False
