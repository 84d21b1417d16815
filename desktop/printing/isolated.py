"""Page images drawn in a child process, so a long paper never freezes the window.

PySide6 keeps the GIL while QTextDocument parses the HTML and lays out the
pages (about 5 s each for a 700-page register), so drawing in a worker
thread still stopped the UI thread for that long. A child process has its
own interpreter: the window stays live, and Cancel simply ends the child.

    render_images(paper, progress=..., on_first=...) -> (images, total pages) | None

Same contract as `document.render_images` (None when cancelled through the
desktop.progress convention): a long paper's first pages reach `on_first`
as soon as they are drawn, before its pages are counted. The child is started with multiprocessing's
"spawn" method (safe with Qt's threads; a frozen build calls
`multiprocessing.freeze_support()` at start).

Saving and printing a paper run in a child too, for the same reason (a 1,600-page register is laid
out a stretch at a time, but each stretch still holds the GIL for a second or two):

    write_pdf(paper, path, progress=..., counting=...) -> pages | None
    print_paper(paper, printer_settings(printer), progress=..., counting=...) -> pages sent | None

`progress(pages done, pages in all)`, `counting(done, total)` while a long paper's pages are counted
(document.render_paper). Only the pages the print dialog chose are printed (print_job.page_ranges, read with
the settings). Cancel ends the child and removes what it had written (PATH.part). An OSError
in the child (a full disk: ENOSPC) is raised again here with its errno, and a UserError with its message
(a page range past the paper's end), so the UI and the CLI say what to do in Chinese.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from desktop.errors import UserError
from desktop.progress import Progress
from desktop.reports.base import HtmlDoc

POLL_S = 0.05


def _child(paper: HtmlDoc, dpi: int, max_pages: int, setup, conn) -> None:
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts and painting only, no window
        from desktop.printing import document
        from desktop.printing.app import ensure_app

        ensure_app(setup=setup)  # the UI passes its translation installer: the footer reads 第 N 页

        def progress(done: int, total: int) -> bool:
            conn.send(("progress", done, total))
            return True

        images, pages = document.render_images(paper, dpi=dpi, max_pages=max_pages, progress=progress,
                                                on_first=lambda first: conn.send(("first", _encode(first))))
        conn.send(("done", _encode(images), pages))
    except BaseException as error:  # reported to the parent, which raises it there
        _send_error(conn, error)
    finally:
        conn.close()


def _encode(images: list[QImage]) -> list[tuple]:
    """Each page's pixels, zlib-packed (a preview page is mostly white: 2.5 MB becomes ~50 KB)."""
    packed = []
    for image in images:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        packed.append((image.width(), image.height(), image.bytesPerLine(), image.dotsPerMeterX(),
                       image.dotsPerMeterY(), zlib.compress(bytes(image.constBits()), 1)))
    return packed


def _decode(packed: list[tuple]) -> list[QImage]:
    """The pages again, on the render worker. zlib unpacks without the GIL, and a QImage over those
    bytes is one copy: a PNG decode (QImage.loadFromData) held the GIL the UI thread waits for."""
    images = []
    for width, height, per_line, dots_x, dots_y, data in packed:
        pixels = zlib.decompress(data)
        image = QImage(pixels, width, height, per_line, QImage.Format.Format_RGB32).copy()
        image.setDotsPerMeterX(dots_x)
        image.setDotsPerMeterY(dots_y)
        images.append(image)
    return images


def _start(target, args: tuple) -> tuple[Any, Any]:
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    child = spawn.Process(target=target, args=(*args, sender), daemon=True, name="station-desk-render")
    child.start()
    sender.close()
    return child, receiver


def _stop(child, receiver) -> None:
    receiver.close()
    if child.is_alive():
        child.terminate()
    end = time.monotonic() + 10
    while child.is_alive() and time.monotonic() < end:
        child.join(0.1)
    if child.is_alive():
        child.kill()
    child.join(5)


