"""One sync: push (with ack), pull into staging, apply in bounded steps (the
cursor moves with the last), integrity check with targeted re-pull, then photos.
A fresh or far-behind PC first takes the station's snapshot (its current rows,
desktop.sync.snapshot; rule: SNAPSHOT_BEHIND) and pulls the log after it.

Called by the CLI (`sync`) and by the UI worker; `progress(stage, done, total)`
reports, `cancel` (a threading.Event) stops between requests. A cut or a
crash at any point leaves the store consistent; the next sync carries on.
"""

from __future__ import annotations

import json
import platform
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.models.base import SYNCED
from desktop.models.local import JournalEntry
from desktop.models.sync_state import SyncQuarantine
from desktop.progress import CancelToken, StagedProgress
from desktop.progress import check as check_cancel
from desktop.sync import apply as applier
from desktop.sync import blobs, outbox, protocol, quarantine, restamp
from desktop.sync import check as integrity
from desktop.sync import snapshot as snapshots
from desktop.sync.apply import fault, get_meta, set_meta
from desktop.sync.check import local_summary
from desktop.sync.client import SYNC_CANCELLED, BatchTooLarge, ClockAhead, SyncClient, SyncError
from desktop.sync.clock import DAY_MS
from desktop.sync.journal import pending_count

Progress = StagedProgress  # (stage, done, total); False cancels, like `cancel`
DbCall = Callable[..., Any]  # on_db(fn, *args, **kwargs) -> fn's result, run where database work runs
JOURNAL = JournalEntry.__table__
PUSH_TARGET_BYTES = 4 * protocol.MAX_BATCH_BYTES  # JSON before gzip (about 4:1), to a server of MAX_BATCH
MAX_PUSH_BATCH = protocol.MAX_BATCH_FAST  # to a server that takes more (PushResponse.max_batch)
RAMP = 4  # each batch up to 4x the last acknowledged one (500, 2,000, 8,000, 20,000 on a first push)
MAX_PUSH_BYTES = 12 * 1024 * 1024  # JSON before gzip then (about 9:1 on real bodies); a body that gzips past the limit is split
CLOCK_WARN_MS = 10 * 60 * 1000
# A PC takes a snapshot of the station (desktop.sync.snapshot) instead of replaying the log when it is
# fresh (it never pulled and never wrote anything) or far behind: its first pull page is full of other
# PCs' entries (so at least MAX_PULL behind) and the server's sequence (/v1/check) is more than
# SNAPSHOT_BEHIND entries past its cursor. `sync --replay` always replays the log.
SNAPSHOT_BEHIND = 20_000


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    snapshot_rows: int = 0  # rows taken from a snapshot (an initial sync), part of `pulled`
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


def _save_enrolment(db, values: dict) -> None:
    with db.engine.begin() as conn:
        for key, value in values.items():
            set_meta(conn, f"sync_{key}", value)
    if db.station_id is None:
        db.set_station(values["station_id"])


def enrol(db, url: str, code: str, *, device_name: str | None = None, ca_bundle: str | None = None,
          first_sync: bool = True, on_db: DbCall | None = None) -> dict:
    """Trade a one-time enrolment code for this PC's device token (HTTP here, database steps via `on_db`)."""
    client = SyncClient(url, ca_bundle=ca_bundle, now_ms=db.clock._now)
    try:
        answer = client.enrol(code, device_name or platform.node() or "PC", db.site_id, db.station_id)
    finally:
        client.close()
    if db.station_id is not None and db.station_id != answer.station_id:
        raise UserError(translate("sync.engine", "The station set up on this PC (id {ours}) is not the station of this code, “{name}” (id {theirs}). Ask the county to register this PC's station with `station add --station-id {ours}` and enrol again, or enrol on a freshly installed PC.").format(
            ours=db.station_id, name=answer.station_name, theirs=answer.station_id))
    (on_db or _direct)(_save_enrolment, db, {"url": client.url, "token": answer.token, "device_id": answer.device_id,
                                              "station_id": answer.station_id, "ca_bundle": ca_bundle or "",
                                              "device_no": str(answer.device_no)})
    info = {"station_id": answer.station_id, "station_name": answer.station_name, "device_id": answer.device_id,
            "first_sync": None}
    if first_sync:  # bring the station's record (and its data) down before anyone types into this PC
        try:
            info["first_sync"] = run_sync(db, photos=False, on_db=on_db).as_dict()
        except SyncError as error:
            info["first_sync_error"] = error.message
    return info


def _check_cancel(cancel: threading.Event | None) -> None:
    check_cancel(cancel, translate("sync.client", SYNC_CANCELLED))


def _direct(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **kwargs)


