""""有新版本 V，点此更新" in the status bar: shown when the last sync learned of a newer
installer at the county. A click asks the station head, downloads it on the network pool
(progress, cancel, resumable), checks it, and starts the installer after a second yes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.services import updates
from desktop.ui.ops import TaskHandle
from desktop.ui.progress import TaskProgressDialog


class UpdateBanner(QPushButton):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.latest: str | None = None
        self.setFlat(True)
        self.setStyleSheet("QPushButton { color: #b03a2e; font-weight: bold; }")
        self.setToolTip(self.tr("Download the new version from the county server and install it"))
        self.setVisible(False)
        self.clicked.connect(self.ask)

    def refresh(self, *_args) -> None:
        self.ctx.ops.db(updates.status, self.ctx.db, on_done=self._show, parent=self)

    def _show(self, status: updates.UpdateStatus) -> None:
        self.latest = status.latest if status.available else None
        if self.latest:
            self.setText(self.tr("New version {0}: click to update").format(self.latest))
        self.setVisible(bool(self.latest))

    def ask(self) -> None:
        answer = QMessageBox.question(self, self.tr("Update"), self.tr(
            "Version {0} is available at the county server (this PC has {1}).\n\nDownload it now? "
            "Your station's data is not changed by an update.").format(self.latest, updates.__version__))
        if answer != QMessageBox.StandardButton.Yes:
            return
        task = TaskHandle()
        dialog = TaskProgressDialog(self.tr("Downloading version {0}…").format(self.latest), task, self.window())

        def done(path) -> None:
            dialog.finish()
            again = QMessageBox.question(self, self.tr("Update"), self.tr(
                "The new version was downloaded and its signature checked.\n\nClose Station Desk and install it now?"))
            if again == QMessageBox.StandardButton.Yes:
                updates.start_installer(path)
                self.window().close()

        def failed(error: BaseException) -> None:
            dialog.finish()  # the ops' reporter then shows the Chinese message

        self.ctx.ops.net(lambda task: updates.download(self.ctx.db, progress=task.progress(), cancel=task.token),
                         task=task, on_done=done, on_error=failed, parent=self)
