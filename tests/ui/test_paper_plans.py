"""A PDF saved after its preview: the preview's count of a long paper is kept (desktop.printing.plans) and
the save skips its own counting pass. A kept plan is never trusted: whatever it says, the PDF has the same
pages, text and page numbers as one written the long way."""

from __future__ import annotations

import json
import subprocess

from hypothesis import given
from hypothesis import strategies as st
from long_papers import register_like

from desktop.printing import document, isolated, plans


def text_of(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def name_of(paper) -> str:
    return plans.key(paper.html, document.PDF_DPI, document.page_layout(paper.landscape, paper.page_size))


def reference(paper, path):
    """The PDF written the long way (no plan kept), its pages and text; the plan it counted."""
    plans.drop(name_of(paper))
    counted: list = []
    pages = document.write_pdf(paper, path, counting=lambda done, total: counted.append(done) or True)
    assert counted, "the long way counts the pages first"
    return pages, text_of(path), plans.load(name_of(paper))


def test_a_pdf_after_the_preview_skips_the_count(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(document, "CHUNK_BYTES", 6_000)  # many stretches of a small paper
    paper = register_like(160)
    pages, text, plan = reference(paper, tmp_path / "long.pdf")
    assert plan is not None and len(plan) > 3 and sum(p for *_, p in plan) == pages
    plans.drop(name_of(paper))
    images, total = document.render_images(paper)  # the preview: first pages, then the count
    assert total == pages and plans.load(name_of(paper)) == plan
    counted: list = []
    again = document.write_pdf(paper, tmp_path / "again.pdf", counting=lambda done, total: counted.append(done) or True)
    assert again == pages and counted == [] and text_of(tmp_path / "again.pdf") == text


def test_a_plan_that_does_not_fit_is_dropped_and_the_paper_counted(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(document, "CHUNK_BYTES", 6_000)
    paper = register_like(160)
    pages, text, plan = reference(paper, tmp_path / "long.pdf")
    wrong = [list(item) for item in plan]
    wrong[1][2] += 1  # one page too many in the second stretch
    (plans.folder() / f"{name_of(paper)}.json").write_text(json.dumps(wrong))
    counted: list = []
    assert document.write_pdf(paper, tmp_path / "w.pdf", counting=lambda d, t: counted.append(d) or True) == pages
    assert counted and text_of(tmp_path / "w.pdf") == text and plans.load(name_of(paper)) == plan
    for junk in ("not json", "[]", '[[0, 5, "3"]]', '[[1, 5, 3]]', '{"a": 1}', "[[0, 0, 1]]"):
        (plans.folder() / f"{name_of(paper)}.json").write_text(junk)
        assert plans.load(name_of(paper)) is None, junk


_FUZZ: dict = {}  # the paper written the long way once, for every example


@given(data=st.data())
def test_whatever_a_kept_plan_says_the_pdf_is_the_same(qapp, tmp_path_factory, data):
    original = document.CHUNK_BYTES
    document.CHUNK_BYTES = 6_000
    try:
        if not _FUZZ:
            folder = tmp_path_factory.mktemp("fuzz")
            paper = register_like(90)
            _FUZZ.update(folder=folder, paper=paper, ref=reference(paper, folder / "long.pdf"))
        folder, paper, (pages, text, plan) = _FUZZ["folder"], _FUZZ["paper"], _FUZZ["ref"]
        kept = [list(item) for item in plan]
        for item in kept:  # shift the cuts, the pages and the ends, within reach
            item[1] += data.draw(st.integers(-3, 3))
            item[2] += data.draw(st.integers(-2, 2))
        for item in kept[1:]:
            item[0] += data.draw(st.integers(-3, 3))
        if data.draw(st.booleans()) and len(kept) > 1:
            del kept[data.draw(st.integers(0, len(kept) - 1))]
        (plans.folder() / f"{name_of(paper)}.json").write_text(json.dumps(kept))
        assert document.write_pdf(paper, folder / "kept.pdf") == pages
        assert text_of(folder / "kept.pdf") == text
    finally:
        document.CHUNK_BYTES = original


def test_the_preview_child_and_the_pdf_child_share_the_plan(qapp, tmp_path):
    """As the reports page does it: the preview's child counts, the save's child (another process) reuses."""
    paper = register_like(2000)
    images, total = isolated.render_images(paper)
    assert plans.load(name_of(paper)) is not None and len(images) == document.PREVIEW_PAGES
    counted: list = []
    pages = isolated.write_pdf(paper, tmp_path / "r.pdf", counting=lambda d, t: counted.append(d) or True)
    assert pages == total and counted in ([], [0])  # no counting stage (at most the bar's first, empty report)
    assert f"第 {total} 页，共 {total} 页" in text_of(tmp_path / "r.pdf") or f"Page {total} of {total}" in text_of(
        tmp_path / "r.pdf")
