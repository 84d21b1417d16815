"""The navigation: one entry a page, in the order the sidebar shows them.

Each page module defines `Page(ctx, parent=None)`, a QWidget; a new page is one entry here.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source; translated in context "Navigation"
    module: str  # "desktop.ui.pages.home"
    hint: str = ""  # one line on what the page is for


PAGES: list[PageSpec] = [
    PageSpec("home", "Home", "desktop.ui.pages.home"),
    PageSpec("volunteers", "Volunteers", "desktop.ui.pages.volunteers"),
    PageSpec("activities", "Activities", "desktop.ui.pages.activities", "Plan and record activities, with a month calendar."),
    PageSpec("signin", "Sign-in", "desktop.ui.pages.signin", "Kiosk sign-in for volunteers at the station PC."),
    PageSpec("requests", "Requests", "desktop.ui.requests", "Residents' requests: request, dispatch, accept, rate."),
    PageSpec("points", "Points", "desktop.ui.points.page", "Points and the time bank ledger."),
    PageSpec("reports", "Reports", "desktop.ui.reports.page", "Registers, sign-in sheets, certificates and monthly figures."),
    PageSpec("selfcheck", "Star rating", "desktop.ui.pages.selfcheck", "Star-rating self-check and the evidence pack for inspections."),
    PageSpec("sync", "Sync", "desktop.ui.pages.sync_page", "Two-way sync with the county server."),
    PageSpec("settings", "Settings", "desktop.ui.pages.settings"),
    PageSpec("audit", "Audit log", "desktop.ui.pages.audit"),
]


def title(spec: PageSpec) -> str:
    return _t(spec.title)


def create(spec: PageSpec, ctx, parent=None):
    return importlib.import_module(spec.module).Page(ctx, parent)


_warming: list[threading.Thread] = []


# What a page imports only when a button asks for it (the import wizard and its importers: 0.1-0.3 s
# of the UI thread when 导入… opens, more where no .pyc can be written), warmed after the pages.
LATER_MODULES = ("desktop.ui.roster.import_wizard",)


def warm_up(skip: str = "") -> threading.Thread | None:
    """Import every page's module on a background thread (once per process), so that the first
    visit to a page builds the page and does not also wait for its imports (0.2-0.5 s each, held on
    the UI thread). Python imports are thread-safe: a page opened while its module is still loading
    waits only for the rest of that import. Nothing here touches a widget."""
    if _warming:
        return None
    modules = [spec.module for spec in PAGES if spec.key != skip and spec.module not in sys.modules]
    modules += [name for name in LATER_MODULES if name not in sys.modules]

    def run() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the page will report it when it is opened
                logging.getLogger("station_desk.ui").debug("warm-up import of %s failed", name, exc_info=True)

    thread = threading.Thread(target=run, name="page-warm-up", daemon=True)
    _warming.append(thread)
    thread.start()
    return thread


# lupdate does not see the strings above through _t(); list them for it.
if False:  # pragma: no cover
    QCoreApplication.translate("Navigation", "Home")
    QCoreApplication.translate("Navigation", "Volunteers")
    QCoreApplication.translate("Navigation", "Activities")
    QCoreApplication.translate("Navigation", "Sign-in")
    QCoreApplication.translate("Navigation", "Requests")
    QCoreApplication.translate("Navigation", "Points")
    QCoreApplication.translate("Navigation", "Reports")
    QCoreApplication.translate("Navigation", "Star rating")
    QCoreApplication.translate("Navigation", "Star-rating self-check and the evidence pack for inspections.")
    QCoreApplication.translate("Navigation", "Sync")
    QCoreApplication.translate("Navigation", "Settings")
    QCoreApplication.translate("Navigation", "Audit log")
    QCoreApplication.translate("Navigation", "Plan and record activities, with a month calendar.")
    QCoreApplication.translate("Navigation", "Kiosk sign-in for volunteers at the station PC.")
    QCoreApplication.translate("Navigation", "Residents' requests: request, dispatch, accept, rate.")
    QCoreApplication.translate("Navigation", "Points and the time bank ledger.")
    QCoreApplication.translate("Navigation", "Registers, sign-in sheets, certificates and monthly figures.")
    QCoreApplication.translate("Navigation", "Two-way sync with the county server.")
