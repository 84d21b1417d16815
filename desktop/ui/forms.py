"""The tail every small form dialog shares: an error line under the form and
Save/Cancel wired to the dialog's save()/reject(), plus the on_error handler
that puts a user's error (bad input, a full disk) on that line.

A mixin, so a dialog stays a QDialog: `class TeamDialog(FormFooter, QDialog)`.
Button texts come translated from the caller (their context is the caller's
class); without them Qt's own translated texts are used.

The form above the footer goes into a FitScroll (scroll_body): invisible while
the form fits the screen, a scroll bar when large type on a small screen makes
it taller, so the Save button never falls off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

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
        scroll_body(layout)
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


class FitScroll(QScrollArea):
    """A frameless scroll area as big as its contents, but never taller than the screen allows."""

    ROOM = 200  # px kept on the screen for the title bar, the error line and the buttons

    def __init__(self, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first field gets the focus, not the frame around it
        self.setWidgetResizable(True)
        self.setWidget(body)

    def _limit(self) -> QSize:
        screen = self.screen()
        if screen is None:
            return QSize(16_777_215, 16_777_215)
        room = screen.availableGeometry().size()
        return QSize(room.width() - 40, max(200, room.height() - self.ROOM))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        limit = self._limit()
        if hint.height() > limit.height():
            hint.setWidth(hint.width() + self.verticalScrollBar().sizeHint().width())
        return hint.boundedTo(limit)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - as wide as the form needs, short enough to fit
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(min(width, self._limit().width()), min(body.minimumSizeHint().height(), 120))


def scroll_body(layout: QBoxLayout) -> FitScroll:
    """Move everything now in `layout` into a FitScroll, which takes their place."""
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    while layout.count():
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            inner.addLayout(item.layout(), stretch)
        else:
            inner.addItem(item)
    area = FitScroll(body)
    layout.addWidget(area, 1)
    return area
