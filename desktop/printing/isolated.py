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
"""

from __future__ import annotations

import multiprocessing
import os
import time
import zlib
from collections.abc import Callable

from PySide6.QtGui import QImage

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
        conn.send(("error", f"{type(error).__name__}: {error}"))
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


def render_images(paper: HtmlDoc, *, dpi: int | None = None, max_pages: int | None = None,
                  progress: Progress | None = None, setup=None,
                  on_first: Callable[[list[QImage]], object] | None = None) -> tuple[list[QImage], int] | None:
    """`setup(app)`: a module-level function (it is sent to the child by name) run on the
    child's new application, e.g. desktop.ui.i18n.install_translators. `on_first(images)` is called
    (on this thread) with a long paper's first pages while the child goes on counting its pages."""
    from desktop.printing import document

    dpi = dpi or document.PREVIEW_DPI
    max_pages = max_pages or document.PREVIEW_PAGES
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    child = spawn.Process(target=_child, args=(paper, dpi, max_pages, setup, sender), daemon=True,
                          name="station-desk-render")
    child.start()
    sender.close()
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
            elif message[0] == "error":
                raise RuntimeError(f"the page renderer failed: {message[1]}")
            else:
                _, encoded, pages = message
                return _decode(encoded), pages
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        end = time.monotonic() + 10
        while child.is_alive() and time.monotonic() < end:
            child.join(0.1)
        if child.is_alive():
            child.kill()
        child.join(5)
