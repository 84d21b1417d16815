"""The one registry of paper kinds. The reports page, the CLI (`export KIND`)
and the catalog (desktop.services.papers.catalog) all read `KINDS`; nothing
else lists the papers.

Adding a paper kind = one `PaperKind(...)` entry in `KINDS` below, plus:

1. its data builder, in desktop/services/papers/ (or your feature's service
   module): `gather(db, req, progress) -> data`. It does every database
   read (and nothing else), and raises NotFound / ValidationError with translated messages (desktop.i18n).
   The data is a plain record (a frozen dataclass) defined next to the
   renderer in desktop/reports/.
2. its renderer, in desktop/reports/: plain data in, document out, no
   database. Either `report(data, req, progress) -> Report` for a table paper
   (the HTML comes from `report_html`, and the xlsx is offered), or
   `html(data, req, progress) -> HtmlDoc` for a free layout (PDF only), or
   both.
3. if printing or saving it must record something first (the certificate
   takes a number), an `issue(db, req, actor) -> PaperRequest` service call; the UI
   and the CLI call `catalog.issue` explicitly before building: building never
   writes.

Options: `period` says which period the request needs ("" none, "any" a
month/year/range, "month", "year", "optional"); `options` lists the other
choices the reports page shows and the request carries: "activity",
"volunteer", "only" (register: one volunteer or all), "by", "sheet",
"handler", "in_charge", "full_id". A kind that needs something else keeps it
in `PaperRequest.extra`, adds its CLI flags with `cli_args` / `cli_request`,
and its picker as one more row of desktop/ui/reports/options.py. The page
shows `label` and `hint` (`title` and `help`, translated) for a kind it has no UI label for, so a new
kind appears on the page with no other UI change.

An entry for a receipt of one resident request, half an A4 sheet or a whole
one (the gather and html functions are the feature's own):

    PaperKind("request-receipt", QT_TRANSLATE_NOOP("services.papers", "Residents' request receipt"),
              QT_TRANSLATE_NOOP("services.papers", "the residents' request receipt (A4, or --half for half a sheet)"),
              request_papers.receipt_data,  # (db, req, progress) -> ReceiptData, reads req.extra["request"]
              html=lambda data, req, progress: receipt_html(data, half=req.extra.get("half", False)),
              options=frozenset({"request"}), cli_args=_receipt_cli, cli_request=_receipt_request)

A figure another feature adds to an existing paper (say, requests in the
monthly report) is read in that paper's data builder (gather.monthly_data)
into a field of its data record (reports.monthly.MonthlyData), and drawn by
its renderer; a renderer never reads the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.progress import Progress
from desktop.reports.activity_record import activity_record_html
from desktop.reports.base import HtmlDoc, Report
from desktop.reports.certificate import certificate_html, certificate_register_report
from desktop.reports.monthly import monthly_report
from desktop.reports.register import register_report
from desktop.reports.signin_sheet import signin_report
from desktop.services import certificates
from desktop.services.papers import gather
from desktop.services.papers.request import PaperRequest

Gather = Callable[[Any, PaperRequest, Progress | None], Any]


@dataclass(frozen=True)
class PaperKind:
    name: str  # the key everywhere: `export NAME`, PaperRequest.kind
    title: str  # the paper's name (English source, QT_TRANSLATE_NOOP("services.papers", ...)); shown: .label
    help: str  # one line for `export --help` and the page's hint for a kind it does not know; shown: .hint
    gather: Gather  # records -> the paper's plain data (desktop.services)
    report: Callable[[Any, PaperRequest, Progress | None], Report] | None = None  # data -> table paper (xlsx too)
    html: Callable[[Any, PaperRequest, Progress | None], HtmlDoc] | None = None  # data -> free-layout paper
    number: Callable[[Any], str] | None = None  # the number the paper carries (certificate), for messages
    period: str = ""  # "" | any | month | year | optional
    options: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()  # of "activity", "volunteer": refused without it
    issue: Callable[[Any, PaperRequest, str], PaperRequest] | None = None  # (db, req, actor): the write printing makes first
    cli_args: Callable[[Any], None] | None = None  # add kind-specific flags to its `export NAME` parser
    cli_request: Callable[[Any, PaperRequest, Any], None] | None = None  # (args, req, db): fill them in
    listed: bool = True  # offered on the reports page (the request receipt is printed from the 点单 page)

    @property
    def label(self) -> str:
        """The paper's name in the user's language: messages, default file names."""
        return translate("services.papers", self.title)

    @property
    def hint(self) -> str:
        """The help line in the user's language."""
        return translate("services.papers", self.help)

    @property
    def has_table(self) -> bool:
        """Offered as xlsx too (else PDF only)."""
        return self.report is not None


