"""Keeps the help honest: every page has a topic, and every control a topic names exists on its page.

Used by tests/ui/test_help.py and by the manual builder (`make manual` fails on drift).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from desktop.ui.help import topics


def normal(text: str) -> str:
    """A label as a topic may quote it: without the & accelerator, the ellipsis or a trailing colon."""
    text = re.sub(r"<[^>]+>", "", text).replace("&", "")
    return re.sub(r"(…|\.\.\.|：|:)+$", "", text.strip()).strip()


def visible_texts(root: QWidget) -> set[str]:
    """Every label a user can read under `root`, normalised, plus every objectName."""
    found: set[str] = set()
    for widget in root.findChildren(QWidget):
        if widget.objectName():
            found.add(widget.objectName())
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            found.update(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # Qt's private list models (QListWidget's): no header
                continue
            found.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
    return {normal(t) for t in found if t}


def missing_controls(key: str, page: QWidget) -> list[str]:
    """The controls topic `key` names that `page` does not have (by visible label or objectName)."""
    texts = visible_texts(page)
    missing = []
    for label, object_name in topics.controls(key):
        if object_name and page.findChild(QWidget, object_name) is None:
            missing.append(f"{key}: objectName {object_name}")
        elif not object_name and normal(label) not in texts:
            missing.append(f"{key}: {label}")
    return missing


def pages_without_topic() -> list[str]:
    from desktop.ui import pages

    return [spec.key for spec in pages.PAGES if not topics.exists(spec.key)]
