"""Activities, sign-ins, hour corrections and photos."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import MutableBase, SyncedBase, SyncKind, synced

# The five tasks 五项工作.
CATEGORIES = (
    "学习实践科学理论",
    "宣传宣讲党的政策",
    "培育践行主流价值",
    "丰富活跃文化生活",
    "持续深入移风易俗",
)
STATES = ("planned", "held", "recorded")


@synced(SyncKind.MUTABLE)
class Activity(MutableBase, table=True):
    __tablename__ = "activity"
    title: str = Field(max_length=200)
    category: str = Field(max_length=20)
    theory_lecture: bool = False  # 理论宣讲: counted separately
    team_id: str | None = Field(default=None, foreign_key="team.id", index=True, max_length=36)
    place: str = Field(default="", max_length=200)
    start_at: NaiveDatetime = Field(index=True)
    end_at: NaiveDatetime
    content: str = Field(default="")
    residents_reached: int = 0
    partner_unit: str = Field(default="", max_length=200)  # 结对共建单位
    request_id: str | None = Field(default=None, max_length=36)
    person_in_charge: str = Field(default="", max_length=50)
    status: str = Field(default="planned", max_length=10)  # planned | held | recorded
    recorded_at: NaiveDatetime | None = None


@synced(SyncKind.APPEND)
class SignIn(SyncedBase, table=True):
    """签到/签退. The id is derived from (activity, volunteer, kind): recording
    the same sign-in twice, on one PC or two, is one row."""

    __tablename__ = "signin"
    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    kind: str = Field(max_length=4)  # in | out
    at: NaiveDatetime
    source: str = Field(default="kiosk", max_length=10)  # kiosk | manual | auto | import
    flagged: bool = False  # auto sign-out: the station head should look at it
    operator: str = Field(default="", max_length=50)


@synced(SyncKind.APPEND)
class SignInVoid(SyncedBase, table=True):
    """A sign-in recorded by mistake, cancelled (the sign-in stays on record).
    The id is derived from the sign-in's id: voiding it twice is one row.
    Hours and points leave a voided sign-in out."""

    __tablename__ = "signin_void"
    signin_id: str = Field(index=True, max_length=36)
    reason: str = Field(max_length=200)
    operator: str = Field(default="", max_length=50)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)


@synced(SyncKind.APPEND)
class HourCorrection(SyncedBase, table=True):
    """A manual entry or correction of service minutes, never edited in place."""

    __tablename__ = "hour_correction"
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    activity_id: str | None = Field(default=None, foreign_key="activity.id", max_length=36)
    minutes: int  # signed
    service_date: NaiveDatetime
    reason: str = Field(max_length=500)
    operator: str = Field(max_length=50)
    voids: str | None = Field(default=None, max_length=36)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)


@synced(SyncKind.MUTABLE)
class Photo(MutableBase, table=True):
    """Photo metadata; the file lives in the photo store under its SHA-256."""

    __tablename__ = "photo"
    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)
    sha256: str = Field(max_length=64, index=True)
    width: int = 0
    height: int = 0
    size_bytes: int = 0
    taken_at: NaiveDatetime | None = None
    original_name: str = Field(default="", max_length=255)
    caption: str = Field(default="", max_length=200)
    added_at: NaiveDatetime = Field(default_factory=datetime.now)


@synced(SyncKind.APPEND)
class ResidentTap(SyncedBase, table=True):
    """One tap of the kiosk's resident counter (+1, or -1 to undo one). Each PC's taps are its
    own rows, so counting on two PCs at once loses none: the count is the activity's typed-in
    base figure (Activity.residents_reached) plus the sum of its taps, computed, never stored."""

    __tablename__ = "resident_tap"
    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)
    delta: int = 1
    at: NaiveDatetime = Field(default_factory=datetime.now)
    operator: str = Field(default="", max_length=50)
