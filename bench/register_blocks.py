"""The register with every volunteer's block kept on one page (issue 14): the same 300-volunteer
register (about 2,400 rows, one block taller than a page) to PDF with and without keeping blocks
whole, measured in the same run, plus a check that no block is split.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/register_blocks.py [--volunteers 300]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from _common import report, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = ["春燕", "建国", "秀英", "志强", "桂兰", "海涛", "丽娟", "国栋"]


def register_doc(volunteers: int):
    from desktop.models import Activity, Station, Volunteer
    from desktop.periods import year
    from desktop.reports.base import report_html
    from desktop.reports.data import Attendance, Context
    from desktop.reports.register import RegisterData, register_report

    rng = random.Random(1)
    names = [s + g + t for s in SURNAMES for g in GIVEN for t in "一二三"][:volunteers]
    vols = [Volunteer(id=f"v{i:04d}", name=name, station_id="s") for i, name in enumerate(names)]
    acts = []
    for i in range(100):
        start = datetime(2026, 1, 3) + timedelta(days=3 * i, hours=9)
        acts.append(Activity(id=f"a{i:03d}", title=f"活动{i:03d}", category="持续深入移风易俗", start_at=start,
                             end_at=start + timedelta(hours=2), place="村委会", content="服务", station_id="s"))
    entries = [Attendance(v.id, a.id, a.start_at, a.end_at, 120)
               for index, v in enumerate(vols) for a in rng.sample(acts, 60 if index == 5 else rng.randint(2, 14))]
    ctx = Context(Station(name="基准测试村新时代文明实践站", station_id="s"), {}, {v.id: v for v in vols})
    return report_html(register_report(RegisterData(ctx, year(2026), "volunteer", acts, entries=entries))), names, len(entries)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=300)
    args = parser.parse_args()
    from pypdf import PdfReader

    from desktop.printing.app import ensure_app
    from desktop.printing.document import write_pdf

    ensure_app()
    paper, names, rows = register_doc(args.volunteers)
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-blocks-"))
    kept_s, kept_pages = timed(write_pdf, paper, folder / "kept.pdf")
    paper.keep_tables = False
    plain_s, plain_pages = timed(write_pdf, paper, folder / "plain.pdf")
    texts = [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(folder / "kept.pdf").pages]
    split = [n for n in names if sum(n in t for t in texts) > 1 and not any("（续）" in t and n in t for t in texts)]
    report("register blocks kept whole", [
        ("volunteers / rows", f"{args.volunteers} / {rows}"),
        ("blocks kept whole", f"{kept_s:.1f} s, {kept_pages} pages"),
        ("baseline: same register, blocks may split", f"{plain_s:.1f} s, {plain_pages} pages"),
        ("ratio", f"{kept_s / plain_s:.2f}x"),
        ("blocks split without 续", str(len(split))),
    ])


if __name__ == "__main__":
    main()
