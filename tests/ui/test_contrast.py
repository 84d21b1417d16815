"""WCAG AA contrast for text (4.5:1; 3:1 for large text, ≥ 18 pt or ≥ 14 pt bold).

- The palette in use: every text role against the background it is drawn on.
- As drawn: every page and the kiosk are rendered, and each enabled label's and button's text
  colour (its palette after the style sheets, plus the colours named in rich text) is measured
  against the colour behind it (the commonest pixel of its area on the screen).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_fit_sizes import settle

from desktop.services.activities import add_activity
from desktop.services.demo import generate
from desktop.ui import pages, typesize
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow

SPAN_COLOUR = re.compile(r"color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_palette_text_roles_meet_aa(qapp):
    from desktop.ui.theme import apply_palette

    apply_palette(qapp)  # as make_app does
    palette = QApplication.palette()
    group = QPalette.ColorGroup.Active
    pairs = {
        "window text": (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        "text": (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        "alternate rows": (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
        "button text": (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        "selected text": (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        "tooltip": (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
        "link": (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    }
    low = {name: round(contrast(palette.color(group, fg), palette.color(group, bg)), 2)
           for name, (fg, bg) in pairs.items()
           if contrast(palette.color(group, fg), palette.color(group, bg)) < 4.5}
    assert low == {}


def _needed(widget: QWidget) -> float:
    font = widget.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return 3.0 if points >= 18 or (font.bold() and points >= 14) else 4.5


def _background(shot: QImage, rect: QRect) -> QColor:
    counts: Counter = Counter()
    step = max(1, min(rect.width(), rect.height()) // 12)
    for x in range(rect.left(), rect.right() + 1, step):
        for y in range(rect.top(), rect.bottom() + 1, step):
            if 0 <= x < shot.width() and 0 <= y < shot.height():
                counts[shot.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0]) if counts else QColor("white")


def low_contrast(top: QWidget) -> list[str]:
    shot = top.grab().toImage()
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisible() or not widget.isEnabled():
            continue
        text = widget.text()
        if not text.strip() or widget.width() < 4 or widget.height() < 4:
            continue
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()).intersected(top.rect())
        if rect.isEmpty():
            continue
        behind = _background(shot, rect)
        colours = {widget.palette().color(widget.foregroundRole()).name()}
        colours |= {QColor(c).name() for c in SPAN_COLOUR.findall(text)}
        for name in colours:
            ratio = contrast(QColor(name), behind)
            if ratio < _needed(widget):
                found.append(f"{widget.objectName() or type(widget).__name__} “{text[:30]}”: {name} on "
                             f"{behind.name()} is {ratio:.2f}:1")
    return found


@pytest.fixture
def chinese(qapp):
    from desktop.ui.theme import apply_palette

    translators = install_translators(qapp, "zh_CN")
    typesize.apply_type_size("standard")
    apply_palette(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_page_and_the_kiosk_meet_aa(qtbot, chinese, ctx):
    from desktop.ui.kiosk.window import KioskWindow

    generate(ctx.db, volunteers=30, activities=15)
    now = datetime.now().replace(second=0, microsecond=0)
    activity = add_activity(ctx.db, title="理论宣讲进院坝", category="宣传宣讲党的政策",
                            start=now - timedelta(hours=1), end=now + timedelta(hours=2), place="村委会")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found = []
    for spec in pages.PAGES:
        window.show_page(spec.key)
        settle(ctx)
        found += [f"{spec.key}: {p}" for p in low_contrast(window)]
    kiosk = KioskWindow(ctx, activity.id)
    qtbot.addWidget(kiosk)
    kiosk.resize(1366, 768)
    kiosk.show()
    settle(ctx)
    found += [f"kiosk: {p}" for p in low_contrast(kiosk)]
    print("\n".join(found))
    assert found == []
