"""The help side panel (a dock on the main window's right) and its wiring into every page.

`Help(window)` is made once by the main window: F1 toggles the current page's topic, each page
gets a 帮助 button in its title row (added here, so a new page needs nothing but its topic file),
Qt's textless buttons get tooltips, and the button's menu reopens the first-run tour and the manual.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.help import topics
from desktop.ui.help.tooltips import fill_standard_tooltips
from desktop.ui.page_header import PageHeader

# No font sizes: the headings grow from the widget's font, which follows 设置 → 字号 (desktop/ui/typesize.py).
STYLE = """
h1 { color: #8e1515; }
h2 { color: #8e1515; margin-top: 12px; }
b.ui { color: #8e1515; }
td, th { padding: 3px 6px; }
"""
MANUAL_NAME = "station-desk-manual.pdf"


def manual_path() -> Path | None:
    """The built manual: bundled beside the help topics, or `make manual`'s output in a checkout."""
    for candidate in (topics.HELP_DIR / MANUAL_NAME, topics.HELP_DIR.parents[1] / "build" / "manual" / MANUAL_NAME):
        if candidate.is_file():
            return candidate
    return None


class HelpPanel(QWidget):
    tour_requested = Signal()
    manual_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.current_key = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.search = QLineEdit()
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Search all help topics"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first)
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("helpResults")
        self.results.setVisible(False)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSpacing(2)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)
        layout.addWidget(self.results, 1)
        self.none_found = QLabel(self.tr("Nothing found. Try a shorter word."))
        self.none_found.setVisible(False)
        layout.addWidget(self.none_found)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.setSearchPaths([str(topics.folder())])
        self.browser.sourceChanged.connect(self._source_changed)
        layout.addWidget(self.browser, 3)
        buttons = QHBoxLayout()
        self.tour_button = QPushButton(self.tr("Guided tour"))
        self.tour_button.setObjectName("tourButton")
        self.tour_button.setToolTip(self.tr("Five steps over the real pages: station, roster, activity, kiosk, printing"))
        self.tour_button.clicked.connect(self.tour_requested)
        self.manual_button = QPushButton(self.tr("Operation manual (PDF)"))
        self.manual_button.clicked.connect(self.manual_requested)
        buttons.addWidget(self.tour_button)
        buttons.addWidget(self.manual_button)
        layout.addLayout(buttons)

    def show_topic(self, key: str, find: str = "") -> None:
        if not topics.exists(key):
            key = "home"
        self.browser.setSource(QUrl.fromLocalFile(str(topics.path(key))))
        self.current_key = key
        if find:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(find.split()[0])

    def _source_changed(self, url: QUrl) -> None:
        self.current_key = Path(url.toLocalFile() or url.path()).stem

    def _search(self, query: str) -> None:
        self.results.clear()
        hits = topics.search(query)
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.key)
            self.results.addItem(item)
        searching = bool(query.strip())
        self.results.setVisible(searching and bool(hits))
        self.none_found.setVisible(searching and not hits)
        if hits:
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        if self.results.count():
            self._open_hit(self.results.item(0))

    def _open_hit(self, item: QListWidgetItem) -> None:
        self.show_topic(item.data(Qt.ItemDataRole.UserRole), self.search.text())


class Help(QObject):
    """The main window's help: the dock, F1, a 帮助 button on every page, the tour and the manual."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.tour = None
        self.panel = HelpPanel()
        self.dock = QDockWidget(self.tr("Help"), window)
        self.dock.setObjectName("helpDock")
        self.dock.setWidget(self.panel)
        self.dock.setMinimumWidth(340)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        fill_standard_tooltips(self.dock)
        self.panel.tour_requested.connect(self.start_tour)
        self.panel.manual_requested.connect(self.open_manual)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
        self.shortcut.activated.connect(self.toggle)
        self.buttons: dict[str, QToolButton] = {}

    def page_created(self, key: str, page: QWidget) -> None:
        fill_standard_tooltips(page)
        button = self._button(key)
        self.buttons[key] = button
        header = page.findChild(PageHeader)
        if header is not None:
            header.add(button)
            return
        title = page.findChild(QLabel, "pageTitle")
        layout = title.parentWidget().layout() if title is not None else page.layout()
        if isinstance(layout, QBoxLayout) and title is not None and layout.indexOf(title) >= 0:
            index = layout.indexOf(title)
            layout.removeWidget(title)
            row = QHBoxLayout()
            row.addWidget(title)
            row.addStretch(1)
            row.addWidget(button)
            layout.insertLayout(index, row)
        elif isinstance(layout, QBoxLayout):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.insertLayout(0, row)

    def _button(self, key: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("helpButton")
        button.setText(self.tr("Help"))
        button.setToolTip(self.tr("Help for this page (F1)"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(lambda: self.show(key))
        menu = QMenu(button)
        # F1 shown, not set: a second F1 shortcut in the window would make both ambiguous
        page_help = menu.addAction(self.tr("Help for this page") + "\tF1")
        page_help.triggered.connect(lambda: self.show(key))
        menu.addAction(self.tr("Guided tour")).triggered.connect(self.start_tour)
        menu.addAction(self.tr("Operation manual (PDF)")).triggered.connect(self.open_manual)
        button.setMenu(menu)
        return button

    def current_key(self) -> str:
        return self.window.current_key()

    def show(self, key: str | None = None, find: str = "") -> None:
        self.panel.show_topic(key or self.current_key(), find)
        self.dock.show()
        self.dock.raise_()

    def toggle(self) -> None:
        key = self.current_key()
        if self.dock.isVisible() and self.panel.current_key == key:
            self.dock.hide()
        else:
            self.show(key)

    def start_tour(self):
        from desktop.ui.help.tour import Tour

        if self.tour is not None:
            self.tour.finish()
        self.tour = Tour(self.window)
        self.tour.start()
        return self.tour

    def open_manual(self) -> None:
        found = manual_path()
        if found is None:
            QMessageBox.information(self.window, self.tr("Operation manual"), self.tr(
                "The manual is not on this PC. Ask the county centre for the PDF, or read the help (F1)."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(found)))