def _register_cli(parser) -> None:
    parser.add_argument("--by", choices=("volunteer", "activity"), default="volunteer",
                        help=translate("services.papers", "by volunteer (default) or by activity"))


def _register_request(args, req: PaperRequest, _db) -> None:
    req.by = args.by


def _signin_cli(parser) -> None:
    parser.add_argument("--filled", action="store_true", help=translate("services.papers", "filled from the kiosk's records (default: blank, for signing by hand)"))


def _signin_request(args, req: PaperRequest, _db) -> None:
    req.blank = not args.filled


def _certificate_cli(parser) -> None:
    parser.add_argument("--handler", dest="handler_name", default=None, help=translate("services.papers", "handled by (default: the station head)"))
    parser.add_argument("--person-in-charge", default="", help=translate("services.papers", "person in charge (default: the station head)"))
    parser.add_argument("--draft", action="store_true", help=translate("services.papers", "only a draft: no number, not registered"))


def _certificate_request(args, req: PaperRequest, db) -> None:
    from desktop.services.station import get_station

    station = get_station(db)
    req.issue = not args.draft
    req.handler = args.handler_name or (station.head_name if station else "")
    req.person_in_charge = args.person_in_charge


def _receipt_cli(parser) -> None:
    parser.add_argument("--request", required=True, help=translate("services.papers", "request number or id"))
    parser.add_argument("--half", action="store_true", help=translate("services.papers", "half an A4 sheet (A5)"))


def _receipt_request(args, req: PaperRequest, _db) -> None:
    req.extra.update(request_id=args.request, half=args.half)


def _receipt_data(db, req: PaperRequest, progress=None):
    from desktop.errors import ValidationError
    from desktop.services.request_queries import receipt_data

    if not req.extra.get("request_id"):
        raise ValidationError(translate("services.papers", "The request receipt needs a request (on the command line: request receipt NUMBER)."), field="request")
    return receipt_data(db, req.extra["request_id"])


def _ledger_data(db, req: PaperRequest, progress=None):
    from desktop.services.request_queries import ledger_data

    return ledger_data(db, req.period)


def _request_kinds() -> list[PaperKind]:
    """The residents' request papers (desktop.reports.requests; data from desktop.services.request_queries)."""
    from desktop.reports.requests import ledger_report, receipt_html

    return [
        PaperKind("request-receipt", QT_TRANSLATE_NOOP("services.papers", "Residents' request receipt"), QT_TRANSLATE_NOOP("services.papers", "the residents' request receipt (A4, or --half for half a sheet)"),
                  _receipt_data,
                  html=lambda data, req, progress: receipt_html(data, half=bool(req.extra.get("half"))),
                  number=lambda data: data.number, cli_args=_receipt_cli, cli_request=_receipt_request,
                  listed=False),
        PaperKind("request-ledger", QT_TRANSLATE_NOOP("services.papers", "Residents' requests ledger"), QT_TRANSLATE_NOOP("services.papers", "the residents' requests ledger (by month)"), _ledger_data,
                  report=lambda data, req, progress: ledger_report(data), period="month"),
    ]


def _selfcheck_data(db, req: PaperRequest, progress=None):
    from desktop.services.selfcheck import paper_data

    return paper_data(db, req, progress)


def _inspection_kinds() -> list[PaperKind]:
    """The star-rating self-check (desktop.reports.selfcheck; data from desktop.services.selfcheck)."""
    from desktop.reports.selfcheck import selfcheck_html, selfcheck_report

    return [
        PaperKind("selfcheck", QT_TRANSLATE_NOOP("services.papers", "Star rating self-check"),
                  QT_TRANSLATE_NOOP("services.papers", "the star rating self-check: the eight standards and the targets, with the evidence (--year)"),
                  _selfcheck_data, report=lambda data, req, progress: selfcheck_report(data),
                  html=lambda data, req, progress: selfcheck_html(data, progress), period="optional"),
    ]


def _points_cli(parser) -> None:
    parser.add_argument("--scheme", default=None, help=translate("services.papers", "points scheme (default: the first)"))
    parser.add_argument("--size", choices=("A4", "A3"), default="A4", help=translate("services.papers", "paper size (default A4)"))


def _points_request(args, req: PaperRequest, _db) -> None:
    req.extra.update(scheme=args.scheme, size=args.size)


def _month_of(req: PaperRequest) -> str:
    from desktop.services.points_papers import this_month

    return f"{req.period.start:%Y-%m}" if req.period else this_month()


