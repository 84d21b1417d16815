"""A long paper saved or printed a stretch at a time (desktop.printing.document.render_paper), in a
child process (desktop.printing.isolated.write_pdf / print_paper): the same pages and text as the
whole paper laid out at once, progress in pages, Cancel leaves no file, a full disk says so in
Chinese; and a preview whose page count fails says so instead of counting forever."""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from long_papers import register_like
from PySide6.QtGui import QPdfWriter

from desktop.printing import document, isolated
from desktop.reports.base import HtmlDoc
from desktop.ui.i18n import install_translators

ROOT = Path(__file__).parents[2]


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def _text(path: Path) -> str:
    """The text in reading order, page by page (form feeds between pages). The stretches' page tops do not
    drift as a whole paper's do (up to 0.1 pt by its end), so word positions are not compared."""
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _whole(paper: HtmlDoc, path: Path) -> int:
    """The paper laid out as one document, as write_pdf did before: the reference."""
    writer = QPdfWriter(str(path))
    writer.setResolution(document.PDF_DPI)
    writer.setPageLayout(document.page_layout(paper.landscape, paper.page_size))
    pages = document.render(document.build_document(paper), writer, title=paper.title)
    del writer
    return pages


def test_a_long_paper_is_written_in_stretches_with_the_same_pages(qapp, tmp_path, monkeypatch):
    paper = register_like(300)
    reference = tmp_path / "whole.pdf"
    whole_pages = _whole(paper, reference)
    monkeypatch.setattr(document, "CHUNK_BYTES", 12_000)  # many stretches
    plans = []
    plan = document._Paper.plan
    monkeypatch.setattr(document._Paper, "plan", lambda self, *a: plans.append(plan(self, *a)) or plans[-1])
    done, counted = [], []
    target = tmp_path / "stretches.pdf"
    pages = document.write_pdf(paper, target, progress=lambda d, t: done.append((d, t)),
                               counting=lambda d, t: counted.append((d, t)))
    assert len(plans) == 1 and len(plans[0]) > 5  # laid out in stretches, not whole
    assert pages == whole_pages == _pages(target) > 40
    assert _text(target) == _text(reference)  # the same text on the same pages, footers included
    text = _text(target)
    assert all(f"志愿者{n:05d}" in text for n in range(300)) and "以上共 300 人" in text  # its closing line too
    assert [d for d, _t in done] == list(range(pages + 1)) and {t for _d, t in done} == {pages}
    assert counted and all(0 <= d < t == len(paper.html) for d, t in counted)
    assert not list(tmp_path.glob("*.part"))


def test_the_closing_line_after_the_last_table_is_laid_out(qapp, tmp_path):
    """After keep_tables_together set its breaks, Qt left the blocks after a stretch's last table without
    a layout (the register's closing line was missing from the PDF's last page)."""
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(document.PDF_DPI)
    writer.setPageLayout(document.page_layout())
    cut = document._Paper(register_like(60), document.PDF_DPI, writer)
    for first in (32, 40, 45):
        part = cut.part(first, 60)
        block = part.doc.lastBlock()
        while "以上共" not in block.text():
            block = block.previous()
        rect = part.doc.documentLayout().blockBoundingRect(block)
        assert block.layout().lineCount() == 1 and 0 < rect.height() and rect.bottom() <= part.pages * part.body
    del writer


def test_a_short_paper_is_written_whole(qapp, tmp_path):
    target = tmp_path / "short.pdf"
    assert document.write_pdf(register_like(3), target) == 1 == _pages(target)
    assert "志愿者00002" in _text(target)


@pytest.mark.slow
def test_the_child_writes_a_few_hundred_pages_with_progress(qapp, tmp_path):
    paper = register_like(1500)
    done, counted = [], []
    target = tmp_path / "登记簿.pdf"
    pages = isolated.write_pdf(paper, target, progress=lambda d, t: done.append((d, t)),
                               counting=lambda d, t: counted.append((d, t)), setup=install_translators)
    assert pages == _pages(target) > 200
    text = _text(target)
    assert all(f"志愿者{n:05d}" in text for n in range(1500))
    assert f"第 {pages} 页，共 {pages} 页" in text  # the child has the translations
    assert (pages, pages) in done and any(0 < d < t for d, t in counted)
    reference = tmp_path / "in-process.pdf"
    assert document.write_pdf(paper, reference) == pages


def test_cancel_ends_the_child_and_leaves_no_file(qapp, tmp_path):
    target = tmp_path / "登记簿.pdf"
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 3  # stop once a few pages are written

    assert isolated.write_pdf(register_like(900), target, progress=progress) is None
    assert max(seen) >= 3 and not target.exists() and not list(tmp_path.iterdir())


