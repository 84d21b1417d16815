"""Walk-in registration at the kiosk: name and (optionally) phone, nothing else."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout


class WalkInPanel(QFrame):
    submitted = Signal(str, str)  # name, phone
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("walkIn")
        self.setStyleSheet("QFrame#walkIn { background: white; border: 2px solid #2e7d32; border-radius: 10px; }"
                           "QLineEdit { font-size: 28px; padding: 6px; } QLabel { font-size: 22px; }"
                           "QPushButton { font-size: 24px; min-height: 56px; padding: 0 24px; }")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("New here? Write your name and sign in"))
        title.setStyleSheet("font-size: 26px; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.cancelled)
        self.ok_button = QPushButton(self.tr("Register and sign in"))
        self.ok_button.clicked.connect(self._submit)
        self.name.returnPressed.connect(self.phone.setFocus)
        self.phone.returnPressed.connect(self._submit)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        layout.addLayout(row)

    def start(self, name: str = "") -> None:
        self.name.setText(name)
        self.phone.clear()
        self.message.clear()
        self.ok_button.setEnabled(True)
        self.show()
        self.raise_()
        self.name.setFocus()

    def _submit(self) -> None:
        self.ok_button.setEnabled(False)
        self.submitted.emit(self.name.text(), self.phone.text())

    def failed(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(message)
