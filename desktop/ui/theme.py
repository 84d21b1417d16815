"""The palette the app draws with: the platform's, with the few roles that miss WCAG AA for text fixed.

Fusion's selection blue (#308cc6) carries white text at 3.7:1; a darker blue gives 7:1. Checked,
with every text colour the pages use, by tests/ui/test_contrast.py.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SELECTION = "#24598f"


def apply_palette(app: QApplication | None = None) -> QPalette:
    app = app or QApplication.instance()
    palette = QPalette(app.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(palette)
    return palette
