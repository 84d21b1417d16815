"""志愿服务证明: the certificate page, and the certificate register as a table."""

from __future__ import annotations

from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, esc, page, table_html
from desktop.reports.format import hours

# Qt's rich text ignores cell heights: blank lines give the box its 4 cm.
STAMP = ("<table cellspacing='0' cellpadding='12' style='border: 1px dashed #777;'>"
         "<tr><td width='140' align='center' style='color: #777;'><br/><br/><br/>（盖章处）<br/><br/><br/><br/></td></tr>"
         "</table>")

LINES = [Column("序号", 8, 6, "center"), Column("服务日期", 18, 12), Column("志愿服务活动", 56, 40),
         Column("时长(小时)", 18, 10, numeric=True)]


def certificate_html(data) -> HtmlDoc:
    """`data` is a desktop.services.certificates.CertificateData."""
    who = f"{esc(data.name)}（性别：{esc(data.gender or '—')}，身份证号：{esc(data.id_card or '—')}）"
    body = [
        f"<p align='right'>证明编号：{esc(data.number or '（打印时编号）')}</p>",
        "<h1 align='center' style='font-size: 22pt; letter-spacing: 8px;'>志愿服务证明</h1>",
        "<p style='font-size: 13pt; line-height: 180%;'>&nbsp;&nbsp;&nbsp;&nbsp;兹证明 "
        f"{who}于 {esc(data.period.label)} 期间，在{esc(data.issuer)}参加志愿服务活动 {data.activities} 次，"
        f"累计志愿服务时长 <u>&nbsp;{hours(data.minutes):g}&nbsp;</u> 小时。</p>",
    ]
    if data.content:
        body.append(f"<p style='font-size: 13pt; line-height: 180%;'>&nbsp;&nbsp;&nbsp;&nbsp;主要服务内容："
                    f"{esc(data.content)}。</p>")
    body.append("<p style='font-size: 13pt;'>&nbsp;&nbsp;&nbsp;&nbsp;特此证明。</p>")
    if data.voided:
        body.append("<p style='font-size: 16pt; color: #b00;'>本证明已作废。</p>")
    sign = (f"<p>出具单位（盖章）：{esc(data.issuer)}</p><p>负责人：{esc(data.person_in_charge)}</p>"
            f"<p>经办人：{esc(data.handler)}</p><p>出具日期：{data.issued_on:%Y年%m月%d日}</p>")
    body.append(f"<br/><table width='100%'><tr><td width='55%' valign='top'>{sign}</td>"
                f"<td align='right' valign='top'>{STAMP}</td></tr></table>")
    body.append("<p class='note'>本证明依据《志愿服务记录与证明出具办法》出具，时长以本站志愿服务记录为准；"
                "编号可在本站证明登记簿中查验。</p>")
    if data.lines:
        rows = [[i + 1, f"{line.day:%Y-%m-%d}", line.title, hours(line.minutes)] for i, line in enumerate(data.lines)]
        body.append("<h2>附：志愿服务记录明细</h2>")
        body.append(table_html(Table(LINES, rows, ["", "合计", "", hours(data.minutes)])))
    title = f"志愿服务证明 {data.number}".strip()
    return HtmlDoc(page("".join(body)), title=title)


REGISTER = [Column("证明编号", 17, 16), Column("姓名", 12, 10), Column("服务时间段", 25, 24),
            Column("时长(小时)", 10, 10, numeric=True), Column("出具日期", 12, 12), Column("经办人", 10, 10),
            Column("状态", 14, 20)]


def certificate_register_report(rows, station: str, label: str) -> Report:
    """The certificate register 证明登记簿; `rows` are certificates.RegisterRow."""
    table_rows = []
    for r in rows:
        state = f"已作废：{r.reason}" if r.voided else ("编号重复，请核查" if r.duplicate else "有效")
        table_rows.append([r.number, r.name, r.period, r.hours, f"{r.issued_on:%Y-%m-%d}", r.handler, state])
    section = Section(table=Table(REGISTER, table_rows), note="" if rows else "还没有出具过志愿服务证明。")
    return Report("志愿服务证明登记簿", station, [("年度", label)], [section], ["登记人"], sheet_name="证明登记簿")
