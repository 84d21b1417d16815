"""SQLModel tables, one module per aggregate. Importing this package registers them all."""

from desktop.models.activities import Activity, HourCorrection, Photo, ResidentTap, SignIn, SignInVoid
from desktop.models.audit import AuditEntry
from desktop.models.base import LOCAL_TABLES, SYNCED, SyncKind, data_columns, derived_id, new_id
from desktop.models.local import JournalEntry, LocalUser, Meta
from desktop.models.paper import Certificate  # noqa: F401
from desktop.models.points import Goods, PointEntry, PointRule, PointScheme, Redemption, StockMove
from desktop.models.requests import MenuItem, RequestEvent, ServiceRequest
from desktop.models.station import Setting, Station
from desktop.models.sync_state import PhotoUpload, SyncExtra, SyncQuarantine, SyncRejected, SyncStaged  # noqa: F401
from desktop.models.volunteers import Household, HouseholdVisit, Team, TeamMember, Volunteer

__all__ = [
    "LOCAL_TABLES", "SYNCED", "SyncKind", "data_columns", "derived_id", "new_id",
    "Activity", "AuditEntry", "HourCorrection", "Household", "HouseholdVisit", "JournalEntry",
    "Goods", "LocalUser", "MenuItem", "Meta", "Photo", "PointEntry", "PointRule", "PointScheme", "Redemption",
    "RequestEvent", "ResidentTap", "ServiceRequest", "Setting", "SignIn", "SignInVoid", "Station", "StockMove",
    "Team", "TeamMember", "Volunteer",
]
