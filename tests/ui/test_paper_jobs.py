"""Papers written and printed off the database worker: the star-rating self-check and the audit log are
gathered on the database worker, then laid out and written on the render pool (in a child process),
with progress, Cancel and a Chinese error; and the print dialog's page range is honoured (only the
chosen pages are sent, and the status line counts them). Real SQLite files, real PDFs read by pdfinfo."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


# --- the star-rating self-check -----------------------------------------------------------------

@pytest.fixture
def check_page(chinese, selfcheck_page):  # the translators first: the page's strings are read when it is built
    return selfcheck_page


def test_the_self_check_is_written_on_the_render_pool(qtbot, check_page, ctx, tmp_path, monkeypatch):
    from desktop.printing import isolated

    threads = []
    real = isolated.write_pdf

    def write_pdf(*args, **kwargs):
        threads.append(ctx.ops.render_pool.activeThreadCount())
        return real(*args, **kwargs)

    monkeypatch.setattr(isolated, "write_pdf", write_pdf)
    target = tmp_path / "星级自查.pdf"
    task = check_page.save_paper_to(target)
    assert check_page.busy() and check_page.cancel_button.isVisible() and task is check_page.task
    qtbot.waitUntil(lambda: not check_page.busy(), timeout=60_000)
    pages = _pages(target)
    assert threads == [1]  # written from a render worker, not the database worker
    assert check_page.status.text() == f"已保存 {target}（{pages} 页）。" and check_page.open_button.isVisible()
    assert "党史故事分享会" in _text(target)
    assert not list(tmp_path.glob("*.part"))


def test_cancelling_the_self_check_leaves_no_file(qtbot, check_page, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "星级自查.pdf"
    task = check_page.save_paper_to(target)
    check_page.cancel_button.click()
    assert task.cancelled
    qtbot.waitUntil(lambda: not check_page.busy(), timeout=60_000)
    assert check_page.status.text() == "已取消，没有写入文件。" and not check_page.open_button.isVisible()
    assert list(tmp_path.iterdir()) == [] and check_page.print_button.isEnabled()


def test_the_self_check_into_a_missing_folder_says_so_in_chinese(qtbot, check_page, ctx, tmp_path):
    with qtbot.waitSignal(ctx.reporter.reported, timeout=30_000) as said:
        check_page.save_paper_to(tmp_path / "没有这个文件夹" / "星级自查.pdf")
    qtbot.waitUntil(lambda: not check_page.busy())
    assert "没有这个文件夹" in said.args[0] and "不存在" in said.args[0] and check_page.print_button.isEnabled()


# --- the audit log --------------------------------------------------------------------------------

@pytest.fixture
def audit_page(qtbot, ctx, chinese):
    from desktop.services.volunteers import add_volunteer
    from desktop.ui.pages.audit import Page

    for n in range(150):  # a log of several pages
        add_volunteer(ctx.db, name=f"审计{n:03d}", actor="王站长")
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() >= 150, timeout=20_000)
    return widget


def test_the_audit_log_is_saved_on_the_render_pool_with_progress(qtbot, audit_page, tmp_path):
    target = tmp_path / "操作记录.pdf"
    task = audit_page.save_pdf(str(target))
    assert audit_page.busy() and audit_page.cancel_button.isVisible() and not audit_page.pdf_button.isEnabled()
    seen = []
    task.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    qtbot.waitUntil(lambda: not audit_page.busy(), timeout=60_000)
    pages = _pages(target)
    assert pages >= 3 and audit_page.status.text() == f"已保存到 {target}（{pages} 页）。"
    text = _text(target)
    assert "审计149" in text and "审计000" in text and audit_page.open_button.isVisible()
    assert (pages, pages, "已写页数") in seen and audit_page.pdf_button.isEnabled()


def test_cancelling_the_audit_log_leaves_no_file(qtbot, audit_page, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "操作记录.pdf"
    task = audit_page.save_pdf(str(target))
    audit_page.cancel_button.click()
    assert task.cancelled
    qtbot.waitUntil(lambda: not audit_page.busy(), timeout=60_000)
    assert audit_page.status.text() == "已取消，没有写入文件。" and list(tmp_path.iterdir()) == []


def test_the_audit_log_into_a_missing_folder_says_so_in_chinese(qtbot, audit_page, ctx, tmp_path):
    with qtbot.waitSignal(ctx.reporter.reported, timeout=30_000) as said:
        audit_page.save_pdf(str(tmp_path / "没有这个文件夹" / "操作记录.pdf"))
    qtbot.waitUntil(lambda: not audit_page.busy())
    assert "不存在" in said.args[0] and audit_page.pdf_button.isEnabled()


# --- the print dialog's page range ------------------------------------------------------------------

def _print_to_file(dialog, target: Path, first: int | None = None, last: int | None = None) -> None:
    """What a user does in the real print dialog: print to a PDF file, pages `first` to `last`, Print."""
    from PySide6.QtWidgets import QLineEdit, QRadioButton, QSpinBox

    dialog.findChild(QLineEdit, "filename").setText(str(target))
    if first is not None:
        dialog.findChild(QRadioButton, "printRange").click()
        dialog.findChild(QSpinBox, "to").setValue(last)
        dialog.findChild(QSpinBox, "from").setValue(first)
    dialog.accept()


def _page_texts(path: Path) -> list[str]:
    return [page.strip() for page in _text(path).split("\f") if page.strip()]


@pytest.fixture
def reports_page(qtbot, ctx, chinese):
    from desktop.ui.reports.page import Page

    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_chosen_pages_are_the_only_ones_printed(qtbot, reports_page, tmp_path):
    from long_papers import register_like

    from desktop.printing import document

    paper = register_like(200)
    whole = tmp_path / "whole.pdf"
    total = document.write_pdf(paper, whole)
    reference = _page_texts(whole)
    assert total == len(reference) > 5
    reports_page._ask_printer(type("Built", (), {"doc": paper})())  # the reports page's print dialog
    target = tmp_path / "pages-2-3.pdf"
    _print_to_file(reports_page.dialog, target, 2, 3)
    assert reports_page.busy() and reports_page.cancel_button.isVisible()  # printing in a child, from the render pool
    qtbot.waitUntil(lambda: not reports_page.busy(), timeout=60_000)
    assert _pages(target) == 2 and reports_page.status.text() == "已发送 2 页到打印机。"
    printed = _page_texts(target)
    assert printed == reference[1:3]  # the same pages, their footers "第 2 页，共 N 页" and "第 3 页"
    assert f"第 2 页，共 {total} 页" in printed[0] and f"第 3 页，共 {total} 页" in printed[1]


def test_every_page_is_printed_without_a_range(qtbot, reports_page, tmp_path):
    from long_papers import register_like

    reports_page._ask_printer(type("Built", (), {"doc": register_like(60)})())
    target = tmp_path / "all.pdf"
    _print_to_file(reports_page.dialog, target)
    qtbot.waitUntil(lambda: not reports_page.busy(), timeout=60_000)
    pages = _pages(target)
    assert pages > 1 and reports_page.status.text() == f"已发送 {pages} 页到打印机。"


def test_a_range_in_a_long_paper_lays_out_only_the_stretches_it_needs(qapp, tmp_path, monkeypatch):
    """A long register is printed a stretch at a time: the chosen pages (from its start and its end) match
    the whole paper's, and a stretch with none of them is not laid out a second time."""
    from long_papers import register_like
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing import document

    monkeypatch.setattr(document, "CHUNK_BYTES", 12_000)  # many short stretches, from a paper of 200
    paper = register_like(200)
    whole = tmp_path / "whole.pdf"
    total = document.write_pdf(paper, whole)
    reference = _page_texts(whole)
    laid_out: list[int] = []
    part = document._Paper.part
    monkeypatch.setattr(document._Paper, "part", lambda self, first, upto: laid_out.append(first) or part(self, first, upto))

    def print_to(target: Path, ranges) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(document.page_layout())
        laid_out.clear()
        sent = document.render_paper(paper, printer, ranges=ranges)
        del printer  # ends the job (closes the file)
        return sent

    assert print_to(tmp_path / "all.pdf", None) == total
    every = len(laid_out)
    stretches = len(set(laid_out))
    sent = print_to(tmp_path / "some.pdf", [(2, 3), (total - 1, total + 5)])
    assert sent == 4 == _pages(tmp_path / "some.pdf")
    assert _page_texts(tmp_path / "some.pdf") == reference[1:3] + reference[-2:]
    assert stretches > 4 and len(laid_out) <= every - (stretches - 3)  # the stretches with no chosen page: once


