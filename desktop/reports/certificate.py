"""志愿服务证明: the certificate page, and the certificate register as a table."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, esc, page, table_html
from desktop.reports.format import hours

# Qt's rich text ignores cell heights: blank lines give the box its 4 cm.
STAMP = ("<table cellspacing='0' cellpadding='12' style='border: 1px dashed #777;'>"
         "<tr><td width='140' align='center' style='color: #777;'><br/><br/><br/>{stamp}<br/><br/><br/><br/></td></tr>"
         "</table>")  # {stamp}: translate("reports", STAMP_HERE)
STAMP_HERE = QT_TRANSLATE_NOOP("reports", "(stamp here)")

LINES = [Column(QT_TRANSLATE_NOOP("reports", "No."), 8, 6, "center"), Column(QT_TRANSLATE_NOOP("reports", "Service date"), 18, 12),
         Column(QT_TRANSLATE_NOOP("reports", "Volunteer service activity"), 56, 40), Column(QT_TRANSLATE_NOOP("reports", "Hours"), 18, 10, numeric=True)]


def certificate_html(data) -> HtmlDoc:
    """`data` is a desktop.services.certificates.CertificateData."""
    who = translate("reports", "{name} (gender: {gender}, ID number: {id_card})").format(
        name=esc(data.name), gender=esc(data.gender or "—"), id_card=esc(data.id_card or "—"))
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;"
    body = [
        "<p align='right'>" + translate("reports", "Certificate number: {number}").format(
            number=esc(data.number or translate("reports", "(numbered when printed)"))) + "</p>",
        "<h1 align='center' style='font-size: 22pt; letter-spacing: 8px;'>" + translate("reports", "Certificate of Volunteer Service") + "</h1>",
        "<p style='font-size: 13pt; line-height: 180%;'>" + indent + translate("reports", "This is to certify that {who} took part in volunteer service activities {count} times at {issuer} in {period}, with a total of <u>&nbsp;{hours}&nbsp;</u> hours of volunteer service.").format(
            who=who, period=esc(data.period.label), issuer=esc(data.issuer), count=data.activities,
            hours=f"{hours(data.minutes):g}") + "</p>",
    ]
    if data.content:
        body.append("<p style='font-size: 13pt; line-height: 180%;'>" + indent + translate("reports", "Main services: {content}.").format(
            content=esc(data.content)) + "</p>")
    body.append("<p style='font-size: 13pt;'>" + indent + translate("reports", "Hereby certified.") + "</p>")
    if data.voided:
        body.append("<p style='font-size: 16pt; color: #b00;'>" + translate("reports", "This certificate is void.") + "</p>")
    sign = ("<p>" + translate("reports", "Issued by (stamp): {issuer}").format(issuer=esc(data.issuer)) + "</p><p>"
            + translate("reports", "Person in charge: {name}").format(name=esc(data.person_in_charge)) + "</p><p>"
            + translate("reports", "Handled by: {name}").format(name=esc(data.handler)) + "</p><p>"
            + translate("reports", "Date of issue: {day:%Y-%m-%d}").format(day=data.issued_on) + "</p>")
    body.append(f"<br/><table width='100%'><tr><td width='55%' valign='top'>{sign}</td>"
                f"<td align='right' valign='top'>{STAMP.format(stamp=translate('reports', STAMP_HERE))}</td></tr></table>")
    body.append("<p class='note'>" + translate("reports", "Issued under the Measures for Volunteer Service Records and Certificates; the hours are those in this station's volunteer service records, and the number can be checked in this station's certificate register.") + "</p>")
    if data.lines:
        rows = [[i + 1, f"{line.day:%Y-%m-%d}", line.title, hours(line.minutes)] for i, line in enumerate(data.lines)]
        body.append("<h2>" + translate("reports", "Attached: the volunteer service records") + "</h2>")
        body.append(table_html(Table(LINES, rows, ["", translate("reports", "Total"), "", hours(data.minutes)])))
    title = translate("reports", "Certificate of Volunteer Service {number}").format(number=data.number).strip()
    return HtmlDoc(page("".join(body)), title=title)


REGISTER = [Column(QT_TRANSLATE_NOOP("reports", "Certificate number"), 17, 16), Column(QT_TRANSLATE_NOOP("reports", "Name"), 12, 10), Column(QT_TRANSLATE_NOOP("reports", "Service period"), 25, 24),
            Column(QT_TRANSLATE_NOOP("reports", "Hours"), 10, 10, numeric=True), Column(QT_TRANSLATE_NOOP("reports", "Date of issue"), 12, 12), Column(QT_TRANSLATE_NOOP("reports", "Handled by"), 10, 10),
            Column(QT_TRANSLATE_NOOP("reports", "State"), 14, 20)]


def certificate_register_report(rows, station: str, label: str) -> Report:
    """The certificate register 证明登记簿; `rows` are certificates.RegisterRow."""
    table_rows = []
    for r in rows:
        state = translate("reports", "Void: {reason}").format(reason=r.reason) if r.voided else (
            translate("reports", "Number used twice, please check") if r.duplicate else translate("reports", "Valid"))
        table_rows.append([r.number, r.name, r.period, r.hours, f"{r.issued_on:%Y-%m-%d}", r.handler, state])
    section = Section(table=Table(REGISTER, table_rows), note="" if rows else translate("reports", "No certificates have been issued yet."))
    return Report(translate("reports", "Register of volunteer service certificates"), station, [(translate("reports", "Year"), label)], [section],
                  [translate("reports", "Registered by")], sheet_name=translate("reports", "Certificate register"))
