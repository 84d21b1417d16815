"""The tail every small form dialog shares: an error line under the form and
Save/Cancel wired to the dialog's save()/reject(), plus the on_error handler
that puts a user's error (bad input, a full disk) on that line.

A mixin, so a dialog stays a QDialog: `class TeamDialog(FormFooter, QDialog)`.
Button texts come translated from the caller (their context is the caller's
class); without them Qt's own translated texts are used.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QLabel

from desktop.errors import as_user_error

ERROR_STYLE = "color: #b71c1c;"


class FormFooter:
    error: QLabel
    buttons: QDialogButtonBox

    def add_footer(self, layout: QBoxLayout, ok_text: str | None = None, cancel_text: str | None = None, *,
                   ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save) -> None:
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.buttons.button(ok).setText(ok_text)
        if cancel_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _failed(self, error: BaseException) -> bool:
        """on_error for the dialog's op: a user's error goes on the error line
        (True: handled); anything else goes to the error reporter (False)."""
        self.buttons.setEnabled(True)
        user_error = as_user_error(error)
        if user_error is None:
            return False
        self.error.setText(user_error.message)
        return True