# ---- database steps (each short; the UI runs them on its database worker) ----

def _begin(db) -> tuple[int, int, bool]:
    """Station id from the enrolment if the PC has none; (push cursor, entries to push, last check ok).
    Indexes a snapshot cut short left dropped are created again first (snapshot.restore_indexes)."""
    snapshots.restore_indexes(db)
    if db.station_id is None:
        db.set_station(settings(db)["station_id"])
    with db.engine.connect() as conn:
        cursor = int(get_meta(conn, "push_cursor", "0"))
        total = pending_count(conn, cursor)
        checked = get_meta(conn, "check_ok") == "1"
    return cursor, total, checked


def _move_push_cursor(db, cursor: int) -> None:
    with db.engine.begin() as conn:
        set_meta(conn, "push_cursor", cursor)


def _pull_cursor(db, entity: str | None) -> int:
    if entity:
        return 0
    with db.engine.connect() as conn:
        return int(get_meta(conn, "staged_cursor") or get_meta(conn, "pull_cursor", "0"))


def _stage(db, page, cursor: int | None, offset_ms: int | None) -> None:
    if offset_ms is not None:
        db.clock.offset_ms = offset_ms
        with db.engine.begin() as conn:
            set_meta(conn, "clock_offset_ms", offset_ms)
    applier.stage(db, page, cursor)


def _local_check(db, local: dict | None = None) -> tuple[dict, set[str]]:
    if local is None:
        with protocol.bulk():
            local = local_summary(db)
    with db.engine.connect() as conn:
        # Held and quarantined entries are part of the summary (no blind spot). A table this PC
        # changed after the push (a kiosk tap during the sync: the sync no longer holds the
        # database worker) cannot agree yet; the next sync pushes it and checks it again.
        cursor = int(get_meta(conn, "push_cursor", "0"))
        waiting = set(conn.scalars(select(JOURNAL.c.entity).where(JOURNAL.c.seq > cursor).distinct()))
    return local, waiting


def _set_check(db, ok: bool, mismatched: list[str]) -> None:
    with db.engine.begin() as conn:
        set_meta(conn, "check_ok", "1" if ok else "0")
        integrity.record(conn, mismatched, get_meta, set_meta)


def _finish(db, report: SyncReport, latest_release: str | None = None) -> None:
    report.photos_pending = blobs.pending_count(db)
    report.clock_offset_ms = db.clock.offset_ms
    report.clock_warning = clock_warning(db.clock.offset_ms)
    with db.engine.begin() as conn:
        set_meta(conn, "last_sync_at", datetime.now().isoformat(timespec="seconds"))
        if latest_release:  # the county's newest installer (desktop.services.updates)
            set_meta(conn, "latest_release", latest_release[:20])
        set_meta(conn, "last_sync_result", json.dumps(report.as_dict(), ensure_ascii=False))


# ---- network steps (HTTP here; every database step goes through `on_db`) ----

