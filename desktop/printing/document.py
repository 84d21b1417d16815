"""HTML document -> A4 PDF, print preview, or a real printer, through QTextDocument.

One renderer serves all three outputs: it paginates the document itself
(instead of QTextDocument.print) so that every page gets a "page N of M"
footer and the body keeps clear of the unprintable edge of a cheap laser
printer. Table header rows marked up as <thead> repeat on every page: Qt's
HTML importer turns <thead> into QTextTableFormat.headerRowCount, which the
layout repeats at each page break once the document has a page height.

Usable from a worker thread for PDF files (QPdfWriter, QImage resources);
the preview and printer functions need the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop.reports.base import HtmlDoc

# A4 margins in millimetres. Common A4 lasers cannot print the outer ~5 mm;
# 20 mm on the left leaves room for binding a register, and the footer band
# sits inside the bottom margin box, still 10 mm clear of the paper edge.
MARGINS_MM = QMarginsF(20, 15, 15, 10)
FOOTER_MM = 8.0
BODY_POINT_SIZE = 10.5
PDF_DPI = 600
IMAGE_MAX_PX = 1400  # photos are scaled down before embedding: ~300 dpi at 12 cm

# Families tried first, in order; any other font that covers Simplified
# Chinese follows. This is a preference, not a requirement: the setup
# installs fonts-wqy-microhei on Linux, Windows has its own CJK fonts.
_PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
              "SimSun", "SimHei", "PingFang SC")

ProgressFn = Callable[[int, int], bool]


# What a report hands to the printing layer: html, title, landscape, images.
PaperDoc = HtmlDoc


def cjk_family() -> str | None:
    """A font family that covers Simplified Chinese, or None if the machine has none."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in _PREFERRED:
        if name in families:
            return name
    plain = [f for f in families if "mono" not in f.lower()]
    return (plain or families or [None])[0]


def build_document(paper: PaperDoc) -> QTextDocument:
    doc = QTextDocument()
    family = cjk_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long IDs and Latin words wrap too
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    for name, path in paper.images.items():
        image = QImage(str(path))
        if image.isNull():
            continue
        if max(image.width(), image.height()) > IMAGE_MAX_PX:
            image = image.scaled(IMAGE_MAX_PX, IMAGE_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(paper.html)
    return doc


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _footer_font(doc: QTextDocument) -> QFont:
    font = QFont(doc.defaultFont())
    font.setPointSizeF(8.5)
    return font


def render(doc: QTextDocument, device: QPagedPaintDevice, *, title: str = "",
           progress: ProgressFn | None = None) -> int | None:
    """Paint the document on a paged device. Returns the page count, or None if cancelled."""
    dpi = device.resolution()
    paint = device.pageLayout().paintRectPixels(dpi)
    footer_px = FOOTER_MM / 25.4 * dpi
    width, body = float(paint.width()), float(paint.height()) - footer_px
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(width, body))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        footer_font = _footer_font(doc)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body, width, body)
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            band = QRectF(0, body, width, footer_px)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             QCoreApplication.translate("Printing", "Page {0} of {1}").format(index + 1, pages))
            if progress is not None and not progress(index + 1, pages):
                return None
    finally:
        painter.end()
    return pages


def write_pdf(paper: PaperDoc, path: Path | str, *, progress: ProgressFn | None = None) -> int | None:
    """Write an A4 PDF with the CJK font embedded. Returns pages, or None if cancelled (no file left)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    doc = build_document(paper)
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(paper.landscape))
    writer.setTitle(paper.title)
    writer.setCreator("Station Desk")
    try:
        pages = render(doc, writer, title=paper.title, progress=progress)
    finally:
        del writer  # flushes and closes the file
    if pages is None:
        partial.unlink(missing_ok=True)
        return None
    partial.replace(path)
    return pages


def _printer(paper: PaperDoc, printer=None):
    from PySide6.QtPrintSupport import QPrinter

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper.landscape))
    printer.setDocName(paper.title)
    return printer


def preview(paper: PaperDoc, parent=None):
    """Open a print preview dialog (non-blocking); printing from it goes to the chosen printer."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    doc = build_document(paper)
    printer = _printer(paper)  # the dialog does not own it: keep it alive with the dialog
    dialog = QPrintPreviewDialog(printer, parent)
    dialog._printer = printer
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(paper.title or QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(lambda printer: render(doc, printer, title=paper.title))
    dialog._document = doc  # kept alive with the dialog
    dialog.resize(900, 700)
    dialog.open()
    return dialog


def print_dialog(paper: PaperDoc, parent=None, run: Callable[[Callable], None] | None = None):
    """Ask for a printer (non-blocking) and print on acceptance.

    `run(job)` runs `job(progress=None)` off the UI thread (QPrinter may be
    painted from a worker); without it, printing happens right away here.
    """
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    printer = _printer(paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def job(progress: ProgressFn | None = None):
        return render(build_document(paper), printer, title=paper.title, progress=progress)

    dialog.accepted.connect(lambda: run(job) if run is not None else job())
    dialog._printer = printer
    QDialog.open(dialog)  # QPrintDialog.open() is the (receiver, member) overload in PySide6
    return dialog


__all__ = ["MARGINS_MM", "PaperDoc", "build_document", "cjk_family", "page_layout", "preview",
           "print_dialog", "render", "write_pdf"]