def _receive(child, receiver, cancelled: Callable[[], bool]):
    """The child's next message; None when `cancelled()` says stop first (checked every POLL_S)."""
    while True:
        if cancelled():
            return None
        if receiver.poll(POLL_S):
            try:
                return receiver.recv()
            except EOFError:
                raise RuntimeError(f"the page renderer stopped (exit code {child.exitcode})") from None
        if not child.is_alive() and not receiver.poll(0):
            raise RuntimeError(f"the page renderer stopped (exit code {child.exitcode})")


def _send_error(conn, error: BaseException) -> None:
    if isinstance(error, UserError):
        conn.send(("usererror", error.message))
    elif isinstance(error, OSError) and error.errno is not None:
        conn.send(("oserror", error.errno, error.strerror or str(error), error.filename))
    else:
        conn.send(("error", f"{type(error).__name__}: {error}"))


def _raise(message: tuple) -> None:
    if message[0] == "oserror":
        _, number, text, filename = message
        raise OSError(number, text, filename) if filename else OSError(number, text)  # errno picks the subclass
    if message[0] == "usererror":
        raise UserError(message[1])
    raise RuntimeError(f"the page renderer failed: {message[1]}")


# --- saving and printing -------------------------------------------------------------------

PRINTER_FIELDS = ("printerName", "outputFileName", "copyCount", "collateCopies", "docName", "creator")
PRINTER_ENUMS = ("outputFormat", "duplex", "colorMode", "pageOrder")


def printer_settings(printer) -> dict[str, Any]:
    """What the print dialog chose (on the UI thread), as plain data a child process can use."""
    from desktop.printing.print_job import page_ranges

    settings: dict[str, Any] = {name: getattr(printer, name)() for name in PRINTER_FIELDS}
    settings["ranges"] = page_ranges(printer)
    for name in PRINTER_ENUMS:
        settings[name] = getattr(printer, name)().value
    layout = printer.pageLayout()
    settings["page"] = (layout.pageSize().id().value, layout.orientation().value)
    return settings


def _printer(settings: dict[str, Any]):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing.document import MARGINS_MM

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    types = {"outputFormat": QPrinter.OutputFormat, "duplex": QPrinter.DuplexMode,
             "colorMode": QPrinter.ColorMode, "pageOrder": QPrinter.PageOrder}
    if settings.get("outputFormat") == QPrinter.OutputFormat.NativeFormat.value and settings.get("printerName"):
        printer.setPrinterName(settings["printerName"])
    for name in ("outputFormat", "duplex", "colorMode", "pageOrder"):
        getattr(printer, "set" + name[0].upper() + name[1:])(types[name](settings[name]))
    if settings.get("outputFileName"):
        printer.setOutputFileName(settings["outputFileName"])
    printer.setCopyCount(settings["copyCount"])
    printer.setCollateCopies(settings["collateCopies"])
    printer.setDocName(settings["docName"])
    printer.setCreator(settings["creator"])
    size, orientation = settings["page"]
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId(size)), QPageLayout.Orientation(orientation),
                                      MARGINS_MM, QPageLayout.Unit.Millimeter))
    return printer


def _child_write(paper: HtmlDoc, target: tuple, setup, conn) -> None:
    """`target`: ("pdf", path) or ("printer", settings)."""
    try:
        if sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts, painting and CUPS only, no window
        from desktop.printing import document
        from desktop.printing.app import ensure_app

        ensure_app(setup=setup)

        def reporter(stage: str):
            def progress(done: int, total: int) -> bool:
                conn.send(("progress", stage, done, total))
                return True
            return progress

        if target[0] == "pdf":
            pages = document.write_pdf(paper, target[1], progress=reporter("pages"), counting=reporter("count"))
        else:
            settings = dict(target[1])
            out = settings.get("outputFileName")
            if out:  # printing to a file: written beside it first, as a PDF is
                settings["outputFileName"] = str(document.partial_path(out))
            printer = _printer(settings)
            pages = document.render_paper(paper, printer, progress=reporter("pages"), counting=reporter("count"),
                                          ranges=settings.get("ranges"))
            del printer  # ends the job (closes the file)
            if out:
                document.partial_path(out).replace(out)
        conn.send(("done", pages))
    except BaseException as error:  # reported to the parent, which raises it there
        _send_error(conn, error)
    finally:
        conn.close()


