"""One sync: push (with ack), pull into staging, apply atomically with the
cursor, integrity check with targeted re-pull, then photos.

Called by the CLI (`sync`) and by the UI worker; `progress(stage, done, total)`
reports, `cancel` (a threading.Event) stops between requests. A cut or a
crash at any point leaves the store consistent; the next sync carries on.
"""

from __future__ import annotations

import json
import platform
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.models.base import SYNCED
from desktop.models.local import JournalEntry
from desktop.models.sync_state import SyncQuarantine
from desktop.progress import CancelToken, StagedProgress
from desktop.progress import check as check_cancel
from desktop.sync import apply as applier
from desktop.sync import blobs, protocol, quarantine, restamp
from desktop.sync import check as integrity
from desktop.sync.apply import fault, get_meta, set_meta
from desktop.sync.check import local_summary
from desktop.sync.client import SYNC_CANCELLED, ClockAhead, SyncClient, SyncError
from desktop.sync.clock import DAY_MS
from desktop.sync.journal import pending_count

Progress = StagedProgress  # (stage, done, total); False cancels, like `cancel`
JOURNAL = JournalEntry.__table__
PUSH_TARGET_BYTES = 4 * protocol.MAX_BATCH_BYTES  # JSON before gzip (about 4:1)
CLOCK_WARN_MS = 10 * 60 * 1000


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    held: int = 0
    rejected: int = 0  # entries in quarantine (sync_rejected) after this sync
    mismatched: dict[str, int] = field(default_factory=dict)  # tables differing for more than MISMATCH_SYNCS syncs
    repaired: list[str] = field(default_factory=list)
    check_ok: bool | None = None
    photos_uploaded: int = 0
    photos_skipped: int = 0
    photos_pending: int = 0
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    clock_offset_ms: int = 0
    clock_warning: str = ""
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)


def settings(db) -> dict[str, str | None]:
    with db.engine.connect() as conn:
        return {k: get_meta(conn, f"sync_{k}") for k in ("url", "token", "device_id", "ca_bundle", "station_id")}


def make_client(db, **kwargs) -> SyncClient:
    conf = settings(db)
    if not conf["url"] or not conf["token"]:
        raise UserError(translate("sync.engine", "This PC is not enrolled with the county server yet. Enrol it first with the code from the county centre (Sync → Enrol this PC)."))
    return SyncClient(conf["url"], conf["token"], ca_bundle=conf["ca_bundle"], now_ms=db.clock._now, **kwargs)


def enrol(db, url: str, code: str, *, device_name: str | None = None, ca_bundle: str | None = None,
          first_sync: bool = True) -> dict:
    """Trade a one-time enrolment code for this PC's device token."""
    client = SyncClient(url, ca_bundle=ca_bundle, now_ms=db.clock._now)
    try:
        answer = client.enrol(code, device_name or platform.node() or "PC", db.site_id, db.station_id)
    finally:
        client.close()
    if db.station_id is not None and db.station_id != answer.station_id:
        raise UserError(translate("sync.engine", "The station set up on this PC (id {ours}) is not the station of this code, “{name}” (id {theirs}). Ask the county to register this PC's station with `station add --station-id {ours}` and enrol again, or enrol on a freshly installed PC.").format(
            ours=db.station_id, name=answer.station_name, theirs=answer.station_id))
    with db.engine.begin() as conn:
        for key, value in (("url", client.url), ("token", answer.token), ("device_id", answer.device_id),
                           ("station_id", answer.station_id), ("ca_bundle", ca_bundle or "")):
            set_meta(conn, f"sync_{key}", value)
    if db.station_id is None:
        db.set_station(answer.station_id)
    info = {"station_id": answer.station_id, "station_name": answer.station_name, "device_id": answer.device_id,
            "first_sync": None}
    if first_sync:  # bring the station's record (and its data) down before anyone types into this PC
        try:
            info["first_sync"] = run_sync(db, photos=False).as_dict()
        except SyncError as error:
            info["first_sync_error"] = error.message
    return info


