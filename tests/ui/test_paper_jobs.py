"""Papers written and printed off the database worker: the star-rating self-check and the audit log are
gathered on the database worker, then laid out and written on the render pool (in a child process),
with progress, Cancel and a Chinese error; and the print dialog's page range is honoured (only the
chosen pages are sent, and the status line counts them). Real SQLite files, real PDFs read by pdfinfo."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.services import selfcheck
from desktop.services.activities import add_activity


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


# --- the star-rating self-check -----------------------------------------------------------------

@pytest.fixture
def check_page(qtbot, ctx, chinese):
    from desktop.ui.pages.selfcheck import Page

    add_activity(ctx.db, title="党史故事分享会", category="学习实践科学理论", start=f"{date.today().year}-01-10 09:00",
                 end=f"{date.today().year}-01-10 11:00", status="held")
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == len(selfcheck.KEYS))
    return widget


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