def test_a_full_disk_is_told_in_chinese(tmp_path):
    """A file-size limit makes the child's PDF writes fail as a full disk does (QPdfWriter says nothing):
    the cut file is found, removed, and the error reaches the parent with its errno."""
    target = tmp_path / "登记簿.pdf"
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))\n"
        "sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + '/tests/ui')\n"
        "from long_papers import register_like\n"
        "from desktop.errors import environment_message\n"
        "from desktop.printing import isolated\n"
        "if __name__ == '__main__':\n"
        "    try:\n"
        "        isolated.write_pdf(register_like(150), sys.argv[2])\n"
        "    except OSError as error:\n"
        "        print(error.errno, environment_message(error))\n")
    out = subprocess.run([sys.executable, "-c", script, str(ROOT), str(target)], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.startswith("28 ") and "磁盘已满" in out.stdout, (out.stdout, out.stderr[-2000:])
    assert not list(tmp_path.iterdir())


def test_printing_in_a_child_reaches_the_printer(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    printer.setOutputFileName(str(target))
    printer.setDocName("登记簿")
    printer.setPageLayout(document.page_layout())
    paper = register_like(300)
    done = []
    pages = isolated.print_paper(paper, isolated.printer_settings(printer), progress=lambda d, t: done.append(d))
    assert pages == _pages(target) > 30 and done[-1] == pages and not list(tmp_path.glob("*.part"))
    assert "志愿者00299" in _text(target)


def test_a_child_that_dies_while_counting_raises(qapp):
    """The preview's count: a crashed child is an error, never a wait without end."""
    killed = []

    def kill(_images) -> None:
        for child in multiprocessing.active_children():
            if child.name == "station-desk-render":
                child.kill()
                killed.append(child)

    with pytest.raises(RuntimeError, match="stopped"):
        isolated.render_images(register_like(4000), max_pages=2, on_first=kill)
    assert killed


# --- the reports page ---------------------------------------------------------------------------

@pytest.fixture
def long_register(monkeypatch):
    """The reports page builds this long register (any request): the write and the count are real."""
    from desktop.services.papers import Built
    from desktop.ui.reports import page as reports_page

    paper = register_like(900)
    monkeypatch.setattr(reports_page.papers, "build", lambda db, req, progress=None: Built(paper, None))
    return paper


@pytest.fixture
def page(qtbot, ctx, chinese):
    from desktop.ui.reports.page import Page

    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


@pytest.mark.slow
def test_saving_a_long_register_shows_pages_and_keeps_the_window_live(qtbot, page, long_register, tmp_path):
    from PySide6.QtCore import QTimer

    beats = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()
    target = tmp_path / "登记簿.pdf"
    page.save_to(target, "pdf")
    qtbot.waitUntil(lambda: page.progress.maximum() > 100 and "已写页数" in page.progress.format(), timeout=60_000)
    total = page.progress.maximum()
    assert re.fullmatch(rf"已写页数 \d+/{total}", page.progress.text()) and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not page.busy(), timeout=120_000)
    timer.stop()
    assert target.exists() and _pages(target) == total and f"{total} 页" in page.status.text()
    assert "志愿者00899" in _text(target) and not list(tmp_path.glob("*.part"))
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    began = time.perf_counter()  # the baseline in the same run: written in this process, the UI thread waits
    document.write_pdf(long_register, tmp_path / "in-process.pdf")
    in_process = time.perf_counter() - began
    assert gaps and max(gaps) < in_process / 3, (max(gaps), in_process)


@pytest.mark.slow
def test_cancel_while_saving_leaves_no_file(qtbot, page, ctx, long_register, tmp_path):
    target = tmp_path / "登记簿.pdf"
    page.save_to(target, "pdf")
    qtbot.waitUntil(lambda: page.progress.maximum() > 0 and page.progress.value() > 0, timeout=60_000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=30_000)
    assert page.status.text() == "已取消，没有写入文件。" and not page.open_button.isVisible()
    assert ctx.ops.render_pool.waitForDone(10_000)
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert not [c for c in multiprocessing.active_children() if c.name == "station-desk-render"]


def test_the_page_prints_in_a_child_with_progress(qtbot, page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    jobs = []
    dialog = document.print_dialog(register_like(200), page, run=jobs.append)
    printer = dialog._printer
    dialog.accept()
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print dialog's "print to file"
    printer.setOutputFileName(str(target))
    page.rows.print_in_background(page.ctx.ops, jobs[0], page)  # what the dialog's run does: the render pool starts the child
    assert page.busy() and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not page.busy(), timeout=60_000)
    pages = _pages(target)
    assert pages > 20 and page.status.text() == f"已发送 {pages} 页到打印机。"
    assert "志愿者00199" in _text(target) and not list(tmp_path.glob("*.part"))


def _failing_count(monkeypatch, crash: bool):
    """isolated.render_images for a long paper whose count fails once the first pages are shown."""
    from PySide6.QtGui import QImage

    from desktop.ui.reports import page as reports_page

    gate = threading.Event()

    def render_images(doc, *, progress=None, setup=None, on_first=None):
        image = QImage(600, 850, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        on_first([image, image])
        gate.wait(10)
        if crash:
            raise RuntimeError("the page renderer stopped (exit code -9)")  # what isolated raises when the child dies
        raise ValueError("the count went wrong")

    monkeypatch.setattr(reports_page.isolated, "render_images", render_images)
    return gate


@pytest.mark.parametrize("crash", [True, False])
def test_a_failed_count_is_told_and_the_preview_stays(qtbot, page, ctx, monkeypatch, crash):
    gate = _failing_count(monkeypatch, crash)
    page.preview()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=20_000)
    dialog = page.dialog
    assert "正在统计" in dialog.note.text()
    reported = []
    ctx.ops.reporter.reported.connect(reported.append)
    gate.set()
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    assert "未能统计总页数" in dialog.note.text() and "打印" in dialog.note.text()
    assert dialog.isVisible() and dialog.total_pages is None and "未能统计" in page.status.text()
    assert not reported  # told in the dialog, not in a second box over it
    dialog.counting(50, 100)  # a late progress report does not bring the spinner back
    assert "未能统计总页数" in dialog.note.text()
    assert page.preview_button.isEnabled() and page.print_button.isEnabled()
    dialog.close()