def _check_cancel(cancel: threading.Event | None) -> None:
    check_cancel(cancel, translate("sync.client", SYNC_CANCELLED))


def _set_offset(db, client: SyncClient) -> None:
    if client.offset_ms is None:
        return
    db.clock.offset_ms = client.offset_ms
    with db.engine.begin() as conn:
        set_meta(conn, "clock_offset_ms", client.offset_ms)


def push(db, client: SyncClient, report: SyncReport, progress: Progress, cancel) -> None:
    with db.engine.connect() as conn:
        cursor = int(get_meta(conn, "push_cursor", "0"))
        total = pending_count(conn, cursor)
    restamped = False
    while True:
        _check_cancel(cancel)
        with db.engine.connect() as conn:
            rows = conn.execute(select(JOURNAL).where(JOURNAL.c.seq > cursor).order_by(JOURNAL.c.seq)
                                .limit(protocol.MAX_BATCH)).all()
        if not rows:
            return
        batch, size = [], 0
        for r in rows:
            batch.append({"id": r.entry_id, "entity": r.entity, "row_id": r.row_id, "station_id": r.station_id,
                          "fields": json.loads(r.fields), "hlc": r.hlc, "site": r.site, "actor": r.actor[:50]})
            size += len(r.fields) + 200
            if size > PUSH_TARGET_BYTES:
                break
        try:
            client.push(batch)
        except ClockAhead as ahead:
            if restamped:
                raise SyncError(translate("sync.engine", "This PC's clock is too far from the county's to upload. Correct the computer's date and time, then sync again.")) from None
            restamp.restamp_pending(db, ahead.server_time)
            restamped = True
            continue
        fault("push.acked")
        cursor = rows[len(batch) - 1].seq
        with db.engine.begin() as conn:
            set_meta(conn, "push_cursor", cursor)
        report.pushed += len(batch)
        progress("push", report.pushed, total)


def pull(db, client: SyncClient, report: SyncReport, progress: Progress, cancel, *, entity: str | None = None) -> None:
    """Pull pages into staging. With `entity`, a targeted re-pull of one table from the start."""
    with db.engine.connect() as conn:
        cursor = 0 if entity else int(get_meta(conn, "staged_cursor") or get_meta(conn, "pull_cursor", "0"))
    while True:
        _check_cancel(cancel)
        page = client.pull(cursor, entity=entity, own=bool(entity))
        _set_offset(db, client)
        applier.stage(db, page, None if entity else page.last_seq)
        fault("pull.staged")
        cursor = page.last_seq
        report.pulled += len(page.entries)
        progress("pull", report.pulled, None)
        if not page.more:
            return


def check(db, client: SyncClient) -> list[str]:
    """Tables whose count or digest differs from the server's (held and quarantined entries included)."""
    return integrity.differing(client.check().tables, local_summary(db))


def report_problems(db, client: SyncClient, report: SyncReport) -> None:
    """Tell the county what this PC quarantined and which tables keep differing (best effort)."""
    with db.engine.connect() as conn:
        report.rejected = quarantine.count(conn)
        report.mismatched = integrity.persistent(conn, get_meta)
        last = get_meta(conn, "problems_reported")
    payload = quarantine.report_payload(db, report.mismatched)
    text = payload.model_dump_json()
    if last == text or (last is None and not payload.rejected and not payload.mismatched):
        return
    try:
        client.report(payload)
    except SyncError:
        return  # sent again next time
    with db.engine.begin() as conn:
        set_meta(conn, "problems_reported", text)


