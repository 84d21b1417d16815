"""Fit a table's columns to its first rows without Qt's size-hint walk.

`QTableView.resizeColumnsToContents` asks the delegate for every cell's size, and the delegate
asks a Python model for about ten roles a cell: 5,000 calls into Python for 48 rows of the
roster (0.1 s of the UI thread's CPU, several times that while a worker holds the GIL). The
columns here hold plain text in the table's font, so the width is the widest text's advance
plus the item's margins, read straight from the model's display role (or, faster, from the
model's `column_texts(column, rows)` when it has one: no QModelIndex and no role dispatch per cell).
Each distinct text is measured once."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

ROWS = 48


def fit_columns(table: QTableView, rows: int = ROWS) -> None:
    model = table.model()
    metrics = QFontMetricsF(table.font())
    style = table.style()
    pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    pad += 1 if table.showGrid() else 0
    header = table.horizontalHeader()
    count = min(rows, model.rowCount())
    data, index = model.data, model.index
    texts_of = getattr(model, "column_texts", None)
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        if texts_of is not None:
            texts = texts_of(column, count)
        else:
            texts = [data(index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(count)]
        widest = 0
        for text in {str(text) for text in texts if text is not None and text != ""}:
            widest = max(widest, math.ceil(metrics.horizontalAdvance(text)))
        width = max(widest + pad if widest else 0, header.sectionSizeHint(column))
        table.setColumnWidth(column, width)
