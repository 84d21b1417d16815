"""The A4 sheet of volunteer QR cards: 2 x 5 cards of 85 x 54 mm (bank-card size), cut lines.

Drawn with QPainter on a QPdfWriter: the QR modules are vector rectangles, so
the code stays sharp whatever the printer. Text uses the application font
(a CJK font installed by the setup), never a hard-coded family.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desktop.errors import EnvironmentProblem
from desktop.printing.app import ensure_app
from desktop.progress import Progress
from desktop.services.cards import Card

COLS, ROWS = 2, 5
CARD_W, CARD_H = 85.0, 54.0  # mm
MARGIN_X, MARGIN_Y = (210 - COLS * CARD_W) / 2, (297 - ROWS * CARD_H) / 2
DPI = 600


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def draw_card(painter: QPainter, card: Card, x: float, y: float) -> None:
    box = QRectF(_mm(x), _mm(y), _mm(CARD_W), _mm(CARD_H))
    painter.setPen(QPen(QColor("#999999"), _mm(0.2), Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    # QR code on the right: 40 mm square with a quiet zone.
    side = _mm(40)
    modules = len(card.matrix)
    cell = side / modules
    left, top = box.right() - _mm(4) - side, box.top() + (box.height() - side) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    # One drawRects call per card: few Python->Qt calls keeps a sheet of 200 cards quick.
    painter.drawRects([QRectF(left + c * cell, top + r * cell, cell + 0.5, cell + 0.5)
                       for r, row in enumerate(card.matrix) for c, dark in enumerate(row) if dark])
    # Text on the left.
    text_w = left - box.left() - _mm(8)
    painter.setPen(QColor("black"))
    painter.setFont(_font(7))
    painter.drawText(QRectF(box.left() + _mm(4), box.top() + _mm(4), text_w, _mm(10)),
                     Qt.TextFlag.TextWordWrap, card.station)
    painter.setFont(_font(18, bold=True))
    painter.drawText(QRectF(box.left() + _mm(4), box.top() + _mm(16), text_w, _mm(12)),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, card.name)
    painter.setFont(_font(8))
    painter.drawText(QRectF(box.left() + _mm(4), box.top() + _mm(29), text_w, _mm(12)),
                     Qt.TextFlag.TextWordWrap, card.teams)
    painter.setFont(_font(6))
    painter.drawText(QRectF(box.left() + _mm(4), box.bottom() - _mm(9), text_w, _mm(6)),
                     Qt.AlignmentFlag.AlignLeft, QCoreApplication.translate("Cards", "Volunteer card · scan to sign in"))


def write_card_sheet(cards: list[Card], out: Path | str, *,
                     progress: Progress | None = None) -> int | None:
    """Write the sheet as a PDF; returns the number of pages, or None if cancelled (`progress(cards drawn,
    cards)` returned False). The sheet is drawn into a file beside `out` and moved over it only when whole:
    a cancelled or failed sheet leaves a sheet saved there before as it was, and no half-written file."""
    out = Path(out)
    part = out.with_name(f".{out.name}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "wb"):
            pass
    except OSError as error:
        raise EnvironmentProblem(QCoreApplication.translate(
            "Cards", "Cannot write {path} ({error}). Choose another folder, or close the program that has this file open.").format(
            path=out, error=error.strerror)) from None
    ensure_app()
    try:
        pages = _draw(cards, part, progress)
        if pages is not None:
            if part.stat().st_size == 0:  # QPdfWriter says nothing when it cannot write (a full disk)
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            os.replace(part, out)
    except PermissionError as error:  # the old sheet is open in a PDF reader (Windows locks it)
        raise EnvironmentProblem(QCoreApplication.translate(
            "Cards", "Cannot write {path} ({error}). Choose another folder, or close the program that has this file open.").format(
            path=out, error=error.strerror)) from None
    except OSError as error:
        raise EnvironmentProblem(QCoreApplication.translate(
            "Cards", "Cannot write {path} ({error}). Free some space or choose another folder, then try again.").format(
            path=out, error=error.strerror)) from None
    finally:
        part.unlink(missing_ok=True)
    return pages


def _draw(cards: list[Card], path: Path, progress: Progress | None) -> int | None:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(QCoreApplication.translate("Cards", "Volunteer QR cards"))
    painter = QPainter(writer)
    per_page = COLS * ROWS
    pages = 0
    try:
        for i, card in enumerate(cards):
            if i % per_page == 0:
                if progress is not None and progress(i, len(cards)) is False:
                    return None
                if i:
                    writer.newPage()
                pages += 1
            slot = i % per_page
            draw_card(painter, card, MARGIN_X + (slot % COLS) * CARD_W, MARGIN_Y + (slot // COLS) * CARD_H)
    finally:
        painter.end()
    if progress is not None:
        progress(len(cards), len(cards))
    return pages