def run_sync(db, *, progress: Progress | None = None, cancel: threading.Event | None = None,
             client: SyncClient | None = None, photos: bool = True) -> SyncReport:
    started = time.monotonic()
    cancel = cancel if cancel is not None else CancelToken()
    given = progress

    def progress(stage: str, done: int, total: int | None) -> None:  # False from the caller cancels
        if given is not None and given(stage, done, total or 0) is False:
            cancel.set()

    own_client = client is None
    client = client or make_client(db)
    report = SyncReport()
    try:
        if db.station_id is None:
            db.set_station(settings(db)["station_id"])
        push(db, client, report, progress, cancel)
        pull(db, client, report, progress, cancel)
        _check_cancel(cancel)
        progress("apply", 0, None)
        result = applier.apply_staged(db)
        report.applied, report.held, report.rejected = result.applied, result.held, result.rejected
        with db.engine.connect() as conn:
            checked = get_meta(conn, "check_ok") == "1"
        if report.pushed or report.pulled or not checked:
            progress("check", 0, None)
            mismatched = check(db, client)
            for name in mismatched:
                _check_cancel(cancel)
                pull(db, client, report, progress, cancel, entity=name)
                applier.apply_staged(db, move_cursor=False)
            if mismatched:
                report.repaired = mismatched
                mismatched = check(db, client)
            report.check_ok = not mismatched
            with db.engine.begin() as conn:
                set_meta(conn, "check_ok", "1" if report.check_ok else "0")
                integrity.record(conn, mismatched, get_meta, set_meta)
        report_problems(db, client, report)
        if photos:
            blobs.sync_photos(db, client, report, progress, cancel)
        report.photos_pending = blobs.pending_count(db)
        report.clock_offset_ms = db.clock.offset_ms
        report.clock_warning = clock_warning(db.clock.offset_ms)
        with db.engine.begin() as conn:
            set_meta(conn, "last_sync_at", datetime.now().isoformat(timespec="seconds"))
            set_meta(conn, "last_sync_result", json.dumps(report.as_dict(), ensure_ascii=False))
    finally:
        report.requests, report.bytes_sent, report.bytes_received = \
            client.requests, client.bytes_sent, client.bytes_received
        report.seconds = round(time.monotonic() - started, 3)
        if own_client:
            client.close()
    return report


def clock_warning(offset_ms: int) -> str:
    if abs(offset_ms) < CLOCK_WARN_MS:
        return ""
    amount = abs(offset_ms)
    text = translate("sync.engine", "{n:.1f} days").format(n=amount / DAY_MS) if amount >= DAY_MS else \
        translate("sync.engine", "{n:.1f} hours").format(n=amount / 3_600_000) if amount >= 3_600_000 else \
        translate("sync.engine", "{n} minutes").format(n=amount // 60_000)
    if offset_ms < 0:
        return translate("sync.engine", "This PC's clock is about {amount} ahead of the county's. Sync is not affected, but correct the computer's date and time so that records get the right time.").format(
            amount=text)
    return translate("sync.engine", "This PC's clock is about {amount} behind the county's. Sync is not affected, but correct the computer's date and time so that records get the right time.").format(
        amount=text)


def status(db) -> dict:
    """What the status bar and `sync-status` show."""
    conf = settings(db)
    with db.engine.connect() as conn:
        pending = pending_count(conn)
        held = conn.scalar(select(func.count()).select_from(SyncQuarantine.__table__)) or 0
        rejected = quarantine.count(conn)
        mismatched = integrity.persistent(conn, get_meta)
        last = get_meta(conn, "last_sync_at")
        offset = int(get_meta(conn, "clock_offset_ms", "0"))
        check_ok = get_meta(conn, "check_ok")
    return {"enrolled": bool(conf["token"]), "server": conf["url"], "device_id": conf["device_id"],
            "station_id": db.station_id, "last_sync_at": last, "pending_entries": pending,
            "pending_photos": blobs.pending_count(db), "held_entries": held, "rejected_entries": rejected,
            "rejected_text": quarantine.summary_text(rejected), "mismatched_tables": mismatched,
            "mismatched_text": integrity.persistent_text(mismatched), "clock_offset_ms": offset,
            "clock_warning": clock_warning(offset), "check_ok": None if check_ok is None else check_ok == "1",
            "tables": sorted(SYNCED)}
