"""The preview's pages drawn in a child process (desktop/printing/isolated.py): the same
pages as in-process drawing, a live UI thread meanwhile, and Cancel ends the child."""

from __future__ import annotations

import threading
import time

from desktop.printing import document, isolated
from desktop.reports.base import HtmlDoc
from desktop.ui.i18n import install_translators


def _paper(rows: int) -> HtmlDoc:
    body = "".join(f"<tr><td>{n}</td><td>志愿者{n}</td><td>测试村</td></tr>" for n in range(rows))
    return HtmlDoc(f"<h1>登记簿</h1><table border='1'><thead><tr><th>序号</th><th>姓名</th><th>住址</th></tr>"
                   f"</thead>{body}</table>", title="测试登记簿")


def test_child_draws_the_same_pages(qapp):
    paper = _paper(300)
    seen = []
    images, pages = isolated.render_images(paper, max_pages=3, setup=install_translators,
                                           progress=lambda done, total: seen.append((done, total)))
    local_images, local_pages = document.render_images(paper, max_pages=3)
    assert pages == local_pages > 3 and len(images) == 3
    assert images[0].size() == local_images[0].size() and not images[0].isNull()
    assert (3, 3) in seen


def test_the_ui_thread_keeps_beating_while_the_child_lays_out(qtbot):
    from PySide6.QtCore import QTimer


    beats = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()
    done = []

    worker = threading.Thread(target=lambda: done.append(isolated.render_images(_paper(3000), max_pages=1)))
    worker.start()
    qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    worker.join()
    timer.stop()
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    # the baseline, in the same run (a loaded machine stretches both): laid out in this process, the
    # UI thread is held for the whole layout
    began = time.perf_counter()
    document.render_images(_paper(3000), max_pages=1)
    in_process = time.perf_counter() - began
    assert done[0][1] > 50 and gaps and max(gaps) < in_process / 3, (max(gaps), in_process)


def test_cancel_ends_the_child(qapp):
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3  # cancel while the child is still laying out

    started = time.perf_counter()
    assert isolated.render_images(_paper(20_000), progress=progress) is None
    assert time.perf_counter() - started < 30
