"""星级评定自查表: the station's standing against the county's star-rating
indicators (the 八有 standard) and the quantified targets, each met or
missing with its evidence; the photos the station gave as evidence follow.
Gathered by desktop.services.selfcheck."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.base import Column, HtmlDoc, Report, Section, Table, esc, report_html

STATUS = {
    "met": QT_TRANSLATE_NOOP("reports", "Met"),
    "missing": QT_TRANSLATE_NOOP("reports", "Not met"),
    "pending": QT_TRANSLATE_NOOP("reports", "In progress"),
    "county": QT_TRANSLATE_NOOP("reports", "By the county"),
    "not_applicable": QT_TRANSLATE_NOOP("reports", "Not applicable"),
    "info": "—",  # a figure shown for information, with nothing to meet
}
EVIDENCE_LINES = 6  # on paper; the rest are in the register and the activity records

INDICATOR_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("reports", "Indicator"), 12, 14), Column(QT_TRANSLATE_NOOP("reports", "Standard"), 18, 24),
    Column(QT_TRANSLATE_NOOP("reports", "Actual"), 14, 20), Column(QT_TRANSLATE_NOOP("reports", "Verdict"), 8, 9, "center"),
    Column(QT_TRANSLATE_NOOP("reports", "Points"), 7, 8, "center"),
    Column(QT_TRANSLATE_NOOP("reports", "Evidence"), 26, 50), Column(QT_TRANSLATE_NOOP("reports", "Next step"), 15, 30),
]
TARGET_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("reports", "Item"), 17, 18), Column(QT_TRANSLATE_NOOP("reports", "Period"), 12, 14),
    Column(QT_TRANSLATE_NOOP("reports", "Required"), 17, 22), Column(QT_TRANSLATE_NOOP("reports", "Actual"), 20, 26),
    Column(QT_TRANSLATE_NOOP("reports", "Verdict"), 8, 9, "center"), Column(QT_TRANSLATE_NOOP("reports", "Next step"), 26, 40),
]


@dataclass(frozen=True)
class SelfCheckLine:
    key: str
    name: str
    standard: str
    value: str
    status: str  # met | missing | pending | county | not_applicable
    evidence: list[str]
    records: tuple[str, ...]  # ids of the records counted (activities, teams)
    points: int  # estimated
    max_points: int
    source: str  # data | declared | inspector
    photo: Path | None = None  # the station's photo as evidence
    advice: str = ""


@dataclass(frozen=True)
class TargetLine:
    key: str
    name: str
    scope: str  # the period checked, as printed
    required: str
    actual: str
    status: str  # met | missing | pending | info | not_applicable
    advice: str = ""
    records: tuple[str, ...] = ()


@dataclass(frozen=True)
class SelfCheckData:
    station: str
    county: str
    year: int
    as_of: date
    lines: list[SelfCheckLine]
    targets: list[TargetLine] = field(default_factory=list)
    score: int = 0  # the estimate
    max_score: int = 100
    stars: int = 1
    rating: dict | None = None  # the county's published rating of the year, if any
    county_set: bool = False  # the county's own indicators (else the defaults)

    @property
    def met(self) -> int:
        return sum(line.status == "met" for line in self.lines)

    @property
    def missing(self) -> list[SelfCheckLine]:
        return [line for line in self.lines if line.status == "missing"]


def status_name(status: str) -> str:
    return translate("reports", STATUS.get(status, STATUS["not_applicable"]))


def _evidence(lines: list[str]) -> str:
    shown = lines[:EVIDENCE_LINES]
    if len(lines) > EVIDENCE_LINES:
        shown.append(translate("reports", "… and {n} more").format(n=len(lines) - EVIDENCE_LINES))
    return "\n".join(shown) or "—"


def stars_text(stars: int) -> str:
    return "★" * stars + "☆" * (5 - stars)


def selfcheck_report(data: SelfCheckData) -> Report:
    rows = [[line.name, line.standard, line.value, status_name(line.status),
             f"{line.points}/{line.max_points}" if line.max_points else "—", _evidence(line.evidence), line.advice]
            for line in data.lines]
    targets = [[t.name, t.scope, t.required, t.actual, status_name(t.status), t.advice] for t in data.targets]
    facts = [(translate("reports", "Year"), str(data.year)), (translate("reports", "As of"), f"{data.as_of:%Y-%m-%d}"),
             (translate("reports", "Estimated score"), translate("reports", "{score} of {max} ({stars})").format(
                 score=data.score, max=data.max_score, stars=stars_text(data.stars)))]
    if data.rating:
        facts.append((translate("reports", "County's rating"), translate("reports", "{score} points, {stars}").format(
            score=data.rating.get("score"), stars=stars_text(int(data.rating.get("stars") or 1)))))
    source = (translate("reports", "Indicators and points as set by the county.") if data.county_set else
              translate("reports", "The county has not sent its own indicators yet; the default indicators are used."))
    note = source + " " + translate("reports", "The estimate counts a stated fact in full and the county's own "
                                               "appraisal as nothing; the county's inspection decides.")
    return Report(
        translate("reports", "Star rating self-check"), data.station, facts,
        [Section(translate("reports", "The eight standards"), table=Table(INDICATOR_COLUMNS, rows), note=note),
         Section(translate("reports", "Quantified targets"), table=Table(TARGET_COLUMNS, targets))],
        [translate("reports", "Filled in by"), translate("reports", "Station head"), translate("reports", "Date")],
        landscape=True, sheet_name=translate("reports", "Self-check"))


def selfcheck_html(data: SelfCheckData, progress=None) -> HtmlDoc:
    """The table paper, then the photos the station gave as evidence."""
    doc = report_html(selfcheck_report(data), progress)
    photos = [line for line in data.lines if line.photo is not None]
    if photos:
        cells = []
        for index, line in enumerate(photos):
            name = f"evidence-{index + 1}"
            doc.images[name] = line.photo
            cells.append(f"<td align='center' width='33%'><img src='{name}' width='220'/><br/>{esc(line.name)}</td>")
        rows = "".join("<tr>" + "".join(cells[i:i + 3]) + "</tr>" for i in range(0, len(cells), 3))
        extra = ("<h2>" + esc(translate("reports", "Photos given as evidence")) + "</h2>"
                 f"<table width='100%' cellpadding='6'>{rows}</table>")
        doc.html = doc.html.replace("</body>", extra + "</body>")
    return doc
