"""Qt's own dialogs speak Chinese: file (open, save, folder), print, page setup, colour, font, message
boxes with every standard button, and the input dialog. Each is opened under zh_CN and fails on a
visible text that is English (qtbase_zh_CN.qm from PySide6, plus resources/translations/qtgaps_zh_CN.ts)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)

HAN = re.compile(r"[\u3400-\u9fff]")
# Not English words: paper and unit names as Qt's Chinese catalog itself keeps them, file patterns,
# paths, colour codes, numbers with units.
NOT_WORDS = re.compile(r"\b(JIS|ANSI|PDF|HTML|RGB|HSV|mm|in|pt|DD|CC)\b|[/\\][^ ]*|#[0-9a-fA-F]+|\*\.\w+|\d+(\.\d+)?\w*")
WORD = re.compile(r"[A-Za-z]{2,}")


def english(text: str) -> bool:
    """A visible text with no Chinese in it and an English word left once names and values are removed."""
    text = text.replace("&", "")
    return not HAN.search(text) and bool(WORD.search(NOT_WORDS.sub(" ", text)))


def visible_texts(dialog: QWidget) -> list[str]:
    texts = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        values = isinstance(widget, (QLineEdit, QAbstractSpinBox))  # what is typed in a field is a value, not UI text
        for attr in ("title", "placeholderText") if values else ("text", "title", "placeholderText"):
            getter = getattr(widget, attr, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(widget.rootIndex())
            except TypeError:  # a list model: no header
                columns = 0
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)]
    return [t for t in texts if t and t.strip()]


def _file(mode: str) -> QDialog:
    dialog = QFileDialog(None, "选择文件", "/", "表格 (*.xlsx *.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    return dialog


def _print() -> QDialog:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.printer_ = printer  # the dialog only points at it
    return dialog


def _page_setup() -> QDialog:
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter

    printer = QPrinter()
    dialog = QPageSetupDialog(printer)
    dialog.printer_ = printer
    return dialog


def _colour() -> QDialog:
    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    return dialog


def _font() -> QDialog:
    dialog = QFontDialog()
    dialog.setOption(QFontDialog.FontDialogOption.DontUseNativeDialog, True)
    return dialog


def _message() -> QDialog:
    every = QMessageBox.StandardButton(0)
    for name in ("Ok", "Save", "SaveAll", "Open", "Yes", "YesToAll", "No", "NoToAll", "Abort", "Retry", "Ignore",
                 "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "RestoreDefaults"):
        every |= getattr(QMessageBox.StandardButton, name)
    box = QMessageBox(QMessageBox.Icon.Question, "实践站工作台", "要保存修改吗？", every)
    box.setDetailedText("详细信息")
    return box


def _input(kind: str) -> QDialog:
    dialog = QInputDialog()
    dialog.setLabelText("姓名")
    if kind == "int":
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
    if kind == "items":
        dialog.setComboBoxItems(["理论宣讲", "文明风尚"])
    return dialog


DIALOGS = {
    "open file": lambda: _file("open"),
    "save file": lambda: _file("save"),
    "choose folder": lambda: _file("folder"),
    "print": _print,
    "page setup": _page_setup,
    "colour": _colour,
    "font": _font,
    "message box": _message,
    "text input": lambda: _input("text"),
    "number input": lambda: _input("int"),
    "choice input": lambda: _input("items"),
}


def test_the_checker_sees_english():
    assert english("&Look in:") and english("Files of type:") and english("OK")
    assert not english("查找范围(&L)：") and not english("美国信纸 (Letter)") and not english("210.00mm")
    assert not english("/tmp/x") and not english("JIS B5") and not english("#ffffff")


# Without a system printer (CI) the page setup dialog warns that the PDF printer is not native; it opens all the same.
NO_PRINTER = pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")


@pytest.mark.parametrize("name", [pytest.param(n, marks=NO_PRINTER) if n == "page setup" else n for n in DIALOGS])
def test_no_english_in_qt_dialogs(qtbot, chinese, name):
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    assert texts, "nothing visible to check"
    assert [t for t in texts if english(t)] == []
    dialog.close()


def test_file_dialogs_are_qt_s_own_where_the_native_one_would_be_english(qapp, monkeypatch):
    from desktop.ui.app import native_dialogs_speak_chinese

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert not native_dialogs_speak_chinese()
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert native_dialogs_speak_chinese()
    monkeypatch.setattr("sys.platform", "win32")
    assert native_dialogs_speak_chinese()
