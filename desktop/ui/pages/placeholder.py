"""A page whose feature has not been built yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    def __init__(self, ctx, spec, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("Navigation", spec.title))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        body = QLabel(QCoreApplication.translate("Navigation", spec.hint) + "\n\n" + self.tr(
            "This part of Station Desk is not available in this version yet."))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body, 1)
