"""台账资料包: one PDF (cover, contents, register, every held activity's record with all
its photos, the monthly bulletins, the certificate register, the self-check) and a
zip of the photos; read back with pdftotext/pdfimages; cancel, full disk and an
unwritable folder leave nothing that looks finished; the CLI twin."""

from __future__ import annotations

import errno
import re
import subprocess
import zipfile
from datetime import date, datetime

import pytest
from PIL import Image

from desktop.cli import main
from desktop.errors import UserError
from desktop.periods import span
from desktop.progress import Cancelled
from desktop.services import evidence
from desktop.services.activities import add_activity, record_signin, set_status
from desktop.services.demo import volunteer_rows
from desktop.services.photos import import_photos
from desktop.services.volunteers import add_volunteer

TODAY = date(2026, 12, 1)
PERIOD = span(date(2026, 1, 1), date(2026, 12, 31))


def _pictures(folder, n, seed):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"IMG_{seed}_{i:02d}.jpg"
        Image.new("RGB", (800, 600), ((seed * 40 + i * 13) % 256, (i * 29) % 256, 90)).save(path)
        paths.append(path)
    return paths


def _station(db, tmp_path):
    rows = volunteer_rows(3, seed=5, today=date(2026, 1, 1))
    vols = []
    for row in rows:
        row.pop("join_date")
        vols.append(add_volunteer(db, teams=["理论宣讲"], **row))
    lecture = add_activity(db, title="党的二十大精神宣讲", category="学习实践科学理论", theory=True, team="理论宣讲",
                           start="2026-03-07 09:00", end="2026-03-07 11:00", place="村委会")
    cleanup = add_activity(db, title="人居环境整治", category="持续深入移风易俗", start="2026-05-20 14:00",
                           end="2026-05-20 16:00")
    planned = add_activity(db, title="计划中的元旦联欢", category="丰富活跃文化生活", start="2026-12-30 14:00",
                           end="2026-12-30 16:00")
    for act in (lecture, cleanup):
        for vol in vols:
            record_signin(db, act.id, vol.id, "in", at=act.start_at)
            record_signin(db, act.id, vol.id, "out", at=act.end_at)
        set_status(db, act.id, "recorded")
    assert len(import_photos(db, lecture.id, _pictures(tmp_path / "p1", 14, 1)).added) == 14  # more than a page's worth
    assert len(import_photos(db, cleanup.id, _pictures(tmp_path / "p2", 2, 2)).added) == 2
    return {"lecture": lecture, "cleanup": cleanup, "planned": planned, "vols": vols}


