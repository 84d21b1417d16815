"""Importing messy real files: .xlsx with title rows, .csv in GBK and UTF-8, Excel-mangled IDs."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlmodel import func, select

from desktop.cli import main
from desktop.errors import UserError
from desktop.importers.headers import find_header_row, guess_mapping
from desktop.importers.report import save_report
from desktop.importers.volunteers import (
    SKIP,
    WARNING,
    open_source,
    plan_import,
)
from desktop.models import TeamMember, Volunteer
from desktop.progress import Cancelled
from desktop.services.volunteers import add_volunteer, apply_import
from desktop.validators import check_digit


def card(seq: str, born: str = "19800101", region: str = "610721") -> str:
    first17 = f"{region}{born}{seq}"
    return first17 + check_digit(first17)


ID_X = next(card(f"{n:03d}") for n in range(1000) if card(f"{n:03d}").endswith("X"))
ID_A, ID_B, ID_C, ID_D = card("011"), card("021", "19750505"), card("032", "19900303"), card("043")
HEADER = ["序号", "姓名", "性别", "身份证号码", "手机号码", "政治面貌", "所属队伍", "备注"]


def messy_rows():
    return [
        [1, " 张 三 ", "男", ID_A, "138 0000 0001", "党员", "理论宣讲", ""],  # stray spaces, alias
        [2, "李四", "", ID_X.lower(), "１３８０００００００２", "群众", "文明风尚志愿服务队、不存在的队", ""],  # lowercase x, full-width
        [3, "王五", "女", 4.10102199001011e17, "13800000003", "群众", "", ""],  # Excel turned the ID into a number
        [4, "赵六", "男", ID_B, "1380000", "群众", "", ""],  # bad phone
        [5, "张 三", "男", ID_A, "13800000001", "中共党员", "", "重复"],  # duplicate of row 1 in the file
        [None, None, None, None, None, None, None, None],  # empty row
        [6, "钱七", "女", ID_C, "13800000007", "群众", "", ""],  # already on the roster
        [7, "孙八", "女", ID_D, "", "无党派", "", ""],  # gender contradicts the ID
    ]


def write_xlsx(path, rows, title=True):
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append(["测试村志愿者花名册"])
        sheet.merge_cells("A1:H1")
        sheet.append(["填表日期：2024年3月"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path, rows, encoding):
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow(["" if v is None else (f"{v:.5E}" if isinstance(v, float) else v) for v in row])
    return path


def count(db, model=Volunteer) -> int:
    with db.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_header_detection_under_title_rows_and_mapping(tmp_path):
    source = open_source(write_xlsx(tmp_path / "名册.xlsx", messy_rows()))
    assert source.header_index == 2
    assert source.mapping == {1: "name", 2: "gender", 3: "id_card", 4: "phone", 5: "political_status",
                              6: "teams", 7: "note"}
    assert find_header_row([["花名册"], ["说明"]]) is None
    assert guess_mapping(["姓名（必填）", "联系方式", "身份证", "家庭住址"]) == {
        0: "name", 1: "phone", 2: "id_card", 3: "address"}


def test_messy_xlsx_is_cleaned_and_every_problem_reported(db, tmp_path):
    add_volunteer(db, name="钱七", id_card=ID_C)
    path = write_xlsx(tmp_path / "名册.xlsx", messy_rows())
    plan = plan_import(db, open_source(path))
    by_row = {}
    for issue in plan.issues:
        by_row.setdefault(issue.row, []).append(issue)
    # One bad field keeps the row: that field is left empty and flagged (issue 14).
    assert plan.summary() == {"rows": 7, "new": 5, "already": 1, "duplicates_in_file": 1, "errors": 0, "warnings": 4}
    # row numbers are the spreadsheet's own (title rows count)
    assert "Excel" in by_row[6][0].problem and "4.10102E+17" in by_row[6][0].problem and by_row[6][0].level == WARNING
    assert by_row[6][0].column == "身份证号码"
    assert by_row[7][0].column == "手机号码" and by_row[7][0].level == WARNING and "留空" in by_row[7][0].suggestion
    assert "第 4 行" in by_row[8][0].problem
    assert by_row[10][0].level == SKIP
    assert by_row[11][0].column == "性别" and "身份证" in by_row[11][0].problem and by_row[11][0].level == WARNING
    assert by_row[5][0].level == WARNING and "不存在的队" in by_row[5][0].problem
    added = apply_import(db, plan)
    assert added == 5 and count(db) == 6
    with db.read() as session:
        zhang = session.exec(select(Volunteer).where(Volunteer.name == "张三")).one()
        li = session.exec(select(Volunteer).where(Volunteer.name == "李四")).one()
    assert zhang.phone == "13800000001" and zhang.political_status == "中共党员" and zhang.gender == "男"
    assert li.id_card == ID_X and li.phone == "13800000002" and li.birth_date.year == 1980
    with db.read() as session:
        wang = session.exec(select(Volunteer).where(Volunteer.name == "王五")).one()
        zhao = session.exec(select(Volunteer).where(Volunteer.name == "赵六")).one()
        sun = session.exec(select(Volunteer).where(Volunteer.name == "孙八")).one()
    assert not wang.id_card and wang.phone == "13800000003"  # the lost ID left empty, the rest kept
    assert zhao.id_card == ID_B and not zhao.phone
    assert sun.id_card == ID_D and sun.gender == "男"  # the ID's gender wins
    assert count(db, TeamMember) == 2  # 张三 -> 理论宣讲; 李四 -> 文明风尚 (the unknown team is left out)


def test_importing_the_same_file_twice_adds_nothing(db, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", messy_rows())
    assert apply_import(db, plan_import(db, open_source(path))) == 6
    again = plan_import(db, open_source(path))
    assert again.summary()["new"] == 0 and again.already == 6
    assert apply_import(db, again) == 0 and count(db) == 6


def test_rows_without_id_or_phone_import_once(db, tmp_path):
    rows = [[1, "周九", "男", None, None, None, None, None]]
    path = write_xlsx(tmp_path / "a.xlsx", rows, title=False)
    assert apply_import(db, plan_import(db, open_source(path))) == 1
    assert apply_import(db, plan_import(db, open_source(path))) == 0


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_and_utf8(db, tmp_path, encoding):
    path = write_csv(tmp_path / "名册.csv", messy_rows(), encoding)
    source = open_source(path)
    assert source.table.encoding == ("gbk" if encoding == "gbk" else "utf-8")
    plan = plan_import(db, source)
    sci = [i for i in plan.issues if "科学计数法" in i.problem]
    assert sci and sci[0].row == 4  # no title rows in the CSV
    assert plan.summary()["new"] == 6 and apply_import(db, plan) == 6


def test_cancel_writes_nothing(db, tmp_path):
    rows = [[n, f"志愿者{n}", "", None, f"139{n:08d}", "", "", ""] for n in range(1200)]
    plan = plan_import(db, open_source(write_xlsx(tmp_path / "big.xlsx", rows)))
    calls = []
    with pytest.raises(Cancelled):
        apply_import(db, plan, progress=lambda done, total: calls.append(done) or len(calls) < 2)
    assert calls == [500, 1000] and count(db) == 0


def test_bad_files_give_clear_messages(db, tmp_path):
    with pytest.raises(UserError, match="找不到文件"):
        open_source(tmp_path / "none.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="无法读取"):
        open_source(broken)
    other = tmp_path / "x.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(UserError, match="不支持"):
        open_source(other)
    noheader = write_csv(tmp_path / "n.csv", [], "utf-8")
    noheader.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError, match="表头"):
        open_source(noheader)


def test_report_saved_as_xlsx_and_csv(db, tmp_path):
    plan = plan_import(db, open_source(write_xlsx(tmp_path / "名册.xlsx", messy_rows())))
    from openpyxl import load_workbook

    xlsx = save_report(plan.issues, tmp_path / "报告.xlsx", plan.source)
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[2]] == ["行号", "列", "问题", "建议", "处理结果"]
    assert sheet.max_row == 2 + len(plan.issues)
    text = save_report(plan.issues, tmp_path / "报告.csv").read_text(encoding="utf-8-sig")
    assert "4.10102E+17" in text and text.count("\n") == 1 + len(plan.issues)


def test_cli_import_dry_run_json_and_real(db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "名册.xlsx", messy_rows())
    data_dir = str(db.data_dir)
    db.close()
    assert main(["--data-dir", data_dir, "import", "volunteers", str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["new"] == 6 and out["summary"]["added"] == 0
    assert {"row", "column", "problem", "suggestion", "level"} <= set(out["issues"][0])
    assert main(["--data-dir", data_dir, "import", "volunteers", str(path), "--report", str(tmp_path / "r.csv")]) == 0
    assert "已导入 6 人" in capsys.readouterr().out and (tmp_path / "r.csv").exists()
    assert main(["--data-dir", data_dir, "import", "volunteers", str(tmp_path / "missing.xlsx")]) == 2
    assert "找不到文件" in capsys.readouterr().err


@given(st.integers(min_value=10**17, max_value=10**18 - 1))
def test_any_18_digit_number_cell_is_reported_never_saved(number):
    from desktop.importers.volunteers import _excel_number_id

    shown = _excel_number_id(float(number))
    assert shown is not None and "E+" in shown and len(shown) != 15  # never taken as a 15-digit ID


def test_legacy_xls_read_with_xlrd(db):
    """tests/fixtures/roster/messy.xls was written once with xlwt 1.3 (a merged title row, a lowercase x,
    a phone and an 18-digit ID stored as numbers, a real date cell)."""
    from pathlib import Path

    source = open_source(Path(__file__).parents[1] / "fixtures" / "roster" / "messy.xls")
    assert source.header_index == 1 and source.mapping[2] == "id_card" and source.mapping[4] == "join_date"
    plan = plan_import(db, source)
    assert plan.summary()["new"] == 2 and plan.errors == 0  # the row with the lost ID is kept, ID left empty
    assert "Excel" in plan.issues[0].problem and plan.issues[0].row == 4 and plan.issues[0].level == WARNING
    row = plan.new_rows[0]
    assert row["name"] == "张三" and row["id_card"] == ID_A
    assert row["phone"] == "13800000001" and str(row["join_date"]) == "2019-03-05"
