"""The papers as PDF: text and page counts read back with pypdf and pdftotext,
figures compared with values computed from the test's own sign-in times,
header rows on every page, nothing drawn outside the margins, IDs masked."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.cli import main
from desktop.models import Photo
from desktop.periods import month
from desktop.printing.document import MARGINS_MM, write_pdf
from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, report_html
from desktop.services import papers
from desktop.services.papers import PaperRequest
from desktop.services.photos import photo_file


def export_paper(db, req, fmt, out, progress=None):
    """What the page and the CLI do: issue first (certificates), then build and write with the PDF adapter."""
    return papers.export(db, papers.issue(db, req), fmt, out, progress, write_pdf=write_pdf)


_spec = importlib.util.spec_from_file_location("reports_data", Path(__file__).parents[1] / "unit" / "test_reports.py")
reports_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reports_data)

MM = 72 / 25.4


@pytest.fixture
def station(db):
    return reports_data.build_station(db)


def texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat_text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(texts(path)))


def word_boxes(path: Path) -> tuple[list[tuple[float, float, str]], float]:
    """(xMin, xMax, word) of every word, and the page width, from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = [(float(a), float(b), w) for a, b, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)]
    return words, width


def assert_inside_margins(path: Path) -> None:
    words, width = word_boxes(path)
    assert words
    left, right = MARGINS_MM.left() * MM, width - MARGINS_MM.right() * MM
    outside = [w for w in words if w[0] < left - 1 or w[1] > right + 1]
    assert not outside, f"text outside the margins: {outside[:5]}"


def test_header_rows_repeat_on_every_page(qapp, tmp_path):
    columns = [Column("序号", 8), Column("志愿者姓名", 20), Column("服务内容说明", 60), Column("时长", 12, numeric=True)]
    rows = [[i + 1, f"志愿者{i + 1}", "入户走访，宣讲政策" * (i % 5 + 1), 1.5] for i in range(240)]
    report = Report("测试表", "测试站", sections=[Section(table=Table(columns, rows))])
    path = tmp_path / "long.pdf"
    pages = write_pdf(report_html(report), path)
    got = texts(path)
    assert pages == len(got) >= 4
    for number, text in enumerate(got, start=1):
        assert "志愿者姓名" in text and "服务内容说明" in text, f"no header row on page {number}"
        footer = re.sub(r"\s+", " ", text)
        assert f"{number} of {pages}" in footer or f"第 {number} 页，共 {pages} 页" in footer
    assert "志愿者240" in got[-1]
    assert_inside_margins(path)


def test_long_unbroken_text_wraps_inside_the_page(qapp, tmp_path):
    token = "A" * 300 + "一二三四五六七八九十" * 30
    columns = [Column("名称", 30), Column("内容", 70)]
    report = Report("换行", "站", sections=[Section(table=Table(columns, [[token, token]]))])
    path = tmp_path / "wrap.pdf"
    write_pdf(report_html(report), path)
    assert_inside_margins(path)
    assert "".join(texts(path)).replace("\n", "").count("A" * 40) >= 2


def test_register_pdf_figures_and_masking(qapp, db, station, tmp_path):
    path = tmp_path / "register.pdf"
    pages, _ = export_paper(db, PaperRequest("register", month(2026, 3)), "pdf", path)
    text = "".join(texts(path))
    assert pages == len(PdfReader(path).pages)
    flat = text.replace("\n", "").replace(" ", "")
    for key, minutes in station["march"].items():
        vol = station["vols"][key]
        assert f"{round(minutes / 60, 2):g}" in flat
        assert vol.id_card not in flat and (vol.id_card[:6] + "********" + vol.id_card[-4:]) in flat
    assert "欧阳娜仁托娅" in flat and "本人签名" in flat
    assert_inside_margins(path)
    full = tmp_path / "register-full.pdf"
    export_paper(db, PaperRequest("register", month(2026, 3), full_id=True), "pdf", full)
    assert station["vols"]["a"].id_card in flat_text(full)


