"""Request papers: the receipt 回执 handed to the resident (A4 or half-A4) and
the monthly request ledger 点单台账 (PDF and xlsx). Pure: plain data in,
a document out; the data is gathered by desktop.services.request_queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, esc, page


@dataclass
class ReceiptData:
    station: str
    station_phone: str
    number: str
    title: str
    description: str
    resident: str
    phone: str
    place: str
    wanted: str
    channel: str
    requested_at: datetime
    answer_by: datetime | None  # when to expect an answer
    recorded_by: str


def _spaced(number: str) -> str:
    """1201-07 -> "1 2 0 1 - 0 7": the number as it is read out."""
    return " ".join(number)


def receipt_html(data: ReceiptData, half: bool = False) -> HtmlDoc:
    size = "A5" if half else "A4"
    big = "22pt" if half else "28pt"
    answer = (f"{data.answer_by:%Y年%m月%d日 %H:%M} 前" if data.answer_by else "三个工作日内")
    rows = [("点单内容", data.title + (f"（{data.description}）" if data.description else "")),
            ("群众姓名", data.resident), ("联系电话", data.phone or "—"), ("服务地点", data.place or "—"),
            ("希望时间", data.wanted or "—"), ("点单渠道", data.channel),
            ("点单时间", f"{data.requested_at:%Y年%m月%d日 %H:%M}"), ("答复时间", answer),
            ("经办人", data.recorded_by or "—")]
    grid = "".join(f"<tr><td width='24%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows)
    body = (f"<h1 align='center'>群众点单回执</h1><p align='center'>{esc(data.station)}</p>"
            f"<p align='center' style='font-size: 11pt;'>单号（查询时请报此号）</p>"
            f"<p align='center' style='font-size: {big};'>{esc(_spaced(data.number))}</p>"
            f"<table class='grid' border='0.5' cellspacing='0' cellpadding='5' width='100%'>{grid}</table>"
            f"<p>我们会在{esc(answer)}安排志愿者并与您联系。查询进度请来站或致电"
            f"{esc(data.station_phone or '本站')}，报上单号即可。服务完成后，请对服务作出评价（满意 / 基本满意 / 不满意）。</p>"
            f"<table class='sign'><tr><td>实践站（盖章）：</td><td>日期：{data.requested_at:%Y年%m月%d日}</td></tr></table>")
    return HtmlDoc(page(body), title=f"群众点单回执 {data.number}", page_size=size)


@dataclass
class LedgerRow:
    number: str
    requested_at: datetime
    resident: str
    phone: str
    title: str
    channel: str
    served_by: str
    state: str
    accepted_at: datetime | None
    done_at: datetime | None
    hours: float
    rating: str
    note: str = ""


@dataclass
class LedgerData:
    station: str
    period_label: str
    rows: list[LedgerRow] = field(default_factory=list)
    received: int = 0
    served: int = 0
    in_time: str = ""
    satisfaction: str = ""


LEDGER_COLUMNS = [Column("单号", 8, 9), Column("点单时间", 10, 16), Column("群众", 8, 8), Column("电话", 10, 13),
                  Column("内容", 16, 24), Column("渠道", 6, 7), Column("接单队伍/志愿者", 12, 18),
                  Column("状态", 8, 10), Column("接单时间", 9, 16), Column("完成时间", 9, 16),
                  Column("时长(小时)", 5, 9, numeric=True), Column("评价", 6, 8)]


def _t(value: datetime | None) -> str:
    return f"{value:%m-%d %H:%M}" if value else ""


def ledger_report(data: LedgerData) -> Report:
    table = Table(LEDGER_COLUMNS, [[r.number, _t(r.requested_at), r.resident, r.phone, r.title, r.channel, r.served_by,
                                    r.state, _t(r.accepted_at), _t(r.done_at), r.hours or "", r.rating]
                                   for r in data.rows])
    facts = [("月份", data.period_label), ("收到点单", f"{data.received} 件"), ("已服务", f"{data.served} 件"),
             ("按时接单率", data.in_time or "—"), ("满意率", data.satisfaction or "—")]
    return Report(title="群众点单台账", station=data.station, facts=facts, sections=[Section(table=table)],
                  signatures=["填表人", "站长"], landscape=True, sheet_name="点单台账")
