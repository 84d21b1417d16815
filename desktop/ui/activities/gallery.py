"""An activity's photo gallery: thumbnails; add by drag and drop, file dialog or a whole folder/USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import photos
from desktop.services.photos import IMAGE_SUFFIXES
from desktop.ui.flow import FlowLayout
from desktop.ui.ops import TaskHandle
from desktop.ui.progress import TaskProgressDialog


class GalleryModel(QAbstractListModel):
    def __init__(self, thumbnail_path, parent=None, missing=None):
        super().__init__(parent)
        self._path = thumbnail_path  # sha256 -> Path
        self._missing = missing  # called once for a photo whose file is not on this PC yet
        self._requested: set[str] = set()
        self._rows: list = []
        self._icons: dict[str, QIcon] = {}

    def arrived(self, sha256: str) -> None:
        """A lazily fetched photo is here: show its thumbnail."""
        self._icons.pop(sha256, None)
        for row, photo in enumerate(self._rows):
            if photo.sha256 == sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def set_photos(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def photo(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        photo = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.taken_at.strftime("%m-%d %H:%M") if photo.taken_at else photo.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(photo.sha256)
            if icon is None:  # a thumbnail is ~20 KB: cheap enough to decode on first show
                path = self._path(photo.sha256)
                if not path.is_file():  # came by sync: fetch it in the background
                    if self._missing is not None and photo.sha256 not in self._requested:
                        self._requested.add(photo.sha256)
                        self._missing(photo.sha256)
                    return None
                icon = self._icons[photo.sha256] = QIcon(QPixmap(str(path)))
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.original_name}\n{photo.width}×{photo.height}"
        return None


class DropListView(QListView):
    """A list view that takes files and folders dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _accepts(self, event) -> bool:
        return event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()


class Gallery(QWidget):
    changed = Signal()
    imported = Signal(object)  # ImportSummary

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = FlowLayout()  # wraps at large type on a small screen
        self.add_files = QPushButton(self.tr("Add photos…"))
        self.add_files.clicked.connect(self.choose_files)
        self.add_folder = QPushButton(self.tr("Add a folder or USB stick…"))
        self.add_folder.clicked.connect(self.choose_folder)
        self.remove = QPushButton(self.tr("Remove photo"))
        self.remove.clicked.connect(self.remove_selected)
        bar.addWidget(self.add_files)
        bar.addWidget(self.add_folder)
        bar.addWidget(self.remove)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = GalleryModel(lambda sha: photos.thumbnail_file(ctx.db, sha), self, missing=self._fetch)
        self.view = DropListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(160, 120))
        self.view.setGridSize(QSize(176, 150))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.files_dropped.connect(self.import_paths)
        self.view.doubleClicked.connect(self.open_photo)
        layout.addWidget(self.view, 1)
        self.status = QLabel(self.tr("Drag photos or a folder here, or use the buttons above."))
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        layout.addWidget(self.status)

    def _fetch(self, sha256: str) -> None:
        def done(path) -> None:
            if path is not None:
                self.model.arrived(sha256)

        self.ctx.ops.net(photos.ensure_local, self.ctx.db, sha256, on_done=done, on_error=lambda error: True)

    def show_activity(self, activity_id: str | None) -> None:
        self.activity_id = activity_id
        for button in (self.add_files, self.add_folder, self.remove):
            button.setEnabled(activity_id is not None)
        if activity_id is None:
            self.model.set_photos([])
            return
        self.ctx.ops.db(photos.list_photos, self.ctx.db, activity_id,
                        on_done=lambda rows, aid=activity_id: self._listed(aid, rows))

    def _listed(self, activity_id: str, rows: list) -> None:
        if activity_id == self.activity_id:
            self.model.set_photos(rows)

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), str(Path.home()),
                                                      self.tr("Images ({0})").format(patterns))
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add every photo in a folder"), str(Path.home()))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> TaskHandle | None:
        if self.activity_id is None:
            return None
        task = TaskHandle()
        dialog = TaskProgressDialog(self.tr("Adding photos…"), task, self)
        activity_id = self.activity_id

        def done(summary) -> None:
            dialog.finish()
            self._imported(activity_id, summary)

        def failed(_error) -> bool:
            dialog.finish()
            return False

        self.ctx.ops.db(photos.import_photos, self.ctx.db, activity_id, paths, actor=self.ctx.actor,
                        progress=task.progress(self.tr("Resizing photos…")), mutates=True,
                        on_done=done, on_error=failed, parent=self)
        self.task = task
        return task

    def _imported(self, activity_id: str, summary) -> None:
        self.status.setText(summary.message)
        notes = summary.warnings + summary.errors
        if notes:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Photos"), summary.message,
                              QMessageBox.StandardButton.Ok, self)
            box.setInformativeText("\n".join(notes[:8]) + ("\n…" if len(notes) > 8 else ""))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.imported.emit(summary)
        if activity_id == self.activity_id:
            self.show_activity(activity_id)
        self.changed.emit()

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Select a photo first."))
            return
        photo = self.model.photo(index.row())
        self.ctx.ops.db(photos.remove_photo, self.ctx.db, photo.id, self.ctx.actor, mutates=True,
                        on_done=lambda _r: self.show_activity(self.activity_id), parent=self)

    def open_photo(self, index: QModelIndex) -> None:
        photo = self.model.photo(index.row())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(photos.photo_file(self.ctx.db, photo.sha256))))