def test_a_range_past_the_end_is_said_in_chinese(qtbot, audit_page, ctx, tmp_path):
    """The audit log prints from a child too (the UI thread never lays it out); 50-60 of a short log: no file, a Chinese message."""
    audit_page.print_log()
    qtbot.waitUntil(lambda: audit_page.dialog is not None and audit_page.dialog.isVisible(), timeout=20_000)
    target = tmp_path / "audit.pdf"
    with qtbot.waitSignal(ctx.reporter.reported, timeout=60_000) as said:
        _print_to_file(audit_page.dialog, target, 50, 60)
    qtbot.waitUntil(lambda: not audit_page.busy())
    assert re.fullmatch(r"这份材料只有 \d 页，请选择第 1 至 \d 页之间的页码。", said.args[0]), said.args[0]
    assert not target.exists() and not list(tmp_path.glob("*.part")) and audit_page.print_button.isEnabled()


def test_the_audit_log_prints_the_chosen_page(qtbot, audit_page, tmp_path):
    audit_page.print_log()
    qtbot.waitUntil(lambda: audit_page.dialog is not None and audit_page.dialog.isVisible(), timeout=20_000)
    target = tmp_path / "audit.pdf"
    _print_to_file(audit_page.dialog, target, 2, 2)
    assert audit_page.busy() and audit_page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not audit_page.busy(), timeout=60_000)
    assert _pages(target) == 1 and audit_page.status.text() == "已发送 1 页到打印机。"
    assert "第 2 页" in _text(target)


