"""The plain records papers are drawn from. desktop.services.papers fills
them from the database; the renderers in this package only read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.i18n import translate
from desktop.models import Activity, Station, Volunteer


@dataclass(frozen=True)
class Attendance:
    """One counted entry: a volunteer's minutes at an activity, or a manual entry (activity_id None)."""

    volunteer_id: str
    activity_id: str | None
    signed_in: datetime | None
    signed_out: datetime | None
    minutes: int
    flagged: bool = False  # ended by the automatic sign-out: to be checked
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class Context:
    """Lookups every paper needs: the station, teams and volunteers by id."""

    station: Station
    teams: dict[str, str]
    volunteers: dict[str, Volunteer]

    def organiser(self, activity: Activity | None) -> str:
        if activity is not None and activity.team_id in self.teams:
            return self.teams[activity.team_id]
        return self.station.name

    def in_charge(self, activity: Activity | None) -> str:
        return (activity.person_in_charge if activity is not None else "") or self.station.head_name

    def name(self, volunteer_id: str) -> str:
        volunteer = self.volunteers.get(volunteer_id)
        return volunteer.name if volunteer else translate("reports", "(deleted volunteer)")
