"""Residents' requests at the station: services, figures for the bulletin and
the targets, the CLI exactly as the issue spells it, and the ledger papers."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.errors import UserError
from desktop.periods import month
from desktop.services import papers
from desktop.services import request_queries as rq
from desktop.services import requests as svc
from desktop.services.targets import check_month
from desktop.services.volunteers import add_volunteer


def run(data_dir, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_cli_loop_as_the_issue_spells_it(qapp, db, data_dir, capsys, tmp_path):
    db.close()
    code, out, _ = run(data_dir, capsys, "request", "menu", "--add", "理发上门", "--response-hours", "24")
    assert code == 0
    code, out, _ = run(data_dir, capsys, "volunteer", "add", "--name", "钱师傅")
    volunteer = out.strip()
    code, out, _ = run(data_dir, capsys, "request", "add", "--resident", "张大爷", "--phone", "13800001111",
                       "--item", "理发上门", "--channel", "电话")
    assert code == 0
    request_id, number_line = out.strip().splitlines()
    number = number_line.split("：")[1]
    assert re.fullmatch(r"\d{4}-\d{2}", number)
    code, out, _ = run(data_dir, capsys, "request", "list", "--json")
    listed = json.loads(out)
    assert {k: listed[0][k] for k in ("id", "number", "state")} == {"id": request_id, "number": number, "state": "new"}
    assert listed[0]["station_id"]
    for args in (("dispatch", number, "--volunteer", volunteer), ("accept", request_id, "--volunteer", "钱师傅"),
                 ("done", number, "--hours", "1.5", "--volunteer", volunteer),
                 ("rate", number, "满意", "--comment", "好")):
        code, out, err = run(data_dir, capsys, "request", *args)
        assert code == 0, err
    code, out, _ = run(data_dir, capsys, "request", "list", "--state", "rated", "--json")
    assert [r["state"] for r in json.loads(out)] == ["rated"]
    receipt = tmp_path / "回执.pdf"
    code, out, _ = run(data_dir, capsys, "request", "receipt", number, "--out", str(receipt), "--half")
    assert code == 0 and "半张 A4" in out
    reader = PdfReader(receipt)
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 148) < 1  # A5: half an A4 sheet
    assert "群众点单回执" in reader.pages[0].extract_text()

    # bad input: exit 2 with one Chinese line
    for args in (("rate", number, "很好"), ("accept", "nope", "--team", "x"), ("decline", number, "--reason", " "),
                 ("add", "--resident", "", "--text", "x"), ("done", number, "--hours", "30", "--volunteer", volunteer),
                 ("list", "--state", "whatever"), ("dispatch", number, "--team", "没有这个队")):
        code, out, err = run(data_dir, capsys, "request", *args)
        assert code == 2 and err.startswith("错误：") and len(err.strip().splitlines()) == 1, (args, err)

    code, out, _ = run(data_dir, capsys, "request", "show", number)
    assert code == 0 and "服务完成" in out and "评单" in out

    ledger_pdf, ledger_xlsx = tmp_path / "台账.pdf", tmp_path / "台账.xlsx"
    this_month = f"{date.today():%Y-%m}"
    assert run(data_dir, capsys, "export", "request-ledger", "--month", this_month, "--out", str(ledger_pdf))[0] == 0
    assert run(data_dir, capsys, "export", "request-ledger", "--month", this_month, "--format", "xlsx",
               "--out", str(ledger_xlsx))[0] == 0
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(ledger_pdf).pages))
    assert "群众点单台账" in text and number in text and "张大爷" in text and "满意" in text
    sheet = load_workbook(ledger_xlsx).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert number in values and "张大爷" in values


def test_figures_bulletin_and_target(db):
    svc.add_menu_item(db, "理发上门", response_hours=24)
    person = add_volunteer(db, name="钱师傅")
    quick = svc.add_request(db, resident="张大爷", item="理发上门")
    svc.accept(db, quick.id, volunteer=person.id)
    svc.done(db, quick.id, hours=1, volunteer=person.id)
    svc.rate(db, quick.id, "满意")
    late = svc.add_request(db, resident="李奶奶", item="理发上门")
    svc.add_request(db, resident="赵大妈", text="读报")  # no response time
    now = datetime.now()
    start = datetime(now.year, now.month, 1)
    end = (start + timedelta(days=32)).replace(day=1)
    figures = rq.figures(db, start, end, now=now + timedelta(hours=30))
    assert (figures.received, figures.served, figures.rated, figures.satisfied) == (3, 1, 1, 1)
    assert figures.overdue == 1 and figures.answered_in_time == 1 and figures.satisfaction_rate == 1
    assert rq.overdue(db, now=now + timedelta(hours=30))[0].id == late.id
    assert not rq.overdue(db, now=now)

    report = papers.build(db, papers.PaperRequest("monthly", month(now.year, now.month))).report
    rows = {r[0]: r[1:] for r in report.sections[0].table.rows}
    assert rows["收到群众点单（件）"] == [3, 3] and rows["其中：已服务（件）"] == [1, 1]
    assert rows["群众评单满意率"] == ["100%", "100%"]
    item = next(i for i in check_month(db, now.year, now.month, now.date()).items if i.key == "requests")
    assert item.name == "群众点单按时响应" and item.actual == "1/1 件按时"
    assert [s.request_id for s in rq.satisfied_services(db)] == [quick.id]


def test_menu_items_of_the_county_are_read_only_here(db):
    from desktop.models.requests import MenuItem

    with db.session() as session:
        item = MenuItem(station_id="county", name="县中心项目", response_hours=12)
        session.add(item)
    with pytest.raises(UserError, match="县中心"):
        svc.edit_menu_item(db, item.id, name="改名")
    local = svc.add_menu_item(db, "本站项目")
    assert svc.edit_menu_item(db, local.id, response_hours=6).response_hours == 6
