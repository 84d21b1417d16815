"""Tooltips for Qt's own buttons that show no text: the line edit's clear button, the calendar's month
arrows, a tab bar's scroll arrows and a table's select-all corner. Every textless button the app makes
itself carries its own tooltip (tests/ui/test_help.py walks every page for both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTabBar, QTableView, QWidget


def _standard(button: QAbstractButton) -> str:
    name, parent = button.objectName(), button.parent()
    if name == "qt_calendar_prevmonth":
        return QCoreApplication.translate("Tooltips", "Previous month")
    if name == "qt_calendar_nextmonth":
        return QCoreApplication.translate("Tooltips", "Next month")
    if name == "qt_calendar_yearbutton":
        return QCoreApplication.translate("Tooltips", "Choose the year")
    if name == "qt_calendar_monthbutton":
        return QCoreApplication.translate("Tooltips", "Choose the month")
    if name == "qt_dockwidget_closebutton":
        return QCoreApplication.translate("Tooltips", "Close")
    if name == "qt_dockwidget_floatbutton":
        return QCoreApplication.translate("Tooltips", "Detach or dock the panel")
    if name == "qt_tableview_cornerbutton" or isinstance(parent, QTableView):
        return QCoreApplication.translate("Tooltips", "Select all rows")
    if isinstance(parent, QTabBar):
        return QCoreApplication.translate("Tooltips", "Show more tabs")
    if isinstance(parent, QLineEdit):
        return QCoreApplication.translate("Tooltips", "Clear")
    return ""


def textless(button: QAbstractButton) -> bool:
    return not button.text().replace("&", "").strip()


def fill_standard_tooltips(root: QWidget) -> None:
    """Give Qt's textless buttons under `root` a tooltip; the app's own keep theirs."""
    for button in root.findChildren(QAbstractButton):
        if textless(button) and not button.toolTip():
            tip = _standard(button)
            if tip:
                button.setToolTip(tip)
