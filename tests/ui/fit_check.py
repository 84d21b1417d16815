"""Does every text fit? The checks behind tests/ui/test_type_size.py.

problems(window) walks the visible widgets of a top-level window and lists
- a label, button, check box, radio button, group box title or combo box
  whose text is wider than the room it has (QFontMetrics.horizontalAdvance
  against the contents rectangle; a word-wrapped label is checked for height
  instead: heightForWidth at its width must fit its height);
- a widget that lies outside the window (widgets inside a scroll area are
  judged by the scroll area, since they can be scrolled to);
- a window bigger than the screen it is meant for.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding in the font engine


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _where(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _inside_scroll(widget: QWidget, top: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not top:
        if isinstance(w, QAbstractScrollArea) and widget is not w.viewport() and not _is_chrome(widget, w):
            return True
        w = w.parentWidget()
    return False


def _is_chrome(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """The scroll area's own scroll bars and corner, which sit outside its viewport."""
    return widget.parentWidget() is not area.viewport() and not area.viewport().isAncestorOf(widget)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    indent = max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed}px height, has {label.height()}"
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        width, height = doc.idealWidth(), doc.size().height()
    else:
        metrics = QFontMetrics(label.font())
        lines = _plain(text).split("\n") if label.buddy() is not None else text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
    if width > room.width() - indent + SLACK:
        return f"text needs {width:.0f}px, has {room.width() - indent}"
    if height > room.height() + SLACK + 2:
        return f"text needs {height:.0f}px height, has {room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    metrics = QFontMetrics(button.font())
    needed = metrics.horizontalAdvance(text)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    style = button.style()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        room -= 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button) // 2
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        room = style.subElementRect(element, option, button).width()
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        room = button.width() - 6
    else:
        room = button.width()
    if needed + icon > room + SLACK:
        return f"button text needs {needed + icon}px, has {room}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title().strip():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    needed = QFontMetrics(box.font()).horizontalAdvance(_plain(box.title()))
    if box.isCheckable():
        needed += 20
    if label.right() > box.width() + SLACK or needed > box.width() - 8:
        return f"group title needs {needed}px, box is {box.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = QFontMetrics(combo.font()).horizontalAdvance(text) + icon
    if needed > field.width() + SLACK:
        return f"choice “{text}” needs {needed}px, has {field.width()}"
    return None


def text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QAbstractButton):
        return _button_problem(widget)
    if isinstance(widget, QGroupBox):
        return _group_problem(widget)
    if isinstance(widget, QComboBox):
        return _combo_problem(widget)
    return None


def _visible_on_screen(widget: QWidget, top: QWidget) -> bool:
    """Visible and not clipped away entirely by an ancestor (e.g. scrolled out of a viewport)."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    w = widget.parentWidget()
    while w is not None and w is not top:
        rect = rect.intersected(QRect(w.mapTo(top, QPoint(0, 0)), w.size()))
        if rect.isEmpty():
            return False
        w = w.parentWidget()
    return True


def problems(top: QWidget, screen: tuple[int, int] | None = None) -> list[str]:
    found: list[str] = []
    if screen is not None and (top.width() > screen[0] or top.height() > screen[1]):
        found.append(f"{_where(top)}: window {top.width()}×{top.height()} is bigger than the screen {screen[0]}×{screen[1]}")
    bounds = top.rect()
    for widget in top.findChildren(QWidget):
        if not _visible_on_screen(widget, top) or widget.window() is not top:
            continue
        if not _inside_scroll(widget, top):
            rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            if not bounds.contains(rect):
                found.append(f"{_where(widget)}: outside the window ({rect.x()},{rect.y()} {rect.width()}×{rect.height()})")
                continue
        problem = text_problem(widget)
        if problem:
            text = getattr(widget, "text", None) or getattr(widget, "title", None) or widget.currentText
            found.append(f"{_where(widget)} “{_plain(text())[:40]}”: {problem}")
    return found
