"""The points papers (issue 13), pure: data in, document out.

- the redemption slip 兑换单 (two parts: the station's stub and the volunteer's copy);
- a volunteer's points statement 积分明细 (also xlsx);
- the monthly 积分榜 for the notice board: large type, A4 portrait or A3 (also xlsx);
- the monthly stock sheet 库存月报表, signed by the station head (also xlsx);
- a 时间银行 passbook page 存折 per volunteer (also xlsx).
"""

from __future__ import annotations

from datetime import date

from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, esc, page, report_html

KIND_LABELS = {"earned": "获得", "deducted": "扣减", "spent": "兑换", "transferred": "转赠", "expired": "过期",
               "voided": "作废"}


def amount(cents: int) -> str:
    from decimal import Decimal

    text = f"{Decimal(cents) / 100:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# --- slip -------------------------------------------------------------------------------

def slip_html(slip) -> HtmlDoc:
    """`slip`: desktop.services.goods.Slip."""
    rows = "".join(f"<tr><td>{esc(line.name)}</td><td align='right'>{line.qty} {esc(line.unit)}</td>"
                   f"<td align='right'>{amount(line.price)}</td><td align='right'>{amount(line.amount)}</td></tr>"
                   for line in slip.lines)
    unit = esc(slip.unit)

    def part(label: str) -> str:
        return (f"<h1 align='center'>爱心超市兑换单</h1><p align='center'>{esc(slip.station)}　（{label}）</p>"
                f"<table class='facts'><tr><td>单号：{esc(slip.number)}</td>"
                f"<td>时间：{slip.created_at:%Y-%m-%d %H:%M}</td></tr>"
                f"<tr><td>志愿者：{esc(slip.volunteer)}</td><td>积分项目：{esc(slip.scheme)}</td></tr></table>"
                "<table class='grid' border='0.5' cellspacing='0' cellpadding='3' width='100%'>"
                f"<thead><tr><th width='40%'>物品</th><th width='20%'>数量</th><th width='20%'>单价（{unit}）</th>"
                f"<th width='20%'>小计（{unit}）</th></tr></thead><tbody>{rows}"
                f"<tr><td colspan='3' align='right'>合计</td><td align='right'>{amount(slip.total)}</td></tr>"
                "</tbody></table>"
                f"<p>兑换前余额 {amount(slip.balance_after + slip.total)} {unit}，兑换后余额 "
                f"{amount(slip.balance_after)} {unit}。</p>"
                f"<table class='sign'><tr><td>领取人签名：____________</td><td>经办人：{esc(slip.operator)}</td>"
                "</tr></table>")

    cut = "<p align='center' style='color: #666;'>- - - - - - - - - - 沿此线剪开 - - - - - - - - - -</p>"
    return HtmlDoc(page(part("存根联") + cut + part("领取联")), title=f"兑换单 {slip.number}")


# --- statement and passbook -------------------------------------------------------------------

STATEMENT = [Column("日期", 12, 12), Column("类型", 8, 8, "center"), Column("变动", 10, 10, numeric=True),
             Column("余额", 10, 10, numeric=True), Column("事由", 30, 36), Column("来源", 18, 26),
             Column("经办", 12, 12)]


def statement_report(stmt, station: str, period_label: str = "全部") -> Report:
    """`stmt`: desktop.services.points.Statement."""
    unit = stmt.scheme.unit
    rows = [[f"{line.on_date:%Y-%m-%d}" if line.on_date else "", KIND_LABELS.get(line.kind, line.kind),
             amount(line.points), amount(line.running), line.reason + ("（已作废）" if line.voided else ""),
             line.source, line.operator] for line in stmt.lines]
    table = Table(STATEMENT, rows, total=["合计", "", "", amount(stmt.balance), "", "", ""])
    facts = [("志愿者", stmt.name), ("积分项目", f"{stmt.scheme.name}（单位：{unit}）"), ("期间", period_label),
             ("累计获得", amount(stmt.earned)), ("兑换与扣减", amount(stmt.spent)), ("当前余额", amount(stmt.balance))]
    note = "" if rows else "这段时间没有积分记录。"
    return Report(f"{stmt.scheme.name}积分明细", station, facts, [Section(table=table, note=note)], ["经办人", "站长"],
                  sheet_name="积分明细")


PASSBOOK = [Column("日期", 14, 12), Column("摘要", 36, 36), Column("存入", 12, 10, numeric=True),
            Column("支取", 12, 10, numeric=True), Column("结余", 12, 10, numeric=True), Column("经办", 14, 12)]


