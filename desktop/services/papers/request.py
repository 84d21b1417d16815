"""What is asked for (a `PaperRequest`) and what comes back (`Built`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.periods import Period
from desktop.reports.base import HtmlDoc, Report


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
    extra: dict[str, Any] = field(default_factory=dict)  # options of kinds added later


@dataclass
class Built:
    doc: HtmlDoc
    report: Report | None  # the table form, when the paper has one
    number: str = ""  # certificate number issued, if any
