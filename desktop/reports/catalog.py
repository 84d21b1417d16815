"""The papers a station can produce, behind one entry point that the CLI and
the reports page share: a request in, a printable document (and the table
report, for xlsx) out."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.reports.base import HtmlDoc, Progress, Report, report_html, write_xlsx
from desktop.reports.periods import Period

# kind -> (Chinese name, needs an activity, needs a volunteer, has a table for xlsx)
KINDS = {
    "register": ("志愿者服务登记簿", False, False, True),
    "signin-sheet": ("签到表", True, False, True),
    "activity-record": ("活动记录", True, False, False),
    "certificate": ("志愿服务证明", False, True, False),
    "certificate-register": ("志愿服务证明登记簿", False, False, True),
    "monthly": ("月度通报与目标检查", False, False, True),
    "request-receipt": ("群众点单回执", False, False, False),
    "request-ledger": ("群众点单台账", False, False, True),
}


@dataclass
class PaperRequest:
    kind: str
    period: Period | None = None
    by: str = "volunteer"  # register: per volunteer or per activity
    activity_id: str | None = None
    volunteer_id: str | None = None
    full_id: bool = False  # ID numbers in full (default: masked)
    blank: bool = True  # sign-in sheet: blank for hand signing, or filled from the kiosk
    issue: bool = False  # certificate: give it a number and record it (else an unnumbered draft)
    handler: str = ""  # certificate: 经办人
    person_in_charge: str = ""
    certificate_id: str | None = None  # reprint an issued certificate
    request_id: str | None = None  # request receipt: the request (id or number)
    half: bool = False  # request receipt: half an A4 sheet (A5)


@dataclass
class Built:
    doc: HtmlDoc
    report: Report | None  # the table form, when the paper has one
    number: str = ""  # certificate number issued, if any


def validate(req: PaperRequest) -> None:
    if req.kind not in KINDS:
        raise ValidationError(f"未知的报表“{req.kind}”，可选：{'、'.join(KINDS)}。", field="kind")
    name, needs_activity, needs_volunteer, _ = KINDS[req.kind]
    if needs_activity and not req.activity_id:
        raise ValidationError(f"{name}需要先选择一个活动（命令行用 --activity 活动编号）。", field="activity")
    if needs_volunteer and not req.volunteer_id and not req.certificate_id:
        raise ValidationError(f"{name}需要先选择一位志愿者（命令行用 --volunteer 志愿者编号）。", field="volunteer")
    if req.kind == "request-receipt" and not req.request_id:
        raise ValidationError("点单回执需要先选择一张点单（命令行用 request receipt 单号）。", field="request")
    if req.kind in ("register", "monthly", "certificate", "request-ledger") and req.period is None and not req.certificate_id:
        raise ValidationError(f"{name}需要一个时间段（命令行用 --month 2026-03 或 --year 2026）。", field="period")


def build(db: Database, req: PaperRequest, progress: Progress | None = None) -> Built:
    validate(req)
    if req.kind == "register":
        from desktop.reports.register import build_register

        report = build_register(db, req.period, by=req.by, volunteer_id=req.volunteer_id,
                                activity_id=req.activity_id, full_id=req.full_id, progress=progress)
        return Built(report_html(report), report)
    if req.kind == "signin-sheet":
        from desktop.reports.signin_sheet import build_signin_sheet

        report = build_signin_sheet(db, req.activity_id, blank=req.blank, full_id=req.full_id, progress=progress)
        return Built(report_html(report), report)
    if req.kind == "activity-record":
        from desktop.reports.activity_record import build_activity_record

        return Built(build_activity_record(db, req.activity_id, progress), None)
    if req.kind == "monthly":
        from desktop.reports.monthly import build_monthly

        report = build_monthly(db, req.period, progress=progress)
        return Built(report_html(report), report)
    if req.kind == "request-receipt":
        from desktop.reports.requests import receipt_html
        from desktop.services.request_queries import receipt_data

        return Built(receipt_html(receipt_data(db, req.request_id), half=req.half), None)
    if req.kind == "request-ledger":
        from desktop.reports.requests import ledger_report
        from desktop.services.request_queries import ledger_data

        report = ledger_report(ledger_data(db, req.period))
        return Built(report_html(report), report)
    if req.kind == "certificate-register":
        from desktop.reports.certificate import register_report
        from desktop.reports.register import load_context
        from desktop.services.certificates import certificate_register

        year = req.period.start.year if req.period else None
        report = register_report(certificate_register(db, year), load_context(db).station.name,
                                 req.period.label if req.period else "全部")
        return Built(report_html(report), report)
    from desktop.reports.certificate import certificate_html
    from desktop.services import certificates

    if req.certificate_id:
        data = certificates.reprint(db, req.certificate_id)
    elif req.issue:
        data = certificates.issue_certificate(db, req.volunteer_id, req.period, handler=req.handler,
                                              full_id=req.full_id, person_in_charge=req.person_in_charge)
    else:
        data = certificates.gather(db, req.volunteer_id, req.period, full_id=req.full_id, handler=req.handler,
                                   person_in_charge=req.person_in_charge)
    return Built(certificate_html(data), None, data.number)


def save_xlsx(built: Built, path, progress: Progress | None = None):
    if built.report is None:
        raise ValidationError("这份文书不是表格，不能导出为 Excel，请导出为 PDF。", field="format")
    return write_xlsx(built.report, path, progress)


@dataclass(frozen=True)
class Choices:
    """What the reports page offers in its pickers, as plain (id, label) pairs."""

    activities: list[tuple[str, str]]  # newest first
    volunteers: list[tuple[str, str]]  # by pinyin


def choices(db: Database) -> Choices:
    from sqlmodel import select

    from desktop.models import Activity, Volunteer
    from desktop.reports.signin_sheet import pinyin_key
    from desktop.validators import mask_id_card

    with db.read() as session:
        acts = session.exec(select(Activity.id, Activity.title, Activity.start_at)
                            .where(Activity.deleted_at.is_(None)).order_by(Activity.start_at.desc())).all()
        vols = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.id_card, Volunteer.status)
                            .where(Volunteer.deleted_at.is_(None))).all()
    activities = [(i, f"{start:%Y-%m-%d} {title}") for i, title, start in acts]
    people = sorted(vols, key=lambda v: pinyin_key(v[1]))
    volunteers = [(i, f"{name}　{mask_id_card(card) or ''}{'（已退出）' if status == 'exited' else ''}".strip())
                  for i, name, card, status in people]
    return Choices(activities, volunteers)