def _write(paper: HtmlDoc, target: tuple, partial: Path | None, progress: Progress | None,
           counting: Progress | None, setup) -> int | None:
    child, receiver = _start(_child_write, (paper, target, setup))
    last: list = [progress, 0, 0]  # the callback of the stage under way and what it was told last

    def report(stage: str, done: int, total: int) -> None:
        last[:] = [counting if stage == "count" else progress, done, total]

    def cancelled() -> bool:  # asked every POLL_S: the stage's callback again (it says False once cancelled)
        callback, done, total = last
        return callback is not None and callback(done, total) is False

    finished = False
    try:
        while True:
            message = _receive(child, receiver, cancelled)
            if message is None:
                return None
            if message[0] == "progress":
                report(*message[1:])
                if cancelled():
                    return None
            elif message[0] == "done":
                finished = True
                return message[1]
            else:
                _raise(message)
    finally:
        _stop(child, receiver)
        if not finished and partial is not None:
            partial.unlink(missing_ok=True)  # what the ended child had written


def write_pdf(paper: HtmlDoc, path: Path | str, *, progress: Progress | None = None,
              counting: Progress | None = None, setup=None) -> int | None:
    """document.write_pdf in a child process: pages, or None if cancelled (nothing left at `path`)."""
    from desktop.printing.document import partial_path

    return _write(paper, ("pdf", str(path)), partial_path(path), progress, counting, setup)


def print_paper(paper: HtmlDoc, settings: dict[str, Any], *, progress: Progress | None = None,
                counting: Progress | None = None, setup=None) -> int | None:
    """Print on the printer `settings` name (printer_settings of the print dialog's printer) from a child
    process: the pages sent (those of `settings["ranges"]`, else all), or None if cancelled."""
    from desktop.printing.document import partial_path

    out = settings.get("outputFileName")
    return _write(paper, ("printer", settings), partial_path(out) if out else None, progress, counting, setup)


def render_images(paper: HtmlDoc, *, dpi: int | None = None, max_pages: int | None = None,
                  progress: Progress | None = None, setup=None,
                  on_first: Callable[[list[QImage]], object] | None = None) -> tuple[list[QImage], int] | None:
    """`setup(app)`: a module-level function (it is sent to the child by name) run on the
    child's new application, e.g. desktop.ui.i18n.install_translators. `on_first(images)` is called
    (on this thread) with a long paper's first pages while the child goes on counting its pages."""
    from desktop.printing import document

    dpi = dpi or document.PREVIEW_DPI
    max_pages = max_pages or document.PREVIEW_PAGES
    child, receiver = _start(_child, (paper, dpi, max_pages, setup))
    done, total = 0, 0
    try:
        while True:
            if progress is not None and progress(done, total) is False:
                return None
            if not receiver.poll(POLL_S):
                if not child.is_alive() and not receiver.poll(0):
                    raise RuntimeError(f"the page renderer stopped (exit code {child.exitcode})")
                continue
            try:
                message = receiver.recv()
            except EOFError:
                raise RuntimeError(f"the page renderer stopped (exit code {child.exitcode})") from None
            if message[0] == "progress":
                done, total = message[1], message[2]
            elif message[0] == "first":
                if on_first is not None:
                    on_first(_decode(message[1]))
            elif message[0] in ("error", "oserror", "usererror"):
                _raise(message)
            else:
                _, encoded, pages = message
                return _decode(encoded), pages
    finally:
        _stop(child, receiver)