def _text(pdf, first=None, last=None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(first), "-l", str(last)] if first else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def write_pack(qapp):
    from desktop.printing.pack import write_pack
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp)  # the footer reads 第 N 页，共 M 页, as in the app and the CLI
    yield write_pack
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_pack_for_a_year(db, tmp_path, write_pack):
    s = _station(db, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    seen = []
    result = evidence.build(db, PERIOD, out, write_pack=write_pack, today=TODAY,
                            progress=lambda done, total: seen.append((done, total)))
    assert sorted(p.name for p in out.iterdir()) == sorted([result.pdf.name, result.zip.name])  # no .part left
    assert result.activities == 2 and result.photos == 16 and seen
    text = _text(result.pdf)
    assert re.search(r"目\s*录", text)
    for needle in ("台账资料包", "志愿者服务登记簿", "新时代文明实践活动记录", "党的二十大精神宣讲",
                   "人居环境整治", "月报", "志愿服务证明登记簿", "星级评定自查表", "“八有”标准", "量化指标"):
        assert needle in text, needle
    assert text.count("新时代文明实践活动记录") == 2  # the two held activities; the planned one has no record
    assert "计划中的元旦联欢" not in text  # nor is it counted in the bulletins
    # every page numbered through the pack
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(result.pdf)], capture_output=True,
                                                            text=True).stdout).group(1))
    assert pages == result.pages and f"第 {pages} 页，共 {pages} 页" in _text(result.pdf, pages, pages)
    # the contents' page number of the lecture's record is where it starts
    contents = _text(result.pdf, 1, 3)
    assert "计划中的元旦联欢" not in contents  # planned, not held
    start = int(re.search(r"2026-03-07 党的二十大精神宣讲（照片 14 张）\s+(\d+)", contents).group(1))
    assert "新时代文明实践活动记录" in _text(result.pdf, start, start) and "党的二十大精神宣讲" in _text(result.pdf, start, start)
    # all 14 of the lecture's photos are printed, not the first 12
    images = subprocess.run(["pdfimages", "-list", str(result.pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) - 2 >= 16
    with zipfile.ZipFile(result.zip) as archive:
        names = archive.namelist()
        assert len(names) == 16 and archive.testzip() is None
    assert sum(n.startswith("001 2026-03-07 党的二十大精神宣讲/") for n in names) == 14
    assert s["planned"].id  # kept for the reader: the planned activity exists in the records


def test_cancel_leaves_no_file(db, tmp_path, write_pack):
    _station(db, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    plan = evidence.gather(db, PERIOD, today=TODAY)
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 4  # stops while drawing

    with pytest.raises(Cancelled):
        evidence.write(plan, out, write_pack=write_pack, progress=progress)
    assert list(out.iterdir()) == []
    with pytest.raises(Cancelled):  # cancelled while reading
        evidence.gather(db, PERIOD, progress=lambda done, total: False, today=TODAY)


def test_full_disk_while_zipping_leaves_nothing(db, tmp_path, write_pack, monkeypatch):
    _station(db, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    plan = evidence.gather(db, PERIOD, today=TODAY)
    original = zipfile.ZipFile.write
    count = []

    def full(self, *args, **kwargs):
        count.append(1)
        if len(count) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    with pytest.raises(UserError, match="磁盘已满"):
        evidence.write(plan, out, write_pack=write_pack)
    assert list(out.iterdir()) == []


def test_not_enough_space_is_said_before_writing(db, tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    _station(db, tmp_path)
    plan = evidence.gather(db, PERIOD, today=TODAY)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 1024))
    with pytest.raises(UserError, match="空间不足"):
        evidence.write(plan, tmp_path, write_pack=lambda *a, **k: pytest.fail("nothing is written"))


def test_an_unwritable_folder_is_said_plainly(db, tmp_path, monkeypatch):
    _station(db, tmp_path)
    plan = evidence.gather(db, PERIOD, today=TODAY)

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    with pytest.raises(UserError, match="无法写入"):
        evidence.write(plan, tmp_path, write_pack=refuse)
    monkeypatch.setattr(type(tmp_path), "write_bytes", refuse)  # the probe before anything is drawn
    with pytest.raises(UserError, match="无法写入"):
        evidence.write(plan, tmp_path, write_pack=lambda *a, **k: pytest.fail("nothing is written"))


def run(data_dir, *args, capsys):
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", [
    ("--from", "2026-13-01", "--to", "2026-12-31"),
    ("--from", "2026-12-31", "--to", "2026-01-01"),
    ("--from", "yesterday"),
    ("--from", "2026-01-01", "--to", "2026-12-31", "--out", "/nonexistent/folder"),
])
def test_cli_bad_input_exits_2_with_one_chinese_line(db, data_dir, tmp_path, capsys, args):
    db.close()
    if "--out" not in args:
        args = (*args, "--out", str(tmp_path))
    code, out, err = run(data_dir, "export", "evidence-pack", *args, capsys=capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err)
    assert not list(tmp_path.glob("*.pdf"))


def test_cli_makes_the_pack(qapp, db, data_dir, tmp_path, capsys):  # qapp: a QApplication, not the CLI's QGuiApplication
    add_activity(db, title="党史故事分享会", category="学习实践科学理论", start="2026-02-07 09:00",
                 end="2026-02-07 11:00", status="held")
    db.close()
    out = tmp_path / "pack"
    out.mkdir()
    code, stdout, err = run(data_dir, "export", "evidence-pack", "--from", "2026-01-01", "--to",
                            f"{datetime.now():%Y-%m-%d}", "--out", str(out), capsys=capsys)
    assert code == 0, err
    pdfs = list(out.glob("*.pdf"))
    assert len(pdfs) == 1 and len(list(out.glob("*.zip"))) == 1 and "页" in stdout
    assert "党史故事分享会" in _text(pdfs[0])


def test_a_pdf_cut_short_by_a_full_disk_is_not_kept(qapp, tmp_path):
    """QPdfWriter says nothing when the disk fills: a PDF without its %%EOF trailer is removed and reported."""
    from desktop.printing.pack import _check_complete

    whole = tmp_path / "whole.pdf"
    whole.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    _check_complete(whole)
    assert whole.exists()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Length 5000 >>\nstream\n" + b"x" * 300)
    with pytest.raises(OSError) as raised:
        _check_complete(cut)
    assert raised.value.errno == errno.ENOSPC and not cut.exists()


def test_a_full_disk_while_drawing_is_said_plainly(db, tmp_path):
    _station(db, tmp_path)
    plan = evidence.gather(db, PERIOD, today=TODAY)
    out = tmp_path / "out"
    out.mkdir()

    def full(_front, _parts, path, progress=None):
        path.with_name(path.name + ".part").write_bytes(b"%PDF-1.4 cut")  # what a full disk leaves
        raise OSError(errno.ENOSPC, "the PDF was not written completely")

    with pytest.raises(UserError, match="磁盘已满"):
        evidence.write(plan, out, write_pack=full)
    assert list(out.iterdir()) == []
