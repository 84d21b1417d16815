"""A long register saved as PDF right after its preview (报表 → 预览, then 保存为 PDF): the save reuses the
preview's count of the pages (desktop.printing.plans) instead of counting them again. Both in child
processes, as the reports page runs them (desktop.printing.isolated).

Baseline in the same run, interleaved: the same paper saved with no plan kept (the long way: count, then
paint). The PDFs' text is compared, footers and all.

    .venv/bin/python bench/pdf_after_preview.py [--volunteers 2000 --activities 1500 --runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import median, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_register(folder: Path, volunteers: int, activities: int):
    from desktop.db import Database
    from desktop.periods import year
    from desktop.services import papers
    from desktop.services.demo import generate
    from desktop.services.papers import PaperRequest
    from desktop.services.station import setup_station

    db = Database(folder)
    setup_station(db, name="基准测试村新时代文明实践站", head_name="王建国")
    generate(db, volunteers=volunteers, activities=activities, seed=3)
    return papers.build(db, PaperRequest("register", year(date.today().year))).doc


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=2000)
    parser.add_argument("--activities", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from desktop.printing import isolated
    from desktop.printing.app import ensure_app
    from desktop.ui.i18n import install_translators

    ensure_app(setup=install_translators)
    work = Path(tempfile.mkdtemp(prefix="sd-bench-plans-"))
    kept = work / "plans"
    os.environ["STATION_DESK_PLANS"] = str(kept)  # the children inherit it
    try:
        paper = build_register(work / "station", args.volunteers, args.activities)
        long_way, preview, after, texts, pages = [], [], [], set(), set()
        for run in range(args.runs):
            shutil.rmtree(kept, ignore_errors=True)
            begin = time.perf_counter()
            pages.add(isolated.write_pdf(paper, work / "long.pdf", setup=install_translators))
            long_way.append(time.perf_counter() - begin)
            texts.add(text_of(work / "long.pdf"))
            shutil.rmtree(kept, ignore_errors=True)
            begin = time.perf_counter()
            _images, total = isolated.render_images(paper, setup=install_translators)
            preview.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            pages.add(isolated.write_pdf(paper, work / "after.pdf", setup=install_translators))
            after.append(time.perf_counter() - begin)
            texts.add(text_of(work / "after.pdf"))
            pages.add(total)
            print(f"  run {run + 1}: long way {long_way[-1]:.2f} s; preview {preview[-1]:.2f} s, then the PDF "
                  f"{after[-1]:.2f} s", file=sys.stderr)
        ratio = median(after) / median(long_way)
        report(f"PDF after its preview ({args.volunteers} volunteers, {args.activities} activities; the year's "
               f"register, {'/'.join(str(p) for p in sorted(pages))} pages; load {os.getloadavg()[0]:.1f})", [
                   ("the PDF after the preview (s)", " / ".join(f"{t:.2f}" for t in after)),
                   ("baseline: the PDF the long way (s)", " / ".join(f"{t:.2f}" for t in long_way)),
                   ("the preview itself (s)", " / ".join(f"{t:.2f}" for t in preview)),
                   ("ratio after preview / long way", f"{ratio:.2f}x (median)"),
                   ("same text and page numbers", "yes" if len(texts) == 1 and len(pages) == 1 else "NO"),
               ])
        return 0 if len(texts) == 1 and len(pages) == 1 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
