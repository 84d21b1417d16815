"""The operation manual is built in CI from the help topics and the real app, and says what it must."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui import pages
from desktop.ui.help import manual, topics

ROOT = Path(__file__).parents[2]


def _page_names() -> list[str]:
    """The sidebar's Chinese names of the pages (shell catalog, context Navigation)."""
    names = {}
    for context in ET.parse(ROOT / "resources" / "translations" / "shell_zh_CN.ts").getroot().iter("context"):
        if context.findtext("name") == "Navigation":
            names.update({m.findtext("source"): m.findtext("translation") for m in context.iter("message")})
    return [names[spec.title] for spec in pages.PAGES]


@pytest.mark.slow
def test_make_manual_builds_one_a4_pdf_with_every_page(tmp_path):
    out = tmp_path / "manual.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "desktop.ui.help.manual", "--out", str(out), "--volunteers", "80",
                          "--activities", "40"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "pages" in run.stdout
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert 10 <= len(reader.pages) <= 80
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert abs(width - 595) < 2 and abs(height - 842) < 2, "A4"
    texts = ["".join(t.split()) for t in manual.page_texts(out)]
    whole = "".join(texts)
    for name in _page_names():
        assert name in whole, f"no chapter names the page {name}"
    for word in ("操作手册", "目录", "遇到问题怎么办", "没有网络", "电脑时间不对", "磁盘满了", "忘记密码",
                 "数据文件损坏", "一页纸速查"):
        assert word in whole, word
    # the contents' page numbers are right, and the quick card is one page, the last
    chapters = 1 + len(pages.PAGES) + 2
    starts = manual.chapter_pages(out, chapters)
    assert starts == sorted(starts) and 0 not in starts
    assert starts[-1] == len(texts), "the quick card starts on the last page: it fits on one"
    for number, page in enumerate(starts, 1):
        assert f"第{number}章·" in texts[page - 1]
        assert f"{page}/{len(texts)}" in texts[page - 1], "page numbers at the foot"
    assert topics.title("quickcard") in texts[-1]
    for number, (name, page) in enumerate(zip(_page_names(), starts[1:], strict=False), 2):
        assert f"第{number}章{name}{page}" in texts[1], f"contents: chapter {number} on page {page}"
