"""Several papers as one PDF, numbered through: the evidence pack (台账资料包).

    write_pack(front, parts, path, progress=...) -> total pages | None (cancelled)

`parts` are the papers' HtmlDocs in order; `front(starts)` makes the cover and
contents given each part's first page. Two passes: the first lays every part
out without its images (every <img> of the papers has its width and height,
so the layout is the same) to count its pages; the second paints the front
and the parts one after another into one QPdfWriter, each on its own page
size and orientation, with a footer "paper title · page N of M" counted
through the whole pack. One part's images are in memory at a time.

The file is written as PATH.part and renamed at the end; a cancelled or failed
write leaves nothing. A PDF that does not end in %%EOF (the disk filled up:
QPdfWriter does not report it) raises OSError.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPageLayout, QPainter, QPdfWriter, QTextDocument

from desktop.printing.app import ensure_app
from desktop.printing.document import PDF_DPI, _footer_font, _geometry, build_document, page_layout
from desktop.printing.document import check_complete as _check_complete
from desktop.progress import Progress
from desktop.reports.base import HtmlDoc

# Photos in the pack: a 7 cm print box at about 300 dpi. Qt stores each image in the PDF as a
# JPEG of its own (quality 94), so the pixel size is what makes the file big; the originals are in
# the zip beside it.
PACK_IMAGE_PX = 900


def _laid_out(paper: HtmlDoc, device, layout: QPageLayout, images: bool) -> tuple[QTextDocument, tuple]:
    doc = build_document(paper if images else HtmlDoc(paper.html, paper.title, paper.landscape, {}, paper.page_size),
                         image_max_px=PACK_IMAGE_PX)
    doc.documentLayout().setPaintDevice(device)
    return doc, _geometry(doc, layout, PDF_DPI)


def count_pages(paper: HtmlDoc) -> int:
    """The paper's page count as write_pack lays it out (images not loaded)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    layout = page_layout(paper.landscape, paper.page_size)
    writer.setPageLayout(layout)
    _doc, (_paint, _body, _footer, pages) = _laid_out(paper, writer, layout, images=False)
    del writer
    return pages


def _paint(painter: QPainter, doc: QTextDocument, geometry: tuple, title: str, first: int, total: int,
           writer: QPdfWriter, started: bool, progress: Progress | None, done: list[int], steps: int) -> bool:
    paint, body, footer_px, pages = geometry
    font = _footer_font(doc)
    width = paint.width()
    for index in range(pages):
        if started or index:
            writer.newPage()
        painter.save()
        painter.translate(0, -index * body)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * body, width, body)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.setFont(font)
        band = QRectF(0, body, width, footer_px)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                         QCoreApplication.translate("Printing", "Page {0} of {1}").format(first + index, total))
        done[0] += 1
        if progress is not None and progress(done[0], steps) is False:
            return False
    return True


def write_pack(front: Callable[[list[int]], HtmlDoc], parts: list[HtmlDoc], path: Path | str, *,
               progress: Progress | None = None) -> int | None:
    ensure_app()
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    steps = len(parts) * 2 + 2  # the count pass, then pages (re-estimated once counted)
    counts = []
    for index, part in enumerate(parts):
        counts.append(count_pages(part))
        if progress is not None and progress(index + 1, steps) is False:
            return None
    front_pages = count_pages(front([9999] * len(parts)))
    starts, page_no = [], front_pages + 1
    for n in counts:
        starts.append(page_no)
        page_no += n
    total = page_no - 1
    steps = len(parts) + total
    done = [len(parts)]
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setCreator("Station Desk")
    docs = [front(starts), *parts]
    firsts = [1, *starts]
    writer.setTitle(docs[0].title)
    writer.setPageLayout(page_layout(docs[0].landscape, docs[0].page_size))
    painter = QPainter()
    ok = True
    try:
        if not painter.begin(writer):
            raise OSError(errno.EIO, f"cannot write {partial}")
        for index, paper in enumerate(docs):
            layout = page_layout(paper.landscape, paper.page_size)
            if index:
                writer.setPageLayout(layout)  # takes effect at the next newPage()
            doc, geometry = _laid_out(paper, writer, layout, images=True)
            ok = _paint(painter, doc, geometry, paper.title, firsts[index], total, writer, index > 0, progress,
                        done, steps)
            del doc
            if not ok:
                break
    finally:
        painter.end()
        del writer  # flushes and closes the file
    if not ok:
        partial.unlink(missing_ok=True)
        return None
    _check_complete(partial)
    partial.replace(path)
    return total