def passbook_report(stmt, station: str) -> Report:
    """时间银行存折: deposits and withdrawals in hours, with the balance after each."""
    rows = []
    for line in stmt.lines:
        deposit, draw = (amount(line.points), "") if line.points > 0 else ("", amount(-line.points))
        summary = line.source if line.reason.startswith("按规则") and line.source else line.reason
        rows.append([f"{line.on_date:%Y-%m-%d}" if line.on_date else "", summary,
                     deposit, draw, amount(line.running), line.operator])
    facts = [("户名", stmt.name), ("账户", stmt.scheme.name), ("单位", stmt.scheme.unit), ("结余", amount(stmt.balance))]
    return Report(f"{stmt.scheme.name}存折", station, facts, [Section(table=Table(PASSBOOK, rows))],
                  ["储户签名", "经办人"], sheet_name="存折")


def passbook_html(stmt, station: str) -> HtmlDoc:
    doc = report_html(passbook_report(stmt, station))
    return HtmlDoc(doc.html, title=f"{stmt.scheme.name}存折 {stmt.name}")


# --- 积分榜 -----------------------------------------------------------------------------------------

BOARD = [Column("名次", 12, 8, "center"), Column("姓名", 40, 16), Column("本月获得", 24, 12, numeric=True),
         Column("累计余额", 24, 12, numeric=True)]


def board_report(rows: list[dict], scheme, station: str, month_label: str) -> Report:
    table = Table(BOARD, [[r["rank"], r["name"], amount(r["points"]), amount(r["balance"])] for r in rows])
    return Report(f"{month_label}{scheme.name}积分榜", station, [("单位", scheme.unit)], [Section(table=table)],
                  sheet_name="积分榜")


def board_html(rows: list[dict], scheme, station: str, month_label: str, *, size: str = "A4") -> HtmlDoc:
    """Large type for the notice board, readable from a few steps away."""
    scale = 1.41 if size == "A3" else 1.0
    title_pt, body_pt = round(36 * scale), round(20 * scale)
    cells = "".join(
        f"<tr><td align='center' style='font-size: {body_pt}pt;'>{r['rank']}</td>"
        f"<td style='font-size: {body_pt}pt;'>{esc(r['name'])}</td>"
        f"<td align='right' style='font-size: {body_pt}pt;'>{amount(r['points'])}</td>"
        f"<td align='right' style='font-size: {body_pt}pt;'>{amount(r['balance'])}</td></tr>" for r in rows)
    head = "".join(f"<th width='{w}%' style='font-size: {round(body_pt * 0.8)}pt;'>{t}</th>"
                   for t, w in (("名次", 14), ("姓名", 40), (f"本月获得（{scheme.unit}）", 23), (f"余额（{scheme.unit}）", 23)))
    empty = "" if rows else f"<p align='center'><span style='font-size: {body_pt}pt;'>本月还没有人获得积分。</span></p>"
    html = (f"<p align='center' style='margin: 0 0 6px 0;'><span style='font-size: {title_pt}pt;'>"
            f"{esc(month_label)}{esc(scheme.name)}积分榜</span></p>"
            f"<p align='center'><span style='font-size: {round(body_pt * 0.8)}pt;'>{esc(station)}</span></p>"
            "<table class='grid' border='1' cellspacing='0' cellpadding='5' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>{empty}"
            f"<p align='right'><span style='font-size: {round(body_pt * 0.7)}pt;'>感谢每一位志愿者的奉献！</span></p>")
    return HtmlDoc(page(html), title=f"{month_label}{scheme.name}积分榜", page_size=size)


# --- stock sheet --------------------------------------------------------------------------------------

STOCK = [Column("物品", 24, 20), Column("单位", 8, 6, "center"), Column("兑换积分", 11, 10, numeric=True),
         Column("上月结存", 11, 10, numeric=True), Column("本月入库", 11, 10, numeric=True),
         Column("本月兑出", 11, 10, numeric=True), Column("盘点调整", 11, 10, numeric=True),
         Column("本月结存", 13, 10, numeric=True)]


def stock_report(lines, station: str, month_label: str) -> Report:
    rows = [[ln.name, ln.unit, amount(ln.price), ln.opening, ln.received, ln.issued, ln.adjusted, ln.closing]
            for ln in lines]
    negative = [ln.name for ln in lines if ln.closing < 0]
    note = (f"注意：{'、'.join(negative)}的结存为负数（两台电脑离线时都兑出了），请盘点后处理。" if negative else
            "结存 = 上月结存 + 本月入库 − 本月兑出 + 盘点调整。")
    return Report(f"{month_label}爱心超市库存月报表", station, [("月份", month_label)],
                  [Section(table=Table(STOCK, rows), note=note)], ["保管人", "站长（签字）", "日期"],
                  sheet_name="库存月报")


def month_bounds(text: str) -> tuple[date, date, str]:
    """'2026-03' -> (2026-03-01, 2026-04-01, '2026年3月')."""
    from desktop.errors import ValidationError

    try:
        year, month = (int(part) for part in str(text).strip().split("-"))
        start = date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError(f"月份“{text}”写法不对，应写成 2026-03。", field="month") from None
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end, f"{year}年{month}月"
