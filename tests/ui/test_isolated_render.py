"""The preview's pages drawn in a child process (desktop/printing/isolated.py): the same
pages as in-process drawing, a live UI thread meanwhile, and Cancel ends the child."""

from __future__ import annotations

import re
import subprocess
import threading
import time

from long_papers import register_like

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
    body = images[0].height() * 85 // 100  # above the footer (the child's says 第 N 页: it has the translations)
    assert all(a.copy(0, 0, a.width(), body) == b.copy(0, 0, b.width(), body)
               for a, b in zip(images, local_images, strict=True))  # the very same pixels
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


def test_a_long_paper_shows_its_first_pages_before_it_is_counted(qapp, monkeypatch):
    paper = register_like(400)
    whole = document.build_and_count(paper)
    monkeypatch.setattr(document, "PREFIX_BYTES", 10**9)  # laid out whole, as before: the reference pages
    reference, reference_total = document.render_images(paper, max_pages=4)
    monkeypatch.setattr(document, "PREFIX_BYTES", 6_000)
    monkeypatch.setattr(document, "CHUNK_BYTES", 9_000)  # counted in many parts
    first, seen = [], []
    images, total = document.render_images(paper, max_pages=4, on_first=first.append,
                                           progress=lambda done, of: seen.append((done, of)))
    assert reference_total == total == whole > 20  # the parts add up to the whole paper's count
    assert len(first) == 1 and len(first[0]) == 4 and len(images) == 4
    assert [image == ref for image, ref in zip(images, reference, strict=True)] == [True] * 4  # the same pages
    assert first[0][0] != images[0]  # first drawn with "of …" in the footer, then with the count
    assert any(of == len(paper.html) and 0 < done < of for done, of in seen)  # the count reports how far it got


def test_a_short_paper_is_drawn_once(qapp):
    first = []
    images, total = document.render_images(register_like(3), on_first=first.append)
    assert total == 1 and len(images) == 1 and not first


def test_the_child_sends_the_first_pages_early(qapp):
    paper = register_like(1500)
    first = []
    images, total = isolated.render_images(paper, max_pages=2, setup=install_translators,
                                           on_first=lambda pages: first.append((len(pages), time.perf_counter())))
    returned = time.perf_counter()
    assert len(first) == 1 and first[0][0] == 2 and first[0][1] < returned
    assert total > 20 and len(images) == 2 and images[0].size() == images[1].size()


def test_the_preview_counts_the_pages_the_pdf_will_have(qapp, tmp_path):
    """Laid out at 80 dpi the register runs to more pages than its PDF (text metrics differ between
    resolutions); the preview's "共 N 页" is the PDF's count."""
    paper = register_like(600)
    assert document.build_and_count(paper, document.PREVIEW_DPI) != document.build_and_count(paper)
    _images, total = document.render_images(paper, max_pages=2)
    assert total == document.write_pdf(paper, tmp_path / "register.pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "register.pdf")], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M).group(1) == str(total)