def _add_photo(db, activity_id: str, colour: str, size=(1600, 1200)) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    data = buffer.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    target = photo_file(db, sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    with db.session() as session:
        session.add(Photo(activity_id=activity_id, sha256=sha, width=size[0], height=size[1],
                          size_bytes=len(data), caption=f"{colour}照片"))


def test_activity_record_lays_out_photos(qapp, db, station, tmp_path):
    act = station["acts"]["lecture"]
    for colour, size in (("red", (1600, 1200)), ("green", (900, 1600)), ("blue", (1200, 1200))):
        _add_photo(db, act.id, colour, size)
    path = tmp_path / "record.pdf"
    export_paper(db, PaperRequest("activity-record", activity_id=act.id), "pdf", path)
    reader = PdfReader(path)
    assert sum(len(page.images) for page in reader.pages) == 3
    flat = flat_text(path)
    assert "党的二十大精神宣讲" in flat and "活动照片（3张）" in flat and "red照片" in flat
    assert "参加志愿者" in flat and f"{round((150 + 90) / 60, 2):g}小时" in flat
    assert_inside_margins(path)


def test_signin_sheets_and_certificate_and_monthly(qapp, db, station, tmp_path):
    lecture = station["acts"]["lecture"].id
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    export_paper(db, PaperRequest("signin-sheet", activity_id=lecture, blank=True), "pdf", blank)
    export_paper(db, PaperRequest("signin-sheet", activity_id=lecture, blank=False), "pdf", filled)
    assert "签到签名" in texts(blank)[0] and station["vols"]["c"].name in texts(blank)[0]
    assert "09:10" in texts(filled)[0] and "10:40" in texts(filled)[0]
    cert = tmp_path / "cert.pdf"
    _pages, built = export_paper(db, PaperRequest("certificate", month(2026, 3), volunteer_id=station["vols"]["a"].id,
                                                  issue=True, handler="李会计"), "pdf", cert)
    flat = flat_text(cert)
    assert built.number and built.number in flat and "盖章" in flat and "李会计" in flat
    assert f"{round(station['march']['a'] / 60, 2):g}" in flat
    monthly = tmp_path / "monthly.pdf"
    export_paper(db, PaperRequest("monthly", month(2026, 3)), "pdf", monthly)
    flat = flat_text(monthly)
    assert "本月目标检查" in flat and "理论宣讲" in flat
    for path in (blank, filled, cert, monthly):
        assert_inside_margins(path)


def test_cancelled_pdf_leaves_no_file(qapp, tmp_path):
    doc = HtmlDoc("<p>一</p>" * 400, title="t")
    assert write_pdf(doc, tmp_path / "x.pdf", progress=lambda done, total: False) is None
    assert list(tmp_path.iterdir()) == []


def test_cli_export_kinds(qapp, db, station, tmp_path, capsys):
    data = str(db.data_dir)
    db.close()
    out = tmp_path / "m.xlsx"
    assert main(["--data-dir", data, "export", "monthly", "--month", "2026-03", "--format", "xlsx",
                 "--out", str(out)]) == 0
    assert out.exists() and "已保存" in capsys.readouterr().out
    pdf = tmp_path / "reg.pdf"
    assert main(["--data-dir", data, "export", "register", "--month", "2026-03", "--by", "activity",
                 "--out", str(pdf)]) == 0
    assert "党的二十大精神宣讲" in "".join(texts(pdf))
    assert main(["--data-dir", data, "export", "certificate", "--month", "2026-03", "--volunteer",
                 station["vols"]["a"].id, "--out", str(tmp_path / "c.pdf")]) == 0
    assert re.search(r"证明编号 \d{4}-[0-9A-F]{4}-0001", capsys.readouterr().out)
    assert main(["--data-dir", data, "export", "register", "--month", "2026-13", "--out", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert "月份" in err and err.count("\n") == 1
    assert main(["--data-dir", data, "export", "signin-sheet", "--out", str(tmp_path / "nowhere" / "s.pdf"),
                 "--activity", station["acts"]["lecture"].id]) == 2
    assert "不存在" in capsys.readouterr().err


def test_print_dialog_prints_through_qprinter(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing.document import print_dialog

    jobs = []
    doc = HtmlDoc("<table border='1'><thead><tr><th>姓名</th></tr></thead>"
                  + "<tr><td>张三</td></tr>" * 200 + "</table>", title="打印测试")
    dialog = print_dialog(doc, None, run=jobs.append)
    printer = dialog._printer
    dialog.accept()  # closes and deletes the dialog; the job keeps the printer
    assert len(jobs) == 1
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    printer.setOutputFileName(str(target))
    pages = jobs[0]()
    assert pages == len(PdfReader(target).pages) >= 2
    assert all("姓名" in text for text in texts(target))
