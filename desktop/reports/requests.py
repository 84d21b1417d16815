"""Request papers: the receipt 回执 handed to the resident (A4 or half-A4) and
the monthly request ledger 点单台账 (PDF and xlsx). Pure: plain data in,
a document out; the data is gathered by desktop.services.request_queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.i18n import QT_TRANSLATE_NOOP, translate
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
    answer = (translate("reports", "before {at:%Y-%m-%d %H:%M}").format(at=data.answer_by) if data.answer_by
              else translate("reports", "within three working days"))
    number = translate("reports", "Request number")
    content = translate("reports", "Request")
    requested = translate("reports", "Requested at")
    answered = translate("reports", "Answer by")
    officer = translate("reports", "Handled by")
    described = translate("reports", "{title} ({description})").format(title=data.title, description=data.description)
    rows = [(content, described if data.description else data.title),
            (translate("reports", "Resident's name"), data.resident),
            (translate("reports", "Contact phone"), data.phone or "—"), (translate("reports", "Service place"), data.place or "—"),
            (translate("reports", "Wanted time"), data.wanted or "—"), (translate("reports", "Request channel"), data.channel),
            (requested, translate("reports", "{at:%Y-%m-%d %H:%M}").format(at=data.requested_at)), (answered, answer),
            (officer, data.recorded_by or "—")]
    grid = "".join(f"<tr><td width='24%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows)
    heading = esc(translate("reports", "Residents' request receipt"))
    promise = translate("reports", "We will arrange volunteers and contact you {answer}. To ask about progress, come to the "
                                   "station or call {phone} and give the number. When the service is done, please rate it "
                                   "(satisfied / fairly satisfied / not satisfied).").format(
        answer=answer, phone=data.station_phone or translate("reports", "the station"))
    ask = esc(translate("reports", "Number (give it when you ask)"))
    stamp = esc(translate("reports", "Practice station (stamp):"))
    dated = esc(translate("reports", "Date: {at:%Y-%m-%d}").format(at=data.requested_at))
    body = (f"<h1 align='center'>{heading}</h1><p align='center'>{esc(data.station)}</p>"
            f"<p align='center' style='font-size: 11pt;'>{ask}</p>"
            f"<p align='center' style='font-size: {big};'>{esc(_spaced(data.number))}</p>"
            f"<table class='grid' border='0.5' cellspacing='0' cellpadding='5' width='100%'>{grid}</table>"
            f"<p>{esc(promise)}</p>"
            f"<table class='sign'><tr><td>{stamp}</td><td>{dated}</td></tr></table>")
    if not half:  # A4: the station keeps the lower half (the stub), cut along the dashed line
        stub = [(number, data.number), (content, data.title),
                (translate("reports", "Resident"), f"{data.resident} {data.phone}".strip()),
                (requested, f"{data.requested_at:%Y-%m-%d %H:%M}"), (answered, answer), (officer, data.recorded_by or "—")]
        cells = "".join(f"<tr><td width='24%'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in stub)
        cut = esc(translate("reports", "cut along this line"))
        kept = esc(translate("reports", "Residents request stub (kept by the station)"))
        steps = esc(translate("reports", "Dispatched: ________________  Accepted: ________________  Done: ________________  "
                                         "Rating: satisfied / fairly satisfied / not satisfied"))
        body += (f"<p align='center' style='color: #555;'>- - - - - - - - - - - - - {cut} - - - - - - - - - - - - -</p>"
                 f"<h2 align='center'>{kept}</h2>"
                 f"<table class='grid' border='0.5' cellspacing='0' cellpadding='4' width='100%'>{cells}</table>"
                 f"<p>{steps}</p>")
    return HtmlDoc(page(body), title=translate("reports", "Residents' request receipt {number}").format(number=data.number),
                   page_size=size)


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


LEDGER_COLUMNS = [Column(QT_TRANSLATE_NOOP("reports", "Request number"), 7, 9), Column(QT_TRANSLATE_NOOP("reports", "Requested at"), 9, 16),
                  Column(QT_TRANSLATE_NOOP("reports", "Resident"), 7, 8), Column(QT_TRANSLATE_NOOP("reports", "Tel."), 10, 13),
                  Column(QT_TRANSLATE_NOOP("reports", "What was asked"), 13, 24), Column(QT_TRANSLATE_NOOP("reports", "Channel"), 5, 7),
                  Column(QT_TRANSLATE_NOOP("reports", "Accepting team / volunteer"), 12, 18),
                  Column(QT_TRANSLATE_NOOP("reports", "State"), 9, 10), Column(QT_TRANSLATE_NOOP("reports", "Accepted at"), 8, 16),
                  Column(QT_TRANSLATE_NOOP("reports", "Done at"), 8, 16),
                  Column(QT_TRANSLATE_NOOP("reports", "Hrs"), 5, 9, numeric=True),
                  Column(QT_TRANSLATE_NOOP("reports", "Rating"), 7, 8)]  # widths add up to 100%


def _t(value: datetime | None) -> str:
    return f"{value:%m-%d %H:%M}" if value else ""


def ledger_report(data: LedgerData) -> Report:
    table = Table(LEDGER_COLUMNS, [[r.number, _t(r.requested_at), r.resident, r.phone, r.title, r.channel, r.served_by,
                                    r.state, _t(r.accepted_at), _t(r.done_at), r.hours or "", r.rating]
                                   for r in data.rows])
    facts = [(translate("reports", "Month"), data.period_label),
             (translate("reports", "Requests received"), translate("reports", "{n} requests").format(n=data.received)),
             (translate("reports", "Served"), translate("reports", "{n} requests").format(n=data.served)),
             (translate("reports", "Accepted in time"), data.in_time or "—"),
             (translate("reports", "Satisfaction rate"), data.satisfaction or "—")]
    return Report(title=translate("reports", "Residents' request ledger"), station=data.station, facts=facts,
                  sections=[Section(table=table)], signatures=[translate("reports", "Filled in by"), translate("reports", "Station head")],
                  landscape=True, sheet_name=translate("reports", "Request ledger"))
