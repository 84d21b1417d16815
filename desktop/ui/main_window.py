"""Main window: sidebar navigation, page stack, status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop.services.station import get_station
from desktop.sync.journal import pending_count
from desktop.ui import pages
from desktop.ui.context import AppContext
from desktop.ui.keys import mark_searches, page_search, with_tip
from desktop.ui.sync_status import SyncController, SyncStatusIndicator

STYLE = """
QListWidget#nav { background: #b71c1c; color: white; border: none; font-size: 15px; padding-top: 8px; }
QListWidget#nav::item { padding: 10px 18px; }
QListWidget#nav::item:selected { background: #f5f0e6; color: #b71c1c; font-weight: bold; }
QLabel#pageTitle { font-size: 20px; font-weight: bold; color: #8e1515; padding: 4px 0 8px 0; }
"""


WARM_UP_MS = 400  # after the window's first paint, before the first click


def _pending(db) -> int:
    with db.read() as session:
        return pending_count(session)


class PageScroll(QScrollArea):
    """A page inside a frameless scroll area: when the type is large and the screen small, the page
    scrolls instead of pushing the window past the screen or squeezing its texts.

    A wrapped label deep in the page that grows (height for width) re-lays out its parents up to
    the page, and the page's layout then tells the viewport (a LayoutRequest: QLayout.activate
    always calls the page's updateGeometry), but QScrollArea does not pass that on to itself and
    keeps the page too short. A filter on the viewport alone (not on the application: an app-wide
    Python filter is a call into Python for every event of every widget) re-fits the page then."""

    def __init__(self, page: QWidget):
        super().__init__()
        self.setObjectName("pageScroll")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls (and scrolls to them)
        self.setWidgetResizable(True)
        self.setWidget(page)
        self._timer = QTimer(self)  # owned, so it dies with the page (a bare singleShot would outlive it)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refit)
        self._watcher = _ViewportWatcher(self)
        self.viewport().installEventFilter(self._watcher)

    def refit(self) -> None:
        """Fit the page to its height for the viewport's width again (soon, once)."""
        if not self._timer.isActive():
            self._timer.start()

    def _refit(self) -> None:
        page = self.widget()
        if page is not None and page.layout() is not None:
            page.layout().invalidate()  # activating it re-reads every nested height for width
            page.layout().activate()
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        # invalidate() posted the page a LayoutRequest and activate() the viewport one (it always calls
        # the page's updateGeometry); both are served by now. Left queued they would come back through
        # the watcher and start this again, for ever: a refit a few milliseconds long, many times a second.
        for widget in (page, self.viewport()):
            if widget is not None:
                QCoreApplication.removePostedEvents(widget, QEvent.Type.LayoutRequest)


class _ViewportWatcher(QObject):
    def __init__(self, scroll: PageScroll):
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.scroll.refit()
        return False


