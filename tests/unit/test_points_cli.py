"""`points`, `goods` and `redeem` as the issue spells them: exit 0 when done, exit 2 with one
Chinese line on bad input, never a traceback; papers as real PDF and xlsx files."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main


@pytest.fixture
def cli(tmp_path, capsys):
    def run(*args, code=0):
        got = main(["--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        assert got == code, (out, err)
        assert "Traceback" not in err
        if code == 2:
            assert len(err.strip().splitlines()) == 1 and err.startswith("错误：")
        return out

    run("init", "--station", "新庄村新时代文明实践站", "--head", "王站长")
    run("volunteer", "add", "--name", "张三", "--phone", "13800138000")
    run("volunteer", "add", "--name", "李四", "--phone", "13900139000")
    return run


def test_schemes_rules_award_balance_json(cli, tmp_path):
    cli("points", "scheme", "add", "积分超市", "--unit", "分")
    cli("points", "scheme", "add", "时间银行", "--unit", "小时")
    cli("points", "scheme", "add", "时间银行", "--unit", "小时", code=2)
    schemes = json.loads(cli("points", "scheme", "list", "--json"))
    assert [(s["name"], s["unit"]) for s in schemes] == [("积分超市", "分"), ("时间银行", "小时")]
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-hour", "2", "--rounding", "half")
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-activity", "1", "--category", "丰富活跃文化生活")
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-visit", "1")
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-request", "3")
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-lecture", "2")
    cli("points", "rule", "add", "--scheme", "积分超市", "--active-bonus", "20", "--threshold", "24")
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-visit", "5", code=2)  # overlaps: use change
    cli("points", "rule", "add", "--scheme", "积分超市", "--per-hour", "abc", code=2)
    rules = json.loads(cli("points", "rule", "list", "--json"))
    assert {r["kind"] for r in rules} == {"per_hour", "per_activity", "per_visit", "per_request", "per_lecture",
                                          "active_bonus"}
    visit = next(r for r in rules if r["kind"] == "per_visit")
    cli("points", "rule", "change", visit["id"], "2", "--from", "2020-01-01", code=2)  # never backwards
    cli("points", "award", "张三", "5", "--scheme", "积分超市", "--reason", "扶老助残", "--operator", "王站长")
    cli("points", "award", "张三", "-1.5", "--scheme", "积分超市", "--reason", "工具未归还")
    cli("points", "award", "张三", "5", "--scheme", "积分超市", "--reason", " ", code=2)
    cli("points", "award", "王二麻子", "5", "--scheme", "积分超市", "--reason", "x", code=2)
    cli("points", "award", "李四", "2", "--scheme", "时间银行", "--reason", "补录")
    cli("points", "transfer", "李四", "张三", "0.5", "--scheme", "时间银行", "--reason", "给家人")
    rows = json.loads(cli("points", "balance", "--json"))
    got = {(r["name"], r["scheme"]): r["balance"] for r in rows}
    assert got == {("张三", "积分超市"): 3.5, ("张三", "时间银行"): 0.5, ("李四", "时间银行"): 1.5}
    assert all({"volunteer_id", "scheme", "balance"} <= set(r) for r in rows)
    one = json.loads(cli("points", "balance", "张三", "--json"))
    assert {r["scheme"] for r in one} == {"积分超市", "时间银行"}
    assert "3.5 分" in cli("points", "balance", "张三")
    assert "采用" in cli("points", "ruleset", "adopt", "道德银行规则（县中心示范）")


def test_goods_redeem_and_papers(cli, tmp_path):
    cli("points", "scheme", "add", "积分超市")
    cli("points", "award", "张三", "30", "--reason", "表彰")
    cli("goods", "add", "洗衣粉", "--price", "10", "--stock", "2")
    cli("goods", "add", "洗衣粉", "--price", "10", code=2)
    cli("goods", "receive", "洗衣粉", "3")
    items = json.loads(cli("goods", "list", "--json"))
    assert items[0]["stock"] == 5 and items[0]["price"] == 10
    slip_pdf = tmp_path / "slip.pdf"
    number = cli("redeem", "张三", "洗衣粉", "--qty", "2", "--slip", str(slip_pdf)).strip()
    assert number.startswith("DH")
    assert number in PdfReader(slip_pdf).pages[0].extract_text()
    cli("redeem", "张三", "洗衣粉", "--qty", "2", code=2)  # 10 分 left, 20 needed
    cli("redeem", "张三", "酱油", code=2)
    cli("goods", "count", "洗衣粉", "2")
    assert "现有库存 2" in cli("goods", "count", "洗衣粉", "2")
    month = __import__("datetime").date.today().strftime("%Y-%m")
    for args in (("points", "statement", "张三", "--out", str(tmp_path / "st.pdf")),
                 ("points", "statement", "张三", "--out", str(tmp_path / "st.xlsx"), "--format", "xlsx"),
                 ("points", "board", "--month", month, "--out", str(tmp_path / "board.pdf")),
                 ("points", "board", "--month", month, "--out", str(tmp_path / "board3.pdf"), "--size", "A3"),
                 ("goods", "sheet", "--month", month, "--out", str(tmp_path / "stock.pdf")),
                 ("goods", "sheet", "--month", month, "--out", str(tmp_path / "stock.xlsx"), "--format", "xlsx"),
                 ("points", "slip", number, "--out", str(tmp_path / "again.pdf"))):
        assert "已保存" in cli(*args)
    board = PdfReader(tmp_path / "board.pdf").pages[0]
    assert "积分榜" in board.extract_text() and "张三" in board.extract_text()
    assert round(float(board.mediabox.height)) == 842  # A4 portrait
    assert round(float(PdfReader(tmp_path / "board3.pdf").pages[0].mediabox.height)) == 1191  # A3
    assert "兑换" in PdfReader(tmp_path / "st.pdf").pages[0].extract_text()
    assert "站长（签字）" in PdfReader(tmp_path / "stock.pdf").pages[0].extract_text()
    sheet = load_workbook(tmp_path / "stock.xlsx").active
    assert any(row[0] == "洗衣粉" for row in sheet.iter_rows(values_only=True))
    cli("points", "board", "--month", "2026-13", "--out", str(tmp_path / "x.pdf"), code=2)
    cli("points", "statement", "张三", "--out", str(tmp_path / "nope" / "x.pdf"), code=2)
    assert "没有透支" in cli("points", "flags")