def _board_data(db, req: PaperRequest, progress=None):
    from desktop.services import points, points_papers

    scheme = points.find_scheme(db, req.extra.get("scheme"))
    return points_papers.build_board(db, scheme.id, _month_of(req), size=req.extra.get("size") or "A4")


def _stock_data(db, req: PaperRequest, progress=None):
    from desktop.services import points_papers

    return points_papers.build_stock_sheet(db, _month_of(req))


def _points_kinds() -> list[PaperKind]:
    """The points papers (desktop.reports.points; built by desktop.services.points_papers, whose
    `Built` carries the finished document and its table)."""
    return [
        PaperKind("points-board", QT_TRANSLATE_NOOP("services.papers", "Points board"),
                  QT_TRANSLATE_NOOP("services.papers", "the month's points board of a scheme, A4 or A3 (--scheme, --size)"),
                  _board_data, report=lambda data, req, progress: data.report, html=lambda data, req, progress: data.doc,
                  period="month", cli_args=_points_cli, cli_request=_points_request),
        PaperKind("points-stock", QT_TRANSLATE_NOOP("services.papers", "Goods stock sheet"),
                  QT_TRANSLATE_NOOP("services.papers", "the month's stock sheet of the charity-shop goods"),
                  _stock_data, report=lambda data, req, progress: data.report, period="month"),
    ]


def _kinds() -> dict[str, PaperKind]:
    kinds = [
        PaperKind("register", QT_TRANSLATE_NOOP("services.papers", "Volunteer service register"), QT_TRANSLATE_NOOP("services.papers", "the volunteer service register (by volunteer or by activity)"),
                  gather.register_data,
                  report=lambda data, req, progress: register_report(data, full_id=req.full_id, progress=progress),
                  period="any", options=frozenset({"by", "only", "full_id"}),
                  cli_args=_register_cli, cli_request=_register_request),
        PaperKind("signin-sheet", QT_TRANSLATE_NOOP("services.papers", "Sign-in sheet"),
                  QT_TRANSLATE_NOOP("services.papers", "an activity's sign-in sheet (blank for signing by hand, or --filled from the sign-ins)"), gather.signin_data,
                  report=lambda data, req, progress: signin_report(data, full_id=req.full_id, progress=progress),
                  options=frozenset({"activity", "sheet", "full_id"}), needs=frozenset({"activity"}),
                  cli_args=_signin_cli, cli_request=_signin_request),
        PaperKind("activity-record", QT_TRANSLATE_NOOP("services.papers", "Activity record"), QT_TRANSLATE_NOOP("services.papers", "the activity record (with photos)"), gather.record_data,
                  html=lambda data, req, progress: activity_record_html(data, progress),
                  options=frozenset({"activity"}), needs=frozenset({"activity"})),
        PaperKind("certificate", QT_TRANSLATE_NOOP("services.papers", "Certificate of volunteer service"),
                  QT_TRANSLATE_NOOP("services.papers", "the certificate of volunteer service (issued and numbered in the register)"), gather.certificate_data,
                  html=lambda data, req, progress: certificate_html(data), number=lambda data: data.number,
                  period="any", options=frozenset({"volunteer", "handler", "in_charge", "full_id"}),
                  needs=frozenset({"volunteer"}), issue=certificates.issue_for,
                  cli_args=_certificate_cli, cli_request=_certificate_request),
        PaperKind("certificate-register", QT_TRANSLATE_NOOP("services.papers", "Register of volunteer service certificates"), QT_TRANSLATE_NOOP("services.papers", "the register of certificates of volunteer service"),
                  gather.certificate_register_data,
                  report=lambda data, req, progress: certificate_register_report(*data),
                  period="optional"),
        PaperKind("monthly", QT_TRANSLATE_NOOP("services.papers", "Monthly report and target check"), QT_TRANSLATE_NOOP("services.papers", "the monthly report and target check"), gather.monthly_data,
                  report=lambda data, req, progress: monthly_report(data, progress=progress), period="month"),
    ] + _request_kinds() + _inspection_kinds() + _points_kinds()
    return {kind.name: kind for kind in kinds}


KINDS: dict[str, PaperKind] = _kinds()


def kind_of(name: str) -> PaperKind:
    from desktop.errors import ValidationError

    if name not in KINDS:
        raise ValidationError(translate("services.papers", "Unknown paper “{name}”; the choices are {choices}.").format(
            name=name, choices=translate("services.papers", ", ").join(KINDS)), field="kind")
    return KINDS[name]