def focus_first(page: QWidget) -> QWidget | None:
    """Give the focus to the page's first control in the tab order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


def _scrolling(page: QWidget) -> QScrollArea:
    return PageScroll(page)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Station Desk"))
        self.resize(1280, 760)
        self.setStyleSheet(STYLE)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(150)  # fitted to the type size by _fit_nav
        self._nav_timer = QTimer(self)
        self._nav_timer.setSingleShot(True)
        self._nav_timer.setInterval(0)
        self._nav_timer.timeout.connect(self._fit_nav)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._pending_page: tuple[int, str, QWidget] | None = None  # built, to be placed (_show_row)
        self._keys: list[str] = []
        for spec in pages.PAGES:
            item = QListWidgetItem(pages.title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self._keys.append(spec.key)
            self.stack.addWidget(QWidget())  # created lazily on first visit
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        ctx.signals.navigate.connect(self.show_page)
        for row in range(min(9, len(self._keys))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda row=row: self._go(row))
            item = self.nav.item(row)
            spec = pages.PAGES[row]
            hint = QCoreApplication.translate("Navigation", spec.hint) if spec.hint else item.text()
            item.setToolTip(with_tip(hint, f"Ctrl+{row + 1}"))
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)  # Ctrl+F: the page's search box
        self.find_shortcut.activated.connect(self.focus_search)

        self.station_label = QLabel()
        self.pending_label = QLabel()
        self.statusBar().addWidget(self.station_label, 1)
        self.statusBar().addPermanentWidget(self.pending_label)
        # One sync controller for the window: the Sync page, the indicator and
        # automatic sync (when the county server becomes reachable) share it.
        ctx.sync = self.sync = SyncController(ctx, self)
        self.sync_indicator = SyncStatusIndicator(self.sync)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        from desktop.ui.update_banner import UpdateBanner

        self.update_banner = UpdateBanner(ctx, self)
        self.statusBar().addPermanentWidget(self.update_banner)
        self.sync.finished.connect(self.update_banner.refresh)
        self.update_banner.refresh()
        self.sync.status_changed.connect(lambda status: self.pending_label.setVisible(not status.get("enrolled")))
        QTimer.singleShot(3_000, self.sync.probe)  # sync soon after start if the server is there
        ctx.db_changed.connect(self.refresh_status)
        ctx.signals.station_changed.connect(self.refresh_status)
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._timer.timeout.connect(self.refresh_status)
        self._timer.start()
        from desktop.ui.help.panel import Help

        self.help = Help(self)  # F1, the help panel, a Help button on every page, the tour
        self.nav.setCurrentRow(0)
        self._fit_nav()
        self.refresh_status()
        from desktop.ui.gc_quiet import QuietCollector

        self.collector = QuietCollector(self, busy=ctx.ops.busy)  # short full GC passes (desktop/ui/gc_quiet.py)
        # after the first paint: load the other pages' modules in the background (pages.warm_up)
        QTimer.singleShot(WARM_UP_MS, self, lambda: pages.warm_up(skip=self._keys[0]))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self._place_pending()
        key = self._keys[row]
        if key not in self._pages:
            spec = pages.PAGES[row]
            try:
                page = pages.create(spec, self.ctx, self)
            except Exception as error:  # a broken page must not take the window down
                self.ctx.reporter.show(self, error)
                return
            self._pages[key] = page
            # Its placement (style polish, first layout and paint) in the next turn of the event loop, not
            # in the one that built it: two stretches of the UI thread instead of one (at 20,000 volunteers
            # about 35 ms to build 活动, then 60 to place and paint it; bench/ui_freeze.py). The page asked
            # for in code (show_page, page, current_page) is placed at once.
            self._pending_page = (row, key, page)
            QTimer.singleShot(0, self, self._place_pending)
            return
        self.stack.setCurrentIndex(row)

    def _place_pending(self) -> None:
        pending, self._pending_page = self._pending_page, None
        if pending is None:
            return
        row, key, page = pending
        old = self.stack.widget(row)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(row, _scrolling(page))
        mark_searches(page)
        self.help.page_created(key, page)
        if self.nav.currentRow() == row:
            self.stack.setCurrentIndex(row)

    def _go(self, row: int) -> None:
        if not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)
            page = self.current_page()
            if page is not None:
                focus_first(page)  # into the page, not left on the sidebar

    def focus_search(self) -> bool:
        page = self.current_page()
        search = page_search(page) if page is not None else None
        if search is None:
            return False
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
        return True

    def current_page(self) -> QWidget | None:
        self._place_pending()
        return self._pages.get(self._keys[self.stack.currentIndex()])

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            if hasattr(self, "_nav_timer"):
                self._nav_timer.start()  # the type size changed (desktop.ui.typesize)
        super().changeEvent(event)

    def _fit_nav(self) -> None:
        font = self.nav.font()
        font.setBold(True)
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(150, widest + 2 * 18 + 16 + self.nav.iconSize().width() // 2))

    def show_page(self, key: str) -> None:
        if key in self._keys:
            self.nav.setCurrentRow(self._keys.index(key))
            self._place_pending()

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._keys[row] if row >= 0 else self._keys[0]

    def page(self, key: str) -> QWidget:
        self.show_page(key)
        return self._pages[key]

    def refresh_status(self) -> None:
        db = self.ctx.db
        self.ctx.ops.db(lambda: (get_station(db), _pending(db)), on_done=self._show_status)

    def _show_status(self, result) -> None:
        station, pending = result
        name = station.name if station else self.tr("(no station yet)")
        self.station_label.setText(self.tr("Station: {0}").format(name))
        self.pending_label.setText(self.tr("Changes not yet synced: {0}").format(pending))
        self.setWindowTitle(self.tr("Station Desk — {0}").format(name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.collector.stop()
        self.sync.timer.stop()
        self.sync.cancel()
        self.ctx.ops.shutdown()
        super().closeEvent(event)
