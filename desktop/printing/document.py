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
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from desktop.printing.app import ensure_app
from desktop.progress import Progress
from desktop.reports.base import HtmlDoc

# A4 margins in millimetres. Common A4 lasers cannot print the outer ~5 mm;
# 20 mm on the left leaves room for binding a register, and the footer band
# sits inside the bottom margin box, still 10 mm clear of the paper edge.
MARGINS_MM = QMarginsF(20, 15, 15, 10)
FOOTER_MM = 8.0
BODY_POINT_SIZE = 10.5
PDF_DPI = 600
PREVIEW_DPI = 80  # on-screen preview: an A4 page is about 660 x 935 px
PREVIEW_PAGES = 20  # pages shown in the preview; printing and saving have them all
IMAGE_MAX_PX = 1400  # photos are scaled down before embedding: ~300 dpi at 12 cm

# Families tried first, in order; any other font that covers Simplified
# Chinese follows. This is a preference, not a requirement: the setup
# installs fonts-wqy-microhei on Linux, Windows has its own CJK fonts.
_PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
              "SimSun", "SimHei", "PingFang SC")



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


def _load_image(path, max_px: int) -> QImage:
    """The image at most `max_px` on its long side, decoded at that size when it is larger
    (a JPEG is then decoded at a reduced scale, much faster than decoding in full and scaling)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_px:
        reader.setScaledSize(size.scaled(max_px, max_px, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def build_document(paper: PaperDoc, image_max_px: int = IMAGE_MAX_PX) -> QTextDocument:
    doc = QTextDocument()
    family = cjk_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long IDs and Latin words wrap too
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    limit = image_max_px if len(paper.images) <= 12 else min(image_max_px, IMAGE_MAX_PX * 5 // 7)  # 6 to a page: smaller
    for name, path in paper.images.items():
        image = _load_image(path, limit)
        if image.isNull():
            continue
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(paper.html)
    doc.setProperty("keepTables", bool(getattr(paper, "keep_tables", False)))
    doc.setProperty("continuedMark", getattr(paper, "continued", "") or "")
    return doc


def _straddles(top: float, height: float, body: float) -> bool:
    return int(top // body) != int((top + height - 1) // body)


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _break_before(table: QTextTable) -> None:
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)


def keep_tables_together(doc: QTextDocument, body: float) -> list[int]:
    """Move every top-level table that would straddle a page break, and fits on one page, to the
    start of the next page (one volunteer's block in the register is never split). Returns the
    pages on which a table too tall for one page continues: their repeated header says so.

    One layout without pages gives each table's own height; a walk down the pages then decides
    the breaks, all set at once; a check on the real layout fixes what the walk could not know
    (how far a table taller than a page runs on), one relayout per fix."""
    layout = doc.documentLayout()
    width = doc.pageSize().width()
    doc.setPageSize(QSizeF(width, 1e8))  # one long page: natural heights and gaps
    natural = [layout.frameBoundingRect(t) for t in _tables(doc)]
    doc.setPageSize(QSizeF(width, body))
    fits = body * 0.97
    shift, marks = 0.0, []
    for index, rect in enumerate(natural):
        top = rect.top() + shift
        if rect.height() <= fits and _straddles(top, rect.height(), body):
            page_top = (int(top // body) + 1) * body
            shift += page_top - top
            marks.append(index)
        elif rect.height() > fits:  # runs on over pages: rows move to the next page, the header repeats
            shift += (int((top + rect.height()) // body) - int(top // body)) * body * 0.06
    tables = _tables(doc)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one relayout for all the breaks, not one each
    for index in marks:
        _break_before(tables[index])
    cursor.endEditBlock()
    continued: list[int] = []
    for table in tables:  # the check on the real layout
        rect = layout.frameBoundingRect(table)
        if not _straddles(rect.top(), rect.height(), body):
            continue
        if rect.height() <= fits:
            _break_before(table)
            doc.pageCount()  # lay out again from here before measuring the next table
            continue
        first, last = int(rect.top() // body), int((rect.bottom() - 1) // body)
        continued += range(first + 1, last + 1)
    return continued


def page_layout(landscape: bool = False, size: str = "A4") -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    sizes = {"A3": QPageSize.PageSizeId.A3, "A5": QPageSize.PageSizeId.A5}  # A5: half an A4 sheet
    page = sizes.get(size, QPageSize.PageSizeId.A4)
    return QPageLayout(QPageSize(page), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _footer_font(doc: QTextDocument) -> QFont:
    font = QFont(doc.defaultFont())
    font.setPointSizeF(8.5)
    return font


def _geometry(doc: QTextDocument, layout: QPageLayout, dpi: int) -> tuple[QRectF, float, float, int]:
    """Lay the document out for pages of `layout` at `dpi`: (paint rect, body height, footer height, pages)."""
    paint = QRectF(layout.paintRectPixels(dpi))
    footer_px = FOOTER_MM / 25.4 * dpi
    body = paint.height() - footer_px
    doc.setPageSize(QSizeF(paint.width(), body))
    if doc.property("keepTables"):
        doc.setProperty("continuedPages", keep_tables_together(doc, body))
    return paint, body, footer_px, doc.pageCount()


def _paint_page(painter: QPainter, doc: QTextDocument, index: int, pages: int, width: float, body: float,
                footer_px: float, title: str, footer_font: QFont) -> None:
    """One page: its slice of the laid-out document, then the footer band (title, page N of M)."""
    painter.save()
    painter.translate(0, -index * body)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, index * body, width, body)
    painter.setClipRect(context.clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()
    mark = doc.property("continuedMark")
    if mark and index in (doc.property("continuedPages") or []):  # the repeated header of a block that runs on
        painter.save()
        painter.setFont(doc.defaultFont())
        painter.drawText(QRectF(0, 0, width - footer_px * 0.3, footer_px * 0.9),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), mark)
        painter.restore()
    painter.setFont(footer_font)
    band = QRectF(0, body, width, footer_px)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                     QCoreApplication.translate("Printing", "Page {0} of {1}").format(index + 1, pages))


def render(doc: QTextDocument, device: QPagedPaintDevice, *, title: str = "",
           progress: Progress | None = None) -> int | None:
    """Paint the document on a paged device. Returns the page count, or None if cancelled."""
    doc.documentLayout().setPaintDevice(device)
    paint, body, footer_px, pages = _geometry(doc, device.pageLayout(), device.resolution())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        footer_font = _footer_font(doc)
        for index in range(pages):
            if index:
                device.newPage()
            _paint_page(painter, doc, index, pages, paint.width(), body, footer_px, title, footer_font)
            if progress is not None and progress(index + 1, pages) is False:
                return None
    finally:
        painter.end()
    return pages


def render_images(paper: PaperDoc, *, dpi: int = PREVIEW_DPI, max_pages: int = PREVIEW_PAGES,
                  progress: Progress | None = None) -> tuple[list[QImage], int] | None:
    """The first pages as images, for an on-screen preview that never blocks the UI:
    QPainter on a QImage is safe off the UI thread, so this runs in a worker.
    Returns (images, total page count), or None if cancelled."""
    doc = build_document(paper)
    layout = page_layout(paper.landscape, paper.page_size)
    full = layout.fullRectPixels(dpi)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    probe.setDotsPerMeterX(dots)
    probe.setDotsPerMeterY(dots)
    doc.documentLayout().setPaintDevice(probe)  # lay out at the preview's resolution
    paint, body, footer_px, pages = _geometry(doc, layout, dpi)
    footer_font = _footer_font(doc)
    images: list[QImage] = []
    for index in range(min(pages, max_pages)):
        image = QImage(full.size(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            painter.translate(paint.topLeft())
            _paint_page(painter, doc, index, pages, paint.width(), body, footer_px, paper.title, footer_font)
        finally:
            painter.end()
        images.append(image)
        if progress is not None and progress(index + 1, min(pages, max_pages)) is False:
            return None
    return images, pages


def write_pdf(paper: PaperDoc, path: Path | str, *, progress: Progress | None = None) -> int | None:
    """Write an A4 PDF with the CJK font embedded. Returns pages, or None if cancelled (no file left)."""
    ensure_app()
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    doc = build_document(paper)
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(paper.landscape, paper.page_size))
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
    printer.setPageLayout(page_layout(paper.landscape, paper.page_size))
    printer.setDocName(paper.title)
    return printer


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

    def job(progress: Progress | None = None):
        return render(build_document(paper), printer, title=paper.title, progress=progress)

    dialog.accepted.connect(lambda: run(job) if run is not None else job())
    dialog._printer = printer
    QDialog.open(dialog)  # QPrintDialog.open() is the (receiver, member) overload in PySide6
    return dialog


__all__ = ["MARGINS_MM", "PaperDoc", "build_document", "cjk_family", "page_layout", "print_dialog", "render",
           "render_images", "write_pdf"]
