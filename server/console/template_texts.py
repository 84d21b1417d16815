"""The English source texts of the console templates, for the catalog.

The templates speak through one Jinja global, `_("English {field}", field=value)`
(server/console/web.py: gettext -> desktop.i18n.translate with the context
"server.console"). pyside6-lupdate reads Python, not Jinja, so the texts the
templates mark are listed here with QT_TRANSLATE_NOOP; `make ts` then puts them
in core_server_zh_CN.ts like any other server text. After editing a template:

    python -m server.console.template_texts      (rewrites the list at the end)

tests/unit/test_i18n.py fails when the list is not current or a template still
has a Chinese literal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP  # noqa: F401  (the generated list below uses it)

TEMPLATES = Path(__file__).parent / "templates"
MARKED = re.compile(r"""\b_\(\s*"((?:[^"\\]|\\.)*)"|\b_\(\s*'((?:[^'\\]|\\.)*)'""")
MARKER = "# --- generated: python -m server.console.template_texts ---\n"


def extract() -> list[str]:
    """Every text marked with _("...") in the templates, in file order, each once."""
    seen: dict[str, None] = {}
    for path in sorted(TEMPLATES.glob("*.html")):
        for match in MARKED.finditer(path.read_text(encoding="utf-8")):
            seen.setdefault(match.group(1) if match.group(1) is not None else match.group(2), None)
    return list(seen)


def write() -> None:
    path = Path(__file__)
    text = path.read_text(encoding="utf-8")
    head = text[:text.rindex(MARKER)]
    lines = "".join(f"    QT_TRANSLATE_NOOP(\"server.console\", {json.dumps(t, ensure_ascii=False)}),\n" for t in extract())
    path.write_text(head + MARKER + "TEXTS = [\n" + lines + "]\n", encoding="utf-8")


if __name__ == "__main__":
    write()