def push(db, client: SyncClient, report: SyncReport, progress: Progress, cancel, *, on_db: DbCall = _direct,
         start: tuple[int, int] | None = None) -> bool:
    """Push the journal in batches. The first batch has MAX_BATCH entries; the server's answer says how
    many it takes (max_batch), and from then on the client pipelines: the next batch goes out while the
    server applies the last. The push cursor still moves only on an acknowledgement, in order: a batch
    acknowledged after one that failed is sent again next time, and the server ignores it (seen ids).
    True if it restamped this PC's pending entries (a clock the county refused)."""
    from concurrent.futures import ThreadPoolExecutor

    cursor, total = start if start is not None else on_db(_begin, db)[:2]
    restamped = False
    limit, target, fast = protocol.MAX_BATCH, PUSH_TARGET_BYTES, False
    sender = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sync-push")
    inflight: list[tuple[Any, int, int]] = []  # (future, last journal seq of the batch, entries)
    try:
        sent_to = cursor
        while True:
            _check_cancel(cancel)
            while len(inflight) < (2 if fast else 1):
                batch = on_db(outbox.next_batch, db, sent_to, limit, target)
                if batch is None:
                    break
                inflight.append((sender.submit(client.push_body, batch.body), batch.last_seq, batch.count))
                sent_to = batch.last_seq
            if not inflight:
                return restamped
            future, last, count = inflight.pop(0)
            try:
                answer = future.result()
            except (ClockAhead, BatchTooLarge) as error:
                for other, *_ in inflight:  # let the rest finish; they are sent again from the cursor
                    other.exception()
                inflight.clear()
                sent_to = cursor
                if isinstance(error, BatchTooLarge):
                    target = max(target // 2, 1)
                    limit = max(limit // 2, 1)
                    continue
                # Stamps grow with the journal's order, so the batches after a refused one were refused
                # too: none of what restamping rewrites has been accepted.
                if restamped:
                    raise SyncError(translate("sync.engine", "This PC's clock is too far from the county's to upload. Correct the computer's date and time, then sync again.")) from None
                on_db(restamp.restamp_pending, db, error.server_time)
                restamped = True
                continue
            except BaseException:
                for other, *_ in inflight:
                    other.exception()
                raise
            fault("push.acked")
            cursor = last
            on_db(_move_push_cursor, db, cursor)
            report.pushed += count
            progress("push", report.pushed, total)
            takes = int(getattr(answer, "max_batch", 0) or 0)
            if takes > protocol.MAX_BATCH:  # a server of the fast path: bigger batches, pipelined
                # growing RAMP times a batch up to what it takes: the server starts on a small batch while
                # this PC reads the next, instead of both waiting for the first full one
                fast, target = True, MAX_PUSH_BYTES
                limit = min(max(1, min(takes, MAX_PUSH_BATCH)), max(limit, RAMP * count))
    finally:
        sender.shutdown(wait=True)


def pull(db, client: SyncClient, report: SyncReport, progress: Progress, cancel, *, entity: str | None = None,
         on_db: DbCall = _direct, probe: bool = False) -> bool:
    """Pull pages into staging. With `entity`, a targeted re-pull of one table from the start. With
    `probe`, stop before staging the first page (False) when the PC is far behind (wants_snapshot)."""
    cursor = on_db(_pull_cursor, db, entity)
    while True:
        _check_cancel(cancel)
        page = client.pull(cursor, entity=entity, own=bool(entity))
        if probe:
            probe = False
            if page.more and len(page.entries) * 2 >= protocol.MAX_PULL and \
                    client.check().last_seq - cursor > SNAPSHOT_BEHIND:
                return False
        on_db(_stage, db, page, None if entity else page.last_seq, client.offset_ms)
        fault("pull.staged")
        cursor = page.last_seq
        report.pulled += len(page.entries)
        progress("pull", report.pulled, None)
        if not page.more:
            return True


def _fresh(db) -> bool:
    """Never pulled and never wrote anything: the station's rows are all to come."""
    with db.engine.connect() as conn:
        return (int(get_meta(conn, "pull_cursor", "0")) == 0 and get_meta(conn, "staged_cursor") is None
                and int(get_meta(conn, "push_cursor", "0")) == 0 and pending_count(conn) == 0)


def take_snapshot(db, client: SyncClient, report: SyncReport, progress: Progress, cancel, *,
                  on_db: DbCall = _direct) -> snapshots.Outcome | None:
    """The station's current rows, batch by batch (desktop.sync.snapshot); None: the server has no
    snapshot for this PC (an older server, other wire rules, an unreadable answer), replay the log."""
    try:
        outcome = snapshots.take(db, client, progress, lambda: _check_cancel(cancel), on_db=on_db)
    except snapshots.Unusable:
        return None
    if outcome is not None:
        report.pulled += outcome.rows + outcome.replayed
        report.snapshot_rows = outcome.rows
    return outcome


def _apply(db, progress: Progress, *, on_db: DbCall, move_cursor: bool = True) -> applier.ApplyResult:
    """Apply what is staged, one bounded database step at a time (apply.apply_step)."""
    total = applier.ApplyResult()
    steps = 0
    while True:
        step, done = on_db(applier.apply_step, db, move_cursor=move_cursor)
        total.add(step)
        progress("apply", total.applied, None)
        steps += 1
        if done or steps % applier.CHECKPOINT_STEPS == 0:
            applier.checkpoint(db)  # on this thread, not the database worker (apply.lazy_commit)
        if done:
            return total


def check(db, client: SyncClient, *, on_db: DbCall = _direct, local: dict | None = None) -> list[str]:
    """Tables whose count or digest differs from the server's (held and quarantined entries included).
    `local`: this PC's summary when already hashed (integrity.EarlyCheck)."""
    server = client.check().tables
    # A read, so not a database-worker step: WAL readers never wait for the writer nor hold it up, and
    # hashing every row (a second or more on a big station) would keep a kiosk tap waiting behind it.
    local, waiting = _local_check(db, local)
    return [name for name in integrity.differing(server, local) if name not in waiting]


def _problems(db, report: SyncReport) -> tuple[protocol.ProblemReport, str] | None:
    """The problem report for the county (and its JSON text), or None when there is nothing new to say."""
    with db.engine.connect() as conn:
        report.rejected = quarantine.count(conn)
        report.mismatched = integrity.persistent(conn, get_meta)
        last = get_meta(conn, "problems_reported")
        held = conn.scalar(select(func.count()).select_from(SyncQuarantine.__table__)) or 0
    payload = quarantine.report_payload(db, report.mismatched, held=held, offset_ms=db.clock.offset_ms or 0)
    text = payload.model_dump_json()
    if last == text or (last is None and not payload.worth_sending()):
        return None
    return payload, text


def _problems_sent(db, text: str) -> None:
    with db.engine.begin() as conn:
        set_meta(conn, "problems_reported", text)


def report_problems(db, client: SyncClient, report: SyncReport, *, on_db: DbCall = _direct) -> None:
    """Tell the county what this PC quarantined and which tables keep differing (best effort)."""
    problems = on_db(_problems, db, report)
    if problems is None:
        return
    payload, text = problems
    try:
        client.report(payload)
    except SyncError:
        return  # sent again next time
    on_db(_problems_sent, db, text)


def run_sync(db, *, progress: Progress | None = None, cancel: threading.Event | None = None,
             client: SyncClient | None = None, photos: bool = True, on_db: DbCall | None = None,
             snapshot: bool = True) -> SyncReport:
    """One sync. The orchestration and HTTP run on the calling thread; every
    database step (staging, applying, cursor moves, the few reads) goes through
    `on_db(fn, *args)`, which the UI points at its database worker. Without it
    the steps run inline (the CLI). Each step is bounded (a snapshot batch, one
    apply step), so user actions queued on that worker never wait for a whole
    pull. `snapshot=False` replays the log even on a fresh PC (`sync --replay`)."""
    started = time.monotonic()
    on_db = on_db or _direct
    cancel = cancel if cancel is not None else CancelToken()
    given = progress

    def progress(stage: str, done: int, total: int | None) -> None:  # False from the caller cancels
        if given is not None and given(stage, done, total or 0) is False:
            cancel.set()

    own_client = client is None
    client = client or on_db(make_client, db)
    report = SyncReport()
    early: integrity.EarlyCheck | None = None
    try:
        cursor, total, checked = on_db(_begin, db)
        # a push leaves the rows as they are: hash them while it waits on the county (used if still true)
        early = integrity.EarlyCheck(db) if total else None
        restamped = push(db, client, report, progress, cancel, on_db=on_db, start=(cursor, total))
        snap, pulled = None, False
        if snapshot and on_db(_fresh, db):
            snap = take_snapshot(db, client, report, progress, cancel, on_db=on_db)
        elif snapshot:  # the whole pull, unless the first page shows the PC far behind
            pulled = pull(db, client, report, progress, cancel, on_db=on_db, probe=True)
            if not pulled:
                snap = take_snapshot(db, client, report, progress, cancel, on_db=on_db)
        after = report.pulled
        if not pulled:
            pull(db, client, report, progress, cancel, on_db=on_db)
        _check_cancel(cancel)
        progress("apply", 0, None)
        result = _apply(db, progress, on_db=on_db)
        report.applied, report.held, report.rejected = result.applied, result.held, result.rejected
        if snap is not None:
            report.applied += snap.inserted + snap.merged + snap.replayed
        for name in sorted(snap.repull if snap is not None else ()):  # rows the snapshot could not take as they are
            _check_cancel(cancel)
            pull(db, client, report, progress, cancel, entity=name, on_db=on_db)
            _apply(db, progress, on_db=on_db, move_cursor=False)
        if snap is not None and snap.verified and report.pulled == after and not report.pushed:
            # the digests computed while inserting are the server's, and nothing came after the snapshot
            report.check_ok = True
            on_db(_set_check, db, True, [])
        elif report.pushed or report.pulled or not checked:
            progress("check", 0, None)
            # what the sync itself changed: the tables it applied to (all of them after a snapshot or a restamp)
            touched = None if snap is not None or restamped else result.touched
            mismatched = check(db, client, on_db=on_db, local=early.take(touched) if early else None)
            early = None
            for name in mismatched:
                _check_cancel(cancel)
                pull(db, client, report, progress, cancel, entity=name, on_db=on_db)
                _apply(db, progress, on_db=on_db, move_cursor=False)
            if mismatched:
                report.repaired = mismatched
                mismatched = check(db, client, on_db=on_db)
            report.check_ok = not mismatched
            on_db(_set_check, db, report.check_ok, mismatched)
        report_problems(db, client, report, on_db=on_db)
        if photos:
            blobs.sync_photos(db, client, report, progress, cancel, on_db=on_db)
        on_db(_finish, db, report, client.latest_release)
    finally:
        if early is not None:  # a failed or cancelled sync: let its read end before the caller closes the store
            early.wait()
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
