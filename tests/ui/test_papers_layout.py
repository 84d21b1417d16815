"""The papers' order and page layout, read back from the PDFs: the register in pinyin order
with no volunteer's block split across pages (a block too tall for one page says 续 on its
next pages), the filled sign-in sheet in pinyin order, and every photo of an activity record,
4 or 6 to a page."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypinyin import lazy_pinyin

from desktop.models import Activity, Photo, Station, Volunteer
from desktop.periods import year
from desktop.printing.document import write_pdf
from desktop.reports.activity_record import RecordData, activity_record_html
from desktop.reports.base import report_html
from desktop.reports.data import Attendance, Context
from desktop.reports.register import RegisterData, register_report
from desktop.reports.signin_sheet import SigninData, signin_report

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = ["春燕", "建国", "秀英", "志强", "桂兰", "海涛", "丽娟", "国栋"]


def pages_text(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]


def people(n: int, seed: int = 3) -> list[Volunteer]:
    rng = random.Random(seed)
    names = [s + g for s in SURNAMES for g in GIVEN]
    rng.shuffle(names)
    return [Volunteer(id=f"v{i:03d}", name=names[i], gender="女", station_id="s") for i in range(n)]


def context(vols: list[Volunteer]) -> Context:
    return Context(Station(name="测试村新时代文明实践站", station_id="s"), {}, {v.id: v for v in vols})


@pytest.mark.slow  # a long walk / a big paper: `make test` runs it, `make check` does not
def test_register_in_pinyin_order_and_no_block_split(qapp, tmp_path):
    rng = random.Random(11)
    vols = people(40)
    acts, entries = [], []
    for i in range(60):
        start = datetime(2026, 1, 3) + timedelta(days=5 * i, hours=9)
        acts.append(Activity(id=f"a{i:03d}", title=f"活动{i:03d}", category="持续深入移风易俗", start_at=start,
                             end_at=start + timedelta(hours=2), place="村委会", content="服务", station_id="s"))
    for index, vol in enumerate(vols):
        count = 45 if index == 7 else rng.randint(1, 9)  # one block taller than a page
        for act in rng.sample(acts, count):
            entries.append(Attendance(vol.id, act.id, act.start_at, act.end_at, 120))
    data = RegisterData(context(vols), year(2026), "volunteer", acts, entries=entries)
    path = tmp_path / "register.pdf"
    pages = write_pdf(report_html(register_report(data)), path)
    texts = pages_text(path)
    assert pages == len(texts) > 3
    flat = "".join(texts)
    order = sorted(vols, key=lambda v: (lazy_pinyin(v.name), v.id))
    positions = [flat.index(v.name) for v in order]
    assert positions == sorted(positions), "the register is not in pinyin order"
    tall = vols[7].name
    for vol in vols:
        on = [i for i, text in enumerate(texts) if vol.name in text]
        if vol.name == tall:
            assert len(on) >= 2 and all("（续）" in texts[i] for i in on[1:])  # runs on, and says so
        else:
            assert len(on) == 1, f"{vol.name}'s block is split across pages {on}"
    assert sum("（续）" in t for t in texts) == len([i for i, t in enumerate(texts) if tall in t]) - 1


def test_filled_signin_sheet_in_pinyin_order(qapp, tmp_path):
    vols = people(25, seed=5)
    start = datetime(2026, 3, 7, 9)
    act = Activity(id="a1", title="清扫", category="持续深入移风易俗", start_at=start, end_at=start + timedelta(hours=2),
                   station_id="s")
    rng = random.Random(2)
    attendance = [Attendance(v.id, act.id, start + timedelta(minutes=rng.randint(0, 50)), start + timedelta(hours=2), 120)
                  for v in vols]
    attendance.sort(key=lambda a: a.signed_in)  # the kiosk's order, as the hours service gives it
    path = tmp_path / "sheet.pdf"
    write_pdf(report_html(signin_report(SigninData(context(vols), act, False, attendance=attendance))), path)
    flat = "".join(pages_text(path))
    order = sorted(vols, key=lambda v: (lazy_pinyin(v.name), v.id))
    positions = [flat.index(v.name) for v in order]
    assert positions == sorted(positions)


def _photos(tmp_path: Path, n: int) -> list[tuple[Photo, Path]]:
    from PIL import Image

    out = []
    for i in range(n):
        size = (1200, 900) if i % 3 else (900, 1200)
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", size, (40 * (i % 6), 120, 200 - 10 * (i % 9))).save(path, "JPEG")
        out.append((Photo(id=f"p{i}", activity_id="a1", sha256=f"{i:064d}", width=size[0], height=size[1],
                          caption=f"照片{i + 1:02d}号", station_id="s"), path))
    return out


def test_activity_record_prints_every_photo_six_or_four_to_a_page(qapp, tmp_path):
    vols = people(3)
    start = datetime(2026, 3, 7, 9)
    act = Activity(id="a1", title="清扫", category="持续深入移风易俗", start_at=start, end_at=start + timedelta(hours=2),
                   station_id="s")
    for count, per_page in ((14, 6), (4, 4)):
        data = RecordData(context(vols), act, [], _photos(tmp_path, count), count)
        path = tmp_path / f"record{count}.pdf"
        write_pdf(activity_record_html(data), path)
        reader = PdfReader(path)
        images = [len(page.images) for page in reader.pages]
        assert sum(images) == count  # every photo, none left out
        assert images[0] == 0 and max(images) == per_page  # the facts first, then the photo pages
        assert images[1:] == [min(per_page, count - i) for i in range(0, count, per_page)]
        flat = "".join(pages_text(path))
        assert all(f"照片{i + 1:02d}号" in flat for i in range(count))
