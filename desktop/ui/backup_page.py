"""设置 → 备份与恢复: the backups (date, size, what they hold), a preview, and restore (站长 only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.services.accounts import can
from desktop.services.restore import BackupPreview, describe_backups, preview_file, restore_backup


class BackupRestoreBox(QGroupBox):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Backup and restore"))
        self.entries: list = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Backup"), self.tr("Date"), self.tr("Size"),
                                              self.tr("Volunteers"), self.tr("Activities")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # the whole date
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.load)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(lambda: self.restore(self.selected_path()))
        self.restore_button.setEnabled(False)
        allowed = can(ctx.db, "restore")
        self.file_button.setVisible(allowed)
        self.restore_button.setVisible(allowed)
        if not allowed:
            self.preview.setText(self.tr("Only the station head may restore a backup."))
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.file_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.load()

    def load(self) -> None:
        self.ctx.ops.db(describe_backups, self.ctx.db, on_done=self._fill)

    def _fill(self, entries) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for i, entry in enumerate(entries):
            if isinstance(entry, BackupPreview):
                values = (Path(entry.path).name, f"{entry.modified:%Y-%m-%d %H:%M}", f"{entry.size_bytes // 1024} KB",
                          str(entry.counts.get("volunteer", "")), str(entry.counts.get("activity", "")))
            else:
                values = (entry[0].name, "", "", self.tr("cannot be opened"), "")
            for j, text in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.entries[rows[0].row()]
        return Path(entry.path) if isinstance(entry, BackupPreview) else entry[0]

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.entries[rows[0].row()] if rows else None
        self.restore_button.setEnabled(isinstance(entry, BackupPreview))
        if entry is not None and can(self.ctx.db, "restore"):
            self.preview.setText(entry.summary if isinstance(entry, BackupPreview) else entry[1])

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), "", self.tr("Backups (*.sqlite)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path | None, *, confirm: bool = True) -> None:
        if path is None:
            return
        try:
            preview = preview_file(path, self.ctx.db.key)
        except UserError as error:
            self.message.setText(error.message)
            return
        if confirm:
            question = self.tr("Everything on this PC is replaced by this backup. The current data is backed up "
                               "first. Restore?")
            answer = QMessageBox.question(self, self.tr("Restore"), preview.summary + "\n\n" + question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.restore_button.setEnabled(False)
        self.ctx.ops.db(restore_backup, self.ctx.db, path, mutates=True, on_done=self._restored,
                        on_error=self._failed)

    def _restored(self, result) -> None:
        self.message.setText(self.tr("Restored {0}. The data before it was backed up to {1}.").format(
            Path(result.restored).name, Path(result.safety_backup).name if result.safety_backup else "—"))
        self.ctx.signals.station_changed.emit()
        self.load()

    def _failed(self, error) -> bool:
        self.restore_button.setEnabled(True)
        if isinstance(error, UserError):
            self.message.setText(error.message)
            return True
        return False
