"""台账资料包: the front of the evidence pack, its cover and contents. The
papers that follow are the station's own (register, activity records,
monthly bulletins, certificate register, self-check), each drawn by its own
renderer; desktop.services.evidence puts them together and the printing
adapter (desktop.printing.pack) numbers the pages through the whole pack."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.i18n import translate
from desktop.periods import Period
from desktop.reports.base import HtmlDoc, esc, page


@dataclass(frozen=True)
class Entry:
    title: str
    level: int = 0  # 0: a part (register, activity records, ...); 1: a paper inside it


@dataclass(frozen=True)
class Front:
    station: str
    county: str
    town: str
    head: str
    period: Period
    made_at: datetime
    entries: list[Entry]  # in order; each level-1 entry is one paper of the pack (level 0 heads a group)
    figures: list[tuple[str, str]]  # a few facts on the cover: activities, volunteers, photos


def front_html(front: Front, starts: list[int]) -> HtmlDoc:
    """Cover and contents. `starts[i]` is the first page of the i-th paper (the i-th entry that
    is a paper: level 1, or level 0 without children)."""
    facts = "".join(f"<tr><td width='30%' align='right'>{esc(label)}</td><td width='70%'>{esc(value)}</td></tr>"
                    for label, value in [(translate("reports", "Station"), front.station),
                                         (translate("reports", "Township"), front.town or "—"),
                                         (translate("reports", "County"), front.county or "—"),
                                         (translate("reports", "Station head"), front.head or "—"),
                                         (translate("reports", "Period"), front.period.label), *front.figures,
                                         (translate("reports", "Compiled on"), f"{front.made_at:%Y-%m-%d %H:%M}")])
    name = esc(translate("reports", "Evidence pack"))
    what = esc(translate("reports", "New Era Civilization Practice Station work records"))
    cover = ("<p style='margin-top: 150px;'></p>"
             f"<h1 align='center' style='font-size: 30pt;'>{name}</h1>"
             f"<p align='center' style='font-size: 15pt;'>{what}</p>"
             f"<p align='center' style='font-size: 17pt; margin-top: 40px;'>{esc(front.station)}</p>"
             f"<p align='center' style='font-size: 13pt;'>{esc(front.period.label)}</p>"
             "<p style='margin-top: 90px;'></p>"
             f"<table width='70%' align='center' cellpadding='6'>{facts}</table>")
    rows = []
    papers = iter(starts)
    for index, entry in enumerate(front.entries):
        is_paper = entry.level == 1 or index + 1 == len(front.entries) or front.entries[index + 1].level == 0
        number = str(next(papers, "")) if is_paper else ""
        indent = "&nbsp;" * 6 if entry.level else ""
        size = "10pt" if entry.level else "12pt"
        rows.append(f"<tr><td style='font-size: {size};'>{indent}{esc(entry.title)}</td>"
                    f"<td width='12%' align='right' style='font-size: {size};'>{esc(number)}</td></tr>")
    heading = esc(translate("reports", "Contents"))
    contents = (f"<h1 align='center' style='page-break-before: always;'>{heading}</h1>"
                f"<table width='100%' cellpadding='3'>{''.join(rows)}</table>")
    title = translate("reports", "Evidence pack {station} {period}").format(station=front.station, period=front.period.label)
    return HtmlDoc(page(cover + contents), title=title)


def paper_count(entries: list[Entry]) -> int:
    """How many papers the contents lists (the `starts` front_html needs)."""
    return sum(1 for i, e in enumerate(entries)
               if e.level == 1 or i + 1 == len(entries) or entries[i + 1].level == 0)
