"""The PIN panel that guards leaving the kiosk: an inline panel (no popup), with a touch keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout


class PinPanel(QFrame):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pinPanel")
        self.setStyleSheet("QFrame#pinPanel { background: white; border: 2px solid #b71c1c; border-radius: 10px; }"
                           "QPushButton { font-size: 26px; min-height: 64px; min-width: 96px; }")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Station head's PIN to leave the sign-in desk"))
        title.setStyleSheet("font-size: 24px; font-weight: bold;")
        layout.addWidget(title)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(8)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setStyleSheet("font-size: 32px; padding: 6px;")
        self.edit.returnPressed.connect(self._submit)
        layout.addWidget(self.edit)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c; font-size: 20px;")
        layout.addWidget(self.message)
        keys = QGridLayout()
        for i, key in enumerate("123456789"):
            button = QPushButton(key)
            button.clicked.connect(lambda _=False, k=key: self.edit.insert(k))
            keys.addWidget(button, i // 3, i % 3)
        back = QPushButton("⌫")
        back.clicked.connect(self.edit.backspace)
        zero = QPushButton("0")
        zero.clicked.connect(lambda: self.edit.insert("0"))
        keys.addWidget(back, 3, 0)
        keys.addWidget(zero, 3, 1)
        layout.addLayout(keys)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Back to sign-in"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.ok_button = QPushButton(self.tr("Leave"))
        self.ok_button.clicked.connect(self._submit)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addLayout(row)

    def start(self) -> None:
        self.edit.clear()
        self.message.clear()
        self.show()
        self.raise_()
        self.edit.setFocus()

    def _submit(self) -> None:
        self.ok_button.setEnabled(False)
        self.submitted.emit(self.edit.text())

    def rejected(self) -> None:
        self.ok_button.setEnabled(True)
        self.edit.clear()
        self.message.setText(self.tr("Wrong PIN. The sign-in desk stays open."))
        self.edit.setFocus()
