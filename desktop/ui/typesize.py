"""The type size (设置 → 字号: 标准 / 大 / 特大), one app-wide mechanism.

    apply_type_size("xlarge")        # every window, page and dialog, open or still to come

Two things change together:
- the application font (QApplication.setFont), which every widget without a
  font of its own follows, QTableView rows and header included;
- every style sheet's `font-size: Npx` (the page titles, the kiosk, the login
  screen). The application's style (the platform's own, wrapped in a
  QProxyStyle that draws exactly as it does) sees each widget's style sheet
  when the widget is polished, first or after `setStyleSheet`, keeps the
  original in a dynamic property and writes a scaled copy; changing the size
  rewrites them all. So page code keeps writing plain `font-size: 20px` and
  never thinks about the size. (This was an application event filter: a
  Python call for every event of every widget, about a third of the UI
  thread's work when a page opens. A style's `polish` runs once per polish.)

Sizes that are already large (titles, big figures) grow by the same number
of pixels as 18 px text, not in proportion. A window that is in large type
already (the kiosk, 26-34 px, for the volunteers) sets the dynamic property
FIXED and keeps its sizes. The preview of a printout (desktop.ui.page_preview) zooms
by `scale()`.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from desktop.services.preferences import DEFAULT_TYPE_SIZE, POINT_SIZES, TYPE_SIZES

BASE_POINTS = 9.0  # the size the style sheets' px values were designed against
PROPORTIONAL_UP_TO_PX = 18
ORIGINAL = "sdSheetOriginal"
WRITTEN = "sdSheetScaled"
FIXED = "sdFixedType"  # a window already in large type (the kiosk): its style sheets keep their sizes
_PX = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)px", re.IGNORECASE)

_state = {"size": DEFAULT_TYPE_SIZE, "style": None}


def scale(size: str | None = None) -> float:
    """How much bigger than the designed size text is now (1.11 at 标准, 1.67 at 特大)."""
    return POINT_SIZES[size or _state["size"]] / BASE_POINTS


def current() -> str:
    return _state["size"]


def scaled_px(px: float, factor: float | None = None) -> int:
    factor = scale() if factor is None else factor
    return round(px + (factor - 1.0) * min(px, PROPORTIONAL_UP_TO_PX))


def scale_sheet(sheet: str, factor: float | None = None) -> str:
    return _PX.sub(lambda m: f"{m.group(1)}{scaled_px(float(m.group(2)), factor)}px", sheet)


class _SheetScaler(QProxyStyle):
    """The application's style as it was (a new instance of it: the proxy owns its base), plus the
    scaling of a widget's own style sheet each time the widget is polished. Qt polishes a widget when
    it is first shown and again when its style sheet changes (QStyleSheetStyle hands the polish to
    this base style first), the two moments the event filter used to watch for."""

    def polish(self, target):  # one name for Qt's three overloads: a widget, the application, a palette
        if isinstance(target, QWidget):
            if target.styleSheet():
                rescale(target)
            return super().polish(target)
        return super().polish(target)


def _fixed(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(FIXED):
            return True
        widget = widget.parentWidget()
    return False


def rescale(widget: QWidget) -> None:
    """Write the scaled copy of the widget's own style sheet (kept as ORIGINAL) when it is new or stale."""
    sheet = widget.styleSheet()
    if not sheet:
        return
    written = widget.property(WRITTEN)
    original = (widget.property(ORIGINAL) or sheet) if sheet == written else sheet
    scaled = scale_sheet(original, 1.0 if _fixed(widget) else None)
    if sheet == written and scaled == written:
        return
    widget.setProperty(ORIGINAL, original)
    widget.setProperty(WRITTEN, scaled)
    if scaled != sheet:
        widget.setStyleSheet(scaled)


def install(app: QApplication | None = None) -> None:
    """Watch style sheets (once per application): the application's style becomes the proxy."""
    app = app or QApplication.instance()
    if app is None or (_state["style"] is not None and app.style() is _state["style"]):
        return
    palette = app.palette()  # desktop.ui.theme's fixes stay as they are
    style = _SheetScaler(app.style().name())
    app.setStyle(style)
    app.setPalette(palette)
    _state["style"] = style


def apply_type_size(size: str | None, app: QApplication | None = None) -> str:
    app = app or QApplication.instance()
    size = size if size in TYPE_SIZES else DEFAULT_TYPE_SIZE
    first = _state["style"] is None
    install(app)
    changed = first or size != _state["size"]
    _state["size"] = size
    font = QFont(app.font())
    font.setPointSizeF(POINT_SIZES[size])
    app.setFont(font)
    if changed:
        for widget in app.allWidgets():
            rescale(widget)
    return size


def apply_saved(data_dir, username: str | None = None) -> str:
    """The account's (or, before sign-in, this PC's) saved size."""
    from desktop.services.preferences import get_type_size

    return apply_type_size(get_type_size(data_dir, username))