# --- generated: python -m server.console.template_texts ---
TEXTS = [
    QT_TRANSLATE_NOOP("server.console", "Audit log (county)"),
    QT_TRANSLATE_NOOP("server.console", "County audit log"),
    QT_TRANSLATE_NOOP("server.console", "By (county)"),
    QT_TRANSLATE_NOOP("server.console", "Action (county)"),
    QT_TRANSLATE_NOOP("server.console", "Filter"),
    QT_TRANSLATE_NOOP("server.console", "Print"),
    QT_TRANSLATE_NOOP("server.console", "Time (county)"),
    QT_TRANSLATE_NOOP("server.console", "Object"),
    QT_TRANSLATE_NOOP("server.console", "Details (county)"),
    QT_TRANSLATE_NOOP("server.console", "No records."),
    QT_TRANSLATE_NOOP("server.console", "County centre desk"),
    QT_TRANSLATE_NOOP("server.console", "Station Desk workbench"),
    QT_TRANSLATE_NOOP("server.console", "New Era Civilization Practice · County centre desk"),
    QT_TRANSLATE_NOOP("server.console", "Stations"),
    QT_TRANSLATE_NOOP("server.console", "Figures"),
    QT_TRANSLATE_NOOP("server.console", "Monthly bulletin"),
    QT_TRANSLATE_NOOP("server.console", "Residents' requests"),
    QT_TRANSLATE_NOOP("server.console", "Service menu"),
    QT_TRANSLATE_NOOP("server.console", "Star rating (county)"),
    QT_TRANSLATE_NOOP("server.console", "Targets and indicators"),
    QT_TRANSLATE_NOOP("server.console", "Data care"),
    QT_TRANSLATE_NOOP("server.console", "{name} ({role})"),
    QT_TRANSLATE_NOOP("server.console", "Sign out"),
    QT_TRANSLATE_NOOP("server.console", "Monthly bulletin {month}"),
    QT_TRANSLATE_NOOP("server.console", "Password reset code"),
    QT_TRANSLATE_NOOP("server.console", "Enrolment code"),
    QT_TRANSLATE_NOOP("server.console", "Password reset code of {name}, account “{account}”"),
    QT_TRANSLATE_NOOP("server.console", "On the station PC's sign-in page click “I have a reset code from the county…”, enter this code, then set a new password. It is valid for 24 hours, once, and void after 5 wrong tries. On the phone, read it out one character at a time."),
    QT_TRANSLATE_NOOP("server.console", "Enrolment code of {name}"),
    QT_TRANSLATE_NOOP("server.console", "Enter this code on the “Sync” page of the station's PC. It is valid for three days, once. On the phone, read it out one character at a time."),
    QT_TRANSLATE_NOOP("server.console", "Back to the station"),
    QT_TRANSLATE_NOOP("server.console", "Quarantined data"),
    QT_TRANSLATE_NOOP("server.console", "Station"),
    QT_TRANSLATE_NOOP("server.console", "Data (county)"),
    QT_TRANSLATE_NOOP("server.console", "Reason (county)"),
    QT_TRANSLATE_NOOP("server.console", "Reported at"),
    QT_TRANSLATE_NOOP("server.console", "No station reported quarantined data."),
    QT_TRANSLATE_NOOP("server.console", "Stations whose check disagrees"),
    QT_TRANSLATE_NOOP("server.console", "{station}: {n} tables disagree ({tables})"),
    QT_TRANSLATE_NOOP("server.console", ", "),
    QT_TRANSLATE_NOOP("server.console", "Every station's last check agreed."),
    QT_TRANSLATE_NOOP("server.console", "PCs with a wrong clock"),
    QT_TRANSLATE_NOOP("server.console", "PC"),
    QT_TRANSLATE_NOOP("server.console", "Clock"),
    QT_TRANSLATE_NOOP("server.console", "Phone the station head to set the PC's time right (sync already records the county's time; the data is not affected)."),
    QT_TRANSLATE_NOOP("server.console", "Every PC's clock is right (less than 5 minutes off)."),
    QT_TRANSLATE_NOOP("server.console", "Photo storage"),
    QT_TRANSLATE_NOOP("server.console", "Photos"),
    QT_TRANSLATE_NOOP("server.console", "Used"),
    QT_TRANSLATE_NOOP("server.console", "Limit"),
    QT_TRANSLATE_NOOP("server.console", "Share"),
    QT_TRANSLATE_NOOP("server.console", "Figures {month}"),
    QT_TRANSLATE_NOOP("server.console", "Figures · {month}"),
    QT_TRANSLATE_NOOP("server.console", "Month (county)"),
    QT_TRANSLATE_NOOP("server.console", "Show"),
    QT_TRANSLATE_NOOP("server.console", "By township"),
    QT_TRANSLATE_NOOP("server.console", "Town"),
    QT_TRANSLATE_NOOP("server.console", "Activities this month"),
    QT_TRANSLATE_NOOP("server.console", "Theory lectures"),
    QT_TRANSLATE_NOOP("server.console", "Service hours (total)"),
    QT_TRANSLATE_NOOP("server.console", "Hours per person"),
    QT_TRANSLATE_NOOP("server.console", "Volunteer count"),
    QT_TRANSLATE_NOOP("server.console", "With hours (this year)"),
    QT_TRANSLATE_NOOP("server.console", "Party members taking part (this year)"),
    QT_TRANSLATE_NOOP("server.console", "Targets met"),
    QT_TRANSLATE_NOOP("server.console", "By station"),
    QT_TRANSLATE_NOOP("server.console", "Hours per person (this year)"),
    QT_TRANSLATE_NOOP("server.console", "Volunteers with hours (this year)"),
    QT_TRANSLATE_NOOP("server.console", "Sign in (county)"),
    QT_TRANSLATE_NOOP("server.console", "County centre desk: sign in"),
    QT_TRANSLATE_NOOP("server.console", "User name"),
    QT_TRANSLATE_NOOP("server.console", "Password (county)"),
    QT_TRANSLATE_NOOP("server.console", "A county administrator makes the accounts on the server with the command"),
    QT_TRANSLATE_NOOP("server.console", "Service menu (published by the county)"),
    QT_TRANSLATE_NOOP("server.console", "The menu goes to every station; residents choose from it when they ask. Items switched off no longer appear on the stations' request forms."),
    QT_TRANSLATE_NOOP("server.console", "Service item"),
    QT_TRANSLATE_NOOP("server.console", "Category (county)"),
    QT_TRANSLATE_NOOP("server.console", "Team field"),
    QT_TRANSLATE_NOOP("server.console", "Response time"),
    QT_TRANSLATE_NOOP("server.console", "Description"),
    QT_TRANSLATE_NOOP("server.console", "State (county)"),
    QT_TRANSLATE_NOOP("server.console", "{n} hours"),
    QT_TRANSLATE_NOOP("server.console", "In use"),
    QT_TRANSLATE_NOOP("server.console", "Switched off"),
    QT_TRANSLATE_NOOP("server.console", "Switch off"),
    QT_TRANSLATE_NOOP("server.console", "Switch on"),
    QT_TRANSLATE_NOOP("server.console", "The menu is still empty."),
    QT_TRANSLATE_NOOP("server.console", "Add a service item"),
    QT_TRANSLATE_NOOP("server.console", "Name (county)"),
    QT_TRANSLATE_NOOP("server.console", "e.g. one of the five tasks"),
    QT_TRANSLATE_NOOP("server.console", "e.g. health services"),
    QT_TRANSLATE_NOOP("server.console", "Response time (hours)"),
    QT_TRANSLATE_NOOP("server.console", "Add"),
    QT_TRANSLATE_NOOP("server.console", "Back to the stations"),
    QT_TRANSLATE_NOOP("server.console", "Town: {town} · Village: {village} · Station head: {head} · id"),
    QT_TRANSLATE_NOOP("server.console", "volunteers (count)"),
    QT_TRANSLATE_NOOP("server.console", "theory lectures this month"),
    QT_TRANSLATE_NOOP("server.console", "service hours this year"),
    QT_TRANSLATE_NOOP("server.console", "photos ({mb} MB)"),
    QT_TRANSLATE_NOOP("server.console", "Activities in the last 12 months"),
    QT_TRANSLATE_NOOP("server.console", "Data state:"),
    QT_TRANSLATE_NOOP("server.console", "Targets this month ({month})"),
    QT_TRANSLATE_NOOP("server.console", "Target (county)"),
    QT_TRANSLATE_NOOP("server.console", "Actual"),
    QT_TRANSLATE_NOOP("server.console", "Required"),
    QT_TRANSLATE_NOOP("server.console", "Result (county)"),
    QT_TRANSLATE_NOOP("server.console", "PCs"),
    QT_TRANSLATE_NOOP("server.console", "Enrolled at"),
    QT_TRANSLATE_NOOP("server.console", "Last contact"),
    QT_TRANSLATE_NOOP("server.console", "Revoked"),
    QT_TRANSLATE_NOOP("server.console", "Valid (PC)"),
    QT_TRANSLATE_NOOP("server.console", "Once revoked this PC cannot sync again. Sure?"),
    QT_TRANSLATE_NOOP("server.console", "Revoke"),
    QT_TRANSLATE_NOOP("server.console", "No PCs enrolled yet."),
    QT_TRANSLATE_NOOP("server.console", "Make an enrolment code (for a new or reinstalled PC)"),
    QT_TRANSLATE_NOOP("server.console", "Forgotten password"),
    QT_TRANSLATE_NOOP("server.console", "Account name"),
    QT_TRANSLATE_NOOP("server.console", "Make a password reset code"),
    QT_TRANSLATE_NOOP("server.console", "On the PC's sign-in page the station head clicks “I have a reset code from the county…”, enters the code and sets a new password; no data is lost."),
    QT_TRANSLATE_NOOP("server.console", "The last 12 months"),
    QT_TRANSLATE_NOOP("server.console", "Activities (county)"),
    QT_TRANSLATE_NOOP("server.console", "Volunteers with hours"),
    QT_TRANSLATE_NOOP("server.console", "Stations ({n}"),
    QT_TRANSLATE_NOOP("server.console", "; "),
    QT_TRANSLATE_NOOP("server.console", "{n} with data to see to"),
    QT_TRANSLATE_NOOP("server.console", ")"),
    QT_TRANSLATE_NOOP("server.console", "All"),
    QT_TRANSLATE_NOOP("server.console", "Station head (county)"),
    QT_TRANSLATE_NOOP("server.console", "Last sync (county)"),
    QT_TRANSLATE_NOOP("server.console", "Data state"),
    QT_TRANSLATE_NOOP("server.console", "Never synced"),
    QT_TRANSLATE_NOOP("server.console", "{n} to see to"),
    QT_TRANSLATE_NOOP("server.console", "Normal"),
    QT_TRANSLATE_NOOP("server.console", "No stations yet."),
    QT_TRANSLATE_NOOP("server.console", "Page {n} of {total}:"),
    QT_TRANSLATE_NOOP("server.console", "New station"),
    QT_TRANSLATE_NOOP("server.console", "County (district)"),
    QT_TRANSLATE_NOOP("server.console", "Add and make an enrolment code"),
    QT_TRANSLATE_NOOP("server.console", "County targets and star-rating indicators"),
    QT_TRANSLATE_NOOP("server.console", "Saved and sent to {n} stations (each gets it with its next sync)."),
    QT_TRANSLATE_NOOP("server.console", "Work targets (0: not checked)"),
    QT_TRANSLATE_NOOP("server.console", "default {n}"),
    QT_TRANSLATE_NOOP("server.console", "Save and send"),
    QT_TRANSLATE_NOOP("server.console", "Star-rating indicators (100 points in all)"),
    QT_TRANSLATE_NOOP("server.console", "Indicator"),
    QT_TRANSLATE_NOOP("server.console", "Points (county)"),
    QT_TRANSLATE_NOOP("server.console", "How it is scored"),
    QT_TRANSLATE_NOOP("server.console", "Full points at"),
    QT_TRANSLATE_NOOP("server.console", "Scored from the synced data"),
    QT_TRANSLATE_NOOP("server.console", "Scored by the inspection group"),
]
