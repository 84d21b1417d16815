"""The points papers (issue 13), pure: data in, document out.

- the redemption slip 兑换单 (two parts: the station's stub and the volunteer's copy);
- a volunteer's points statement 积分明细 (also xlsx);
- the monthly points board 积分榜 for the notice board: large type, A4 portrait or A3 (also xlsx);
- the monthly stock sheet 库存月报表, signed by the station head (also xlsx);
- a 时间银行 passbook page 存折 per volunteer (also xlsx).
"""

from __future__ import annotations

from datetime import date

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, esc, page, report_html

KIND_LABELS = {"earned": QT_TRANSLATE_NOOP("reports", "Earned"), "deducted": QT_TRANSLATE_NOOP("reports", "Deducted"),
               "spent": QT_TRANSLATE_NOOP("reports", "Spent"), "transferred": QT_TRANSLATE_NOOP("reports", "Given"),
               "expired": QT_TRANSLATE_NOOP("reports", "Expired"), "voided": QT_TRANSLATE_NOOP("reports", "Voided")}


def _kind(kind: str) -> str:
    return translate("reports", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


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
    t = {"title": translate("reports", "Love supermarket redemption slip"),
         "number": translate("reports", "Slip number: {number}").format(number=slip.number),
         "time": translate("reports", "Time: {at:%Y-%m-%d %H:%M}").format(at=slip.created_at),
         "volunteer": translate("reports", "Volunteer: {name}").format(name=slip.volunteer),
         "scheme": translate("reports", "Points scheme: {name}").format(name=slip.scheme),
         "item": translate("reports", "Goods item"), "qty": translate("reports", "Quantity"),
         "price": translate("reports", "Unit price ({unit})").format(unit=slip.unit),
         "sum": translate("reports", "Subtotal ({unit})").format(unit=slip.unit), "total": translate("reports", "Total"),
         "balance": translate("reports", "Balance before: {before} {unit}; balance after: {after} {unit}.").format(
             before=amount(slip.balance_after + slip.total), after=amount(slip.balance_after), unit=slip.unit),
         "taker": translate("reports", "Received by (signature): ____________"),
         "operator": translate("reports", "Handled by: {name}").format(name=slip.operator)}
    e = {k: esc(v) for k, v in t.items()}

    def part(label: str) -> str:
        return (f"<h1 align='center'>{e['title']}</h1><p align='center'>{esc(slip.station)}　{esc(label)}</p>"
                f"<table class='facts'><tr><td>{e['number']}</td>"
                f"<td>{e['time']}</td></tr>"
                f"<tr><td>{e['volunteer']}</td><td>{e['scheme']}</td></tr></table>"
                "<table class='grid' border='0.5' cellspacing='0' cellpadding='3' width='100%'>"
                f"<thead><tr><th width='40%'>{e['item']}</th><th width='20%'>{e['qty']}</th><th width='20%'>{e['price']}</th>"
                f"<th width='20%'>{e['sum']}</th></tr></thead><tbody>{rows}"
                f"<tr><td colspan='3' align='right'>{e['total']}</td><td align='right'>{amount(slip.total)}</td></tr>"
                "</tbody></table>"
                f"<p>{e['balance']}</p>"
                f"<table class='sign'><tr><td>{e['taker']}</td><td>{e['operator']}</td>"
                "</tr></table>")

    line = esc(translate("reports", "cut along this line"))
    cut = f"<p align='center' style='color: #666;'>- - - - - - - - - - {line} - - - - - - - - - -</p>"
    return HtmlDoc(page(part(translate("reports", "(stub)")) + cut + part(translate("reports", "(volunteer's copy)"))),
                   title=translate("reports", "Slip {number}").format(number=slip.number))


# --- statement and passbook -------------------------------------------------------------------

STATEMENT = [Column(QT_TRANSLATE_NOOP("reports", "Date"), 12, 12), Column(QT_TRANSLATE_NOOP("reports", "Type"), 8, 8, "center"),
             Column(QT_TRANSLATE_NOOP("reports", "Change"), 10, 10, numeric=True),
             Column(QT_TRANSLATE_NOOP("reports", "Balance"), 10, 10, numeric=True),
             Column(QT_TRANSLATE_NOOP("reports", "Cause"), 30, 36), Column(QT_TRANSLATE_NOOP("reports", "Source"), 18, 26),
             Column(QT_TRANSLATE_NOOP("reports", "Handled"), 12, 12)]


def statement_report(stmt, station: str, period_label: str | None = None) -> Report:
    """`stmt`: desktop.services.points.Statement."""
    unit = stmt.scheme.unit
    voided = translate("reports", " (voided)")
    rows = [[f"{line.on_date:%Y-%m-%d}" if line.on_date else "", _kind(line.kind),
             amount(line.points), amount(line.running), line.reason + (voided if line.voided else ""),
             line.source, line.operator] for line in stmt.lines]
    table = Table(STATEMENT, rows, total=[translate("reports", "Total"), "", "", amount(stmt.balance), "", "", ""])
    facts = [(translate("reports", "Volunteer"), stmt.name),
             (translate("reports", "Points scheme"), translate("reports", "{scheme} (unit: {unit})").format(
                 scheme=stmt.scheme.name, unit=unit)),
             (translate("reports", "Covering"), period_label or translate("reports", "All")),
             (translate("reports", "Earned in all"), amount(stmt.earned)),
             (translate("reports", "Spent and deducted"), amount(stmt.spent)),
             (translate("reports", "Balance now"), amount(stmt.balance))]
    note = "" if rows else translate("reports", "No points records in this period.")
    return Report(translate("reports", "{scheme} points statement").format(scheme=stmt.scheme.name), station, facts,
                  [Section(table=table, note=note)], [translate("reports", "Handled by"), translate("reports", "Station head")],
                  sheet_name=translate("reports", "Points statement"))


PASSBOOK = [Column(QT_TRANSLATE_NOOP("reports", "Date"), 14, 12), Column(QT_TRANSLATE_NOOP("reports", "Summary"), 36, 36),
            Column(QT_TRANSLATE_NOOP("reports", "Deposit"), 12, 10, numeric=True),
            Column(QT_TRANSLATE_NOOP("reports", "Withdrawal"), 12, 10, numeric=True),
            Column(QT_TRANSLATE_NOOP("reports", "Remaining"), 12, 10, numeric=True),
            Column(QT_TRANSLATE_NOOP("reports", "Handled"), 14, 12)]


def passbook_report(stmt, station: str) -> Report:
    """时间银行存折: deposits and withdrawals in hours, with the balance after each."""
    rows = []
    by_rule = translate("services.points_rules", "By rule: {rule}").split("{")[0]  # how rule-made entries begin
    for line in stmt.lines:
        deposit, draw = (amount(line.points), "") if line.points > 0 else ("", amount(-line.points))
        summary = line.source if line.reason.startswith(by_rule) and line.source else line.reason
        rows.append([f"{line.on_date:%Y-%m-%d}" if line.on_date else "", summary,
                     deposit, draw, amount(line.running), line.operator])
    facts = [(translate("reports", "Account holder"), stmt.name), (translate("reports", "Bank account"), stmt.scheme.name),
             (translate("reports", "Unit"), stmt.scheme.unit), (translate("reports", "Remaining"), amount(stmt.balance))]
    return Report(translate("reports", "{scheme} passbook").format(scheme=stmt.scheme.name), station, facts,
                  [Section(table=Table(PASSBOOK, rows))],
                  [translate("reports", "Holder's signature"), translate("reports", "Handled by")],
                  sheet_name=translate("reports", "Passbook"))


def passbook_html(stmt, station: str) -> HtmlDoc:
    doc = report_html(passbook_report(stmt, station))
    return HtmlDoc(doc.html, title=translate("reports", "{scheme} passbook {name}").format(
        scheme=stmt.scheme.name, name=stmt.name))


# --- the points board -------------------------------------------------------------------------------

BOARD = [Column(QT_TRANSLATE_NOOP("reports", "Rank"), 12, 8, "center"), Column(QT_TRANSLATE_NOOP("reports", "Name"), 40, 16),
         Column(QT_TRANSLATE_NOOP("reports", "Earned this month"), 24, 12, numeric=True),
         Column(QT_TRANSLATE_NOOP("reports", "Balance in all"), 24, 12, numeric=True)]


def _board_title(month_label: str, scheme) -> str:
    return translate("reports", "{month} {scheme} points board").format(month=month_label, scheme=scheme.name)


def board_report(rows: list[dict], scheme, station: str, month_label: str) -> Report:
    table = Table(BOARD, [[r["rank"], r["name"], amount(r["points"]), amount(r["balance"])] for r in rows])
    return Report(_board_title(month_label, scheme), station, [(translate("reports", "Unit"), scheme.unit)],
                  [Section(table=table)], sheet_name=translate("reports", "Points board"))


def board_html(rows: list[dict], scheme, station: str, month_label: str, *, size: str = "A4") -> HtmlDoc:
    """Large type for the notice board, readable from a few steps away."""
    scale = 1.41 if size == "A3" else 1.0
    title_pt, body_pt = round(36 * scale), round(20 * scale)
    cells = "".join(
        f"<tr><td align='center' style='font-size: {body_pt}pt;'>{r['rank']}</td>"
        f"<td style='font-size: {body_pt}pt;'>{esc(r['name'])}</td>"
        f"<td align='right' style='font-size: {body_pt}pt;'>{amount(r['points'])}</td>"
        f"<td align='right' style='font-size: {body_pt}pt;'>{amount(r['balance'])}</td></tr>" for r in rows)
    titles = ((translate("reports", "Rank"), 14), (translate("reports", "Name"), 40),
              (translate("reports", "Earned this month ({unit})").format(unit=scheme.unit), 23),
              (translate("reports", "Balance ({unit})").format(unit=scheme.unit), 23))
    head = "".join(f"<th width='{w}%' style='font-size: {round(body_pt * 0.8)}pt;'>{esc(t)}</th>" for t, w in titles)
    nobody = esc(translate("reports", "Nobody has earned points this month yet."))
    empty = "" if rows else f"<p align='center'><span style='font-size: {body_pt}pt;'>{nobody}</span></p>"
    thanks = esc(translate("reports", "Thank you to every volunteer for what you give!"))
    title = _board_title(month_label, scheme)
    html = (f"<p align='center' style='margin: 0 0 6px 0;'><span style='font-size: {title_pt}pt;'>"
            f"{esc(title)}</span></p>"
            f"<p align='center'><span style='font-size: {round(body_pt * 0.8)}pt;'>{esc(station)}</span></p>"
            "<table class='grid' border='1' cellspacing='0' cellpadding='5' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>{empty}"
            f"<p align='right'><span style='font-size: {round(body_pt * 0.7)}pt;'>{thanks}</span></p>")
    return HtmlDoc(page(html), title=title, page_size=size)


# --- stock sheet --------------------------------------------------------------------------------------

STOCK = [Column(QT_TRANSLATE_NOOP("reports", "Goods item"), 24, 20), Column(QT_TRANSLATE_NOOP("reports", "Unit"), 8, 6, "center"),
         Column(QT_TRANSLATE_NOOP("reports", "Points to redeem"), 11, 10, numeric=True),
         Column(QT_TRANSLATE_NOOP("reports", "Last month's stock"), 11, 10, numeric=True),
         Column(QT_TRANSLATE_NOOP("reports", "Received this month"), 11, 10, numeric=True),
         Column(QT_TRANSLATE_NOOP("reports", "Issued this month"), 11, 10, numeric=True),
         Column(QT_TRANSLATE_NOOP("reports", "Stocktake adjustment"), 11, 10, numeric=True),
         Column(QT_TRANSLATE_NOOP("reports", "Stock at month end"), 13, 10, numeric=True)]


def stock_report(lines, station: str, month_label: str) -> Report:
    rows = [[ln.name, ln.unit, amount(ln.price), ln.opening, ln.received, ln.issued, ln.adjusted, ln.closing]
            for ln in lines]
    negative = [ln.name for ln in lines if ln.closing < 0]
    note = (translate("reports", "Note: the stock of {items} is negative (both PCs issued it while offline); count it and "
                                 "settle it.").format(items=translate("reports", ", ").join(negative)) if negative else
            translate("reports", "Stock = last month's stock + received − issued + stocktake adjustment."))
    return Report(translate("reports", "{month} love supermarket monthly stock report").format(month=month_label), station,
                  [(translate("reports", "Month"), month_label)],
                  [Section(table=Table(STOCK, rows), note=note)],
                  [translate("reports", "Keeper"), translate("reports", "Station head (signature)"), translate("reports", "Date")],
                  sheet_name=translate("reports", "Monthly stock"))


def month_bounds(text: str) -> tuple[date, date, str]:
    """'2026-03' -> (2026-03-01, 2026-04-01, '2026年3月')."""
    from desktop.errors import ValidationError

    try:
        year, month = (int(part) for part in str(text).strip().split("-"))
        start = date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError(translate("reports", "The month “{text}” is not in the right form; write it like 2026-03.").format(
            text=text), field="month") from None
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end, translate("reports", "{year}-{month}").format(year=year, month=month)