def test_ranges_as_cups_writes_them():
    from desktop.printing.print_job import parse_ranges

    assert parse_ranges("2-3,5") == [(2, 3), (5, 5)] and parse_ranges(" 7- ") == [(7, 2**31 - 1)]
    assert parse_ranges("") is None and parse_ranges("a-b") is None


def test_a_cups_printers_own_pages_box_is_read_and_taken(qapp):
    """A CUPS printer's "Pages" box leaves the printer at all pages and puts page-ranges in its CUPS options
    (a stand-in engine holds them here; tests/ui/test_cups_print.py does it through a real CUPS queue); they
    are read, and taken off for an in-process print."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing.print_job import page_ranges

    class Engine:
        options = ["media", "iso_a4_210x297mm", "page-ranges", "2-3,7", "page-set", "all"]

        def property(self, _key):
            return list(self.options)

        def setProperty(self, _key, value):  # noqa: N802 (Qt's name)
            self.options = value

    engine = Engine()
    printer = type("Printer", (), {"printRange": lambda self: QPrinter.PrintRange.AllPages,
                                   "printEngine": lambda self: engine})()
    assert page_ranges(printer) == [(2, 3), (7, 7)] and "page-ranges" in engine.options
    assert page_ranges(printer, take=True) == [(2, 3), (7, 7)]
    assert engine.options == ["media", "iso_a4_210x297mm", "page-set", "all"] and page_ranges(printer) is None
