"""The header every page starts with: a title (styled by `QLabel#pageTitle` in the main
window's style sheet), optional widgets on its right, and an optional grey intro line.

    layout = QVBoxLayout(self)
    self.header = PageHeader(self.tr("Reports"), intro=self.tr("Every paper prints on A4…"))
    layout.addWidget(self.header)
    self.header.add(self.new_button)           # right-aligned, after a stretch
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PageHeader(QWidget):
    def __init__(self, title: str = "", intro: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.row.addWidget(self.title)
        self.row.addStretch(1)
        outer.addLayout(self.row)
        self.intro = QLabel(intro or "", self)  # a parent first: shown parentless it flashed up as a window
        self.intro.setWordWrap(True)              # of its own and took the keyboard focus from the main window
        self.intro.setStyleSheet("color: #555;")
        outer.addWidget(self.intro)
        self.intro.setVisible(bool(intro))

    def add(self, widget: QWidget) -> QWidget:
        """Put `widget` on the right of the title row; returns it."""
        self.row.addWidget(widget)
        return widget

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))
