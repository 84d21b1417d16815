"""The keyboard: shortcuts shown where the mouse user sees them, and search boxes that lead into their lists.

    with_shortcut(self.add_button, "Ctrl+N")           # fires while the button is visible; tooltip says so
    SearchKeys(self.search, self.table, self.edit_selected)
        # in the search box, Down moves into the results (first row selected) and Enter opens the selected
        # row; in the list, Enter opens it and Up on the first row goes back to the search box

The main window adds Ctrl+F (the page's search box: an attribute named `search` that is a QLineEdit)
and Ctrl+1…9 for the sidebar (desktop.ui.main_window).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QWidget

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def shortcut_text(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def with_tip(tip: str, sequence: str) -> str:
    """A tooltip that names its shortcut: "Add a volunteer (Ctrl+N)"."""
    keys = shortcut_text(sequence)
    return f"{tip} ({keys})" if tip else keys


def with_shortcut(button: QAbstractButton, sequence: str) -> QAbstractButton:
    button.setShortcut(QKeySequence(sequence))
    tip = button.toolTip() or button.text().replace("&", "").rstrip("…").rstrip(".")
    button.setToolTip(with_tip(tip, sequence))
    return button


class SearchKeys(QObject):
    def __init__(self, search: QLineEdit, view: QAbstractItemView, open_selected: Callable[[], object]):
        super().__init__(search)
        self.search, self.view, self.open_selected = search, view, open_selected
        search.installEventFilter(self)
        view.installEventFilter(self)

    def _first_row(self) -> None:
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return
        if not self.view.selectionModel().hasSelection():
            self.view.setCurrentIndex(model.index(0, 0))
            if hasattr(self.view, "selectRow"):
                self.view.selectRow(0)

    def eventFilter(self, obj: QWidget, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if obj is self.search:
            if key == Qt.Key.Key_Down:
                self._first_row()
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in OPEN_KEYS and self.view.selectionModel() is not None and self.view.selectionModel().hasSelection():
                self.open_selected()
                return True
        elif obj is self.view:
            if key in OPEN_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.open_selected()
                return True
            if key == Qt.Key.Key_Up and self.view.currentIndex().row() <= 0:
                self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False


def searches(page: QWidget) -> list[QLineEdit]:
    """The search boxes of a page: attributes named `search` (QLineEdit) of the page or of its parts."""
    found = []
    for widget in [page, *page.findChildren(QWidget)]:
        search = vars(widget).get("search")
        if isinstance(search, QLineEdit) and search not in found:
            found.append(search)
    return found


def page_search(page: QWidget) -> QLineEdit | None:
    """The page's search box that is on screen now (the current tab's)."""
    return next((s for s in searches(page) if s.isVisible() and s.isEnabled()), None)


def mark_searches(page: QWidget) -> None:
    """Name Ctrl+F in the tooltip of every search box of the page."""
    keys = shortcut_text("Ctrl+F")
    for search in searches(page):
        if keys not in search.toolTip():
            search.setToolTip(with_tip(search.toolTip() or search.placeholderText(), "Ctrl+F"))
