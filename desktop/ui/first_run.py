"""First run: create this PC's station."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.services.station import setup_station
from desktop.ui.context import AppContext
from desktop.ui.help.hints import with_hint


class FirstRunDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Welcome to Station Desk"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This PC has no station yet. Fill in your station's details to begin. "
                               "You can change them later in Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Xinzhuang Village New-Era Civilization Practice Station"))
        self.village, self.town, self.county, self.head, self.phone = (QLineEdit() for _ in range(5))
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Nine teams (district plan)"), "district")
        self.preset.addItem(self.tr("Eight teams (Changzhi plan)"), "changzhi")
        self.preset.addItem(self.tr("No preset teams"), "none")
        form.addRow(self.tr("Station name *"), self.name)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Township"), self.town)
        form.addRow(self.tr("County"), self.county)
        form.addRow(self.tr("Station head"), self.head)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Preset teams"), with_hint(self.preset, "team_presets"))
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create station"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.error.clear()
        self.ok_button.setEnabled(False)
        values = dict(name=self.name.text(), village=self.village.text(), town=self.town.text(),
                      county=self.county.text(), head_name=self.head.text(), phone=self.phone.text(),
                      preset=self.preset.currentData(), actor=self.head.text().strip() or "站长")
        self.ctx.ops.db(setup_station, self.ctx.db, mutates=True, on_done=self._created, on_error=self._failed,
                        **values)

    def _created(self, station) -> None:
        self.ctx.signals.station_changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(error, UserError):
            self.error.setText(error.message)
            return True
        return False
