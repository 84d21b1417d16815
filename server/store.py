"""What the county server does, independent of HTTP: the entry log (push, pull, check, county writes),
the devices' authentication, the stations' problem reports and quotas; stations, enrolment and devices
are its base server.enrolment.Enrolment."""

from __future__ import annotations

import functools
import json
import operator
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import bindparam, delete, insert, select, update

from desktop.i18n import translate
from desktop.ids import new_id
from desktop.sync import protocol, schema
from desktop.sync.clock import DAY_MS, HybridClock, system_ms, wall_of
from server import log_append
from server.db import ServerDB
from server.enrolment import Enrolment, hash_secret
from server.errors import ApiError
from server.log_append import now_s as _now
from server.schema import (
    device,
    row_state,
    server_meta,
    station,
    station_problem,
)

COUNTY_DEVICE = "county"
SEEN_EVERY = timedelta(minutes=1)  # how fresh a device's last_seen_at is kept (written in batches)

AUTH_SQL = "SELECT id, station_id, revoked_at, last_seen_at FROM device WHERE token_hash = %s"
# a pull's page (ServerDB.read; constant texts, so PostgreSQL prepares them): the station's sequence, then the
# entries after `after` up to it, leaving out the device's own unless asked (PULL_SQL[entity given, own])
TOP_SQL = "SELECT last_seq FROM station WHERE id = %s"
PULL_SQL = {(entity, own): "SELECT seq, entry_id, entity, row_id, fields, hlc, site, actor FROM entry WHERE "
            "station_id = %s AND seq > %s AND seq <= %s" + (" AND entity = %s" if entity else "")
            + ("" if own else " AND device_id <> %s") + " ORDER BY seq LIMIT %s"
            for entity in (False, True) for own in (False, True)}
# PostgreSQL: the sequence and the page in one statement (one snapshot: every entry up to the sequence it
# reads is committed, as the sequence moves in the transaction that adds them); a row with NULL entry columns
# when the page is empty, none when there is no such station. Parameters: station, after, [entity], [device],
# limit (PG_PULL_SQL[entity given, own])
PG_PULL_SQL = {(entity, own): "SELECT s.last_seq, e.seq, e.entry_id, e.entity, e.row_id, e.fields, e.hlc, e.site, "
               "e.actor FROM station s LEFT JOIN LATERAL (SELECT seq, entry_id, entity, row_id, fields, hlc, site, "
               "actor FROM entry WHERE station_id = s.id AND seq > %s AND seq <= s.last_seq"
               + (" AND entity = %s" if entity else "") + ("" if own else " AND device_id <> %s")
               + " ORDER BY seq LIMIT %s) e ON true WHERE s.id = %s"
               for entity in (False, True) for own in (False, True)}


@functools.cache
def _pg_pull_authenticated(entity: bool, own: bool, flag: str) -> str:
    """The device of a token (AUTH_SQL's columns), `flag` (an SQL boolean over its station `s`), the
    station's sequence and the page after it (PG_PULL_SQL's), in one statement: a row with NULL entry
    columns when the page is empty, none when there is no such token; a revoked device reads no station.
    Parameters: after, [entity], limit, token hash. The flag's subquery is fenced (OFFSET 0), so that it is
    asked once, not for each entry of the page."""
    return ("SELECT d.id, d.station_id, d.revoked_at, d.last_seen_at, w.flag, s.last_seq, e.seq, e.entry_id, "
            "e.entity, e.row_id, e.fields, e.hlc, e.site, e.actor FROM device d "
            "LEFT JOIN station s ON s.id = d.station_id AND d.revoked_at IS NULL "
            f"LEFT JOIN LATERAL (SELECT {flag} AS flag OFFSET 0) w ON true "
            "LEFT JOIN LATERAL (SELECT seq, entry_id, entity, row_id, fields, hlc, site, actor FROM entry "
            "WHERE station_id = s.id AND seq > %s AND seq <= s.last_seq" + (" AND entity = %s" if entity else "")
            + ("" if own else " AND device_id <> d.id") + " ORDER BY seq LIMIT %s) e ON true "
            "WHERE d.token_hash = %s")


_ENTRY_PARTS = operator.attrgetter("id", "entity", "row_id", "fields", "hlc", "site", "actor")


def _texts(entries: list, encoded: list[bytes] | None) -> list[str]:
    """The entries' field maps as stored (text): from their encoding, else encoded the slow way."""
    return [b.decode() for b in encoded] if encoded is not None else [protocol.stored(e.fields) for e in entries]


def _wrong_station() -> ApiError:
    return ApiError(403, protocol.WRONG_STATION, translate("server.store", "The uploaded data does not belong to the station this PC is enrolled for; all of it was refused."))


class _Turn:
    """A push's turn (SQLite): held from the decoding of its body until its entries are in the log, or at
    the latest until its transaction commits (`end`, once). No lock (PostgreSQL): a turn that holds nothing."""

    def __init__(self, lock: threading.Lock | None):
        self._lock = lock
        self._held = False

    def __enter__(self) -> _Turn:
        if self._lock is not None:
            self._lock.acquire()
            self._held = True
        return self

    def end(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()

    def __exit__(self, *_exc) -> None:
        self.end()


class Store(Enrolment):
    def __init__(self, db: ServerDB, now=system_ms):
        self.db = db
        self._now_ms = now
        with db.engine.connect() as conn:
            last = conn.scalar(select(server_meta.c.value).where(server_meta.c.key == "hlc"))
        # one site per process: two admin commands at the same millisecond never share a stamp
        self.site = f"county{secrets.token_hex(4)}"
        self.clock = HybridClock(self.site, last=last, now=now)
        self._seen_lock = threading.Lock()
        self._seen: dict[str, datetime] = {}  # device id -> last seen, not yet written (flush_seen)
        self._flusher: threading.Thread | None = None
        self._stop = threading.Event()
        # SQLite: pushes take turns, from decoding the body until the entries are in. Their writes queue on the
        # write lock anyway, and a push decoding in Python beside another's executemany made that one wait for
        # the interpreter lock at every row (sqlite3 takes it back per row: bench/README.md, "Round ten")
        self._push_turn = threading.Lock() if db.is_sqlite else None

    def now_ms(self) -> int:
        return self._now_ms()

    @contextmanager
    def write(self) -> Iterator[Any]:
        if self.db.write_lock is None:
            with self.db.engine.begin() as conn:
                yield conn
        else:
            with self.db.write_lock, self.db.engine.begin() as conn:
                yield conn
            self.db.wrote()

    def authenticate(self, token: str) -> tuple[str, str]:
        """(device id, station id) of a device token, or a 401. One driver-level read (ServerDB.read)."""
        found = self.db.read(AUTH_SQL, (hash_secret(token),))
        return self._identity(found[0] if found else None)

    def _identity(self, found: tuple | None) -> tuple[str, str]:
        """(device id, station id) from a token's device row (AUTH_SQL's columns, or None: no such token),
        or a 401."""
        if found is None:
            raise ApiError(401, protocol.BAD_TOKEN, translate("server.store", "This PC's sync credentials are not valid. Enrol this PC again with the code from the county centre."))
        device_id, station_id, revoked_at, seen = found[:4]
        if revoked_at is not None:
            raise ApiError(401, protocol.DEVICE_REVOKED, translate("server.store", "The county has revoked this PC's permission to sync. Ask the county centre for a new code and enrol this PC again."))
        if isinstance(seen, str):  # SQLite gives the stored text
            seen = datetime.fromisoformat(seen)
        if seen is None or seen < _now() - SEEN_EVERY:
            self._saw(device_id)
        return device_id, station_id

    def _saw(self, device_id: str) -> None:
        """Remember when a device was last seen; written in batches off the request path (flush_seen)."""
        with self._seen_lock:
            self._seen[device_id] = _now()
            if self._flusher is None:
                self._flusher = threading.Thread(target=self._flush_loop, name="last-seen", daemon=True)
                self._flusher.start()

    def _flush_loop(self) -> None:
        while not self._stop.wait(SEEN_EVERY.total_seconds() / 2):
            try:
                self.flush_seen()
            except Exception:  # noqa: BLE001 (the database may be away for a moment: next round)
                continue

    def close(self) -> None:
        """At shutdown: stop the last-seen writer and write what it still holds; a last WAL checkpoint."""
        self._stop.set()
        self.flush_seen()
        if self.db.checkpointer is not None:
            self.db.checkpointer.close()

    def flush_seen(self) -> int:
        """Write the pending last-seen times, one executemany; the console calls it before it shows them."""
        with self._seen_lock:
            pending, self._seen = self._seen, {}
        if pending:
            with self.write() as conn:
                conn.execute(update(device).where(device.c.id == bindparam("d_id")).values(
                    last_seen_at=bindparam("d_seen")), [{"d_id": k, "d_seen": v} for k, v in pending.items()])
        return len(pending)

    # --- the log ------------------------------------------------------------------

    def push(self, device_id: str, station_id: str, entries: list[protocol.Entry]) -> protocol.PushResponse:
        """All or nothing: one entry that breaks the wire schema refuses the batch (422)."""
        with self._turn() as turn, protocol.bulk():
            return self._push(device_id, station_id, entries, turn)

    def push_body(self, body: bytes, authenticate: Callable[[], tuple[str, str]],
                  token: Callable[[], str] | None = None) \
            -> tuple[tuple[str, str] | None, protocol.PushResponse | None, list]:
        """A push as its body came (the sync lane's): decoded in one pass (protocol.decode_push) in the push's
        turn, then `authenticate()` (device id, station id), then pushed. (None, None, []) when the fast decoder
        refuses the body: then the caller parses it the slow way, which accepts it or says why not.
        `token()` (PostgreSQL): the PC's token (or a 401), checked in the push's own statement (log_append.PG_PUSH_AS)
        instead of by `authenticate()` before it, for the station the entries name; the refusals and their
        order are authenticate's and _push's."""
        with self._turn() as turn, protocol.bulk():
            entries = protocol.decode_push(body)
            if entries is None:
                return None, None, []
            if token is None or self.db.is_sqlite or not entries:
                ident = authenticate()
                return ident, self._push(ident[0], ident[1], entries, turn), entries
            claimed, seen = entries[0].station_id, []

            def ours(ident: tuple[str, str]) -> str:
                if ident[1] != claimed:
                    raise _wrong_station()
                seen.append(ident)
                return ident[0]

            device = log_append.TokenDevice(hash_secret(token()), lambda row: ours(self._identity(row)),
                                            lambda: ours(authenticate()))
            answer = self._push(device, claimed, entries, turn)
            return seen[0], answer, entries

    def _turn(self) -> _Turn:
        return _Turn(self._push_turn)

    def _push(self, device_id: str | log_append.TokenDevice, station_id: str, entries: list,
              turn: _Turn) -> protocol.PushResponse:
        """`entries`: protocol.Entry objects, or what protocol.decode_push gives (the same attributes).
        `device_id` (PostgreSQL): or the device by its token (push_body), authenticated before a refusal."""
        now = self.now_ms()
        try:
            encoded = self._refusals(station_id, entries)
        except ApiError:
            if isinstance(device_id, log_append.TokenDevice):
                device_id.authenticate()  # a bad token is refused before a bad batch, as authenticate() first
            raise
        stamps = [e.hlc for e in entries]
        parts = list(map(_ENTRY_PARTS, entries))
        if not self.db.is_sqlite:  # one statement, most often (log_append.push_postgres)
            if stamps and wall_of(max(stamps)) > now + DAY_MS:
                first_wall = -1  # said under the lock, after the floor (_check_stamps): the statement writes nothing
            else:
                first_wall = wall_of(min(stamps)) if stamps else 0
            accepted, last_seq = log_append.push_postgres(
                self.db, station_id, device_id, parts, _texts(entries, encoded), first_wall,
                lambda floor: self._check_stamps(now, floor, entries, stamps))
        else:
            # one connection and transaction for the checks and the append; its WAL is fsynced after the write
            # lock is let go (the next batch's transaction runs meanwhile), before the answer; the turn ends
            # at the latest when it commits
            with self.db.write_synced_after(committed=turn.end) as conn:
                # the station's floor and its sequence, locked, in one round trip
                row = conn.execute(select(station.c.floor_ms, station.c.last_seq).where(station.c.id == station_id)
                                   .with_for_update()).first()
                if row is None:
                    raise ApiError(404, protocol.WRONG_STATION, translate("server.store", "The county does not have this station."))
                self._check_stamps(now, row[0] or 0, entries, stamps)
                last_seq = None if encoded is None else log_append.append_new_rows(
                    conn, station_id, device_id, parts, encoded, stamps, row[1], logged=turn.end)
                if last_seq is not None:
                    accepted = len(entries)
                else:
                    accepted, last_seq = log_append.append(conn, station_id, device_id, parts,
                                                           _texts(entries, encoded), row[1])
        if entries:
            self.clock.observe(max(stamps))
        return protocol.PushResponse(accepted=accepted, duplicates=len(entries) - accepted, last_seq=last_seq,
                                     server_time=self.now_ms(), max_batch=protocol.MAX_BATCH_FAST)

    @staticmethod
    def _refusals(station_id: str, entries: list) -> list[bytes] | None:
        """A batch's entries for another station (403) or one that breaks the wire schema (422), refused;
        each entry's field map encoded once, sorted (canonical): its size for the schema, its log row, a new
        row's state (None: lone surrogates, integers past 64 bits, which the schema refuses)."""
        for e in entries:
            if e.station_id != station_id:
                raise _wrong_station()
        try:
            encoded = [orjson.dumps(e.fields, option=orjson.OPT_SORT_KEYS) for e in entries]
        except TypeError:  # lone surrogates, integers past 64 bits: the schema refuses them below
            encoded = None
        found = schema.first_problem([(e.entity, e.fields) for e in entries],
                                     None if encoded is None else [len(b) for b in encoded])
        if found is not None:
            n, problem = found
            raise ApiError(422, protocol.BAD_ENTRY, translate("server.store", "Entry {n} breaks a rule; none of this batch was accepted: {problem}").format(
                n=n + 1, problem=problem.message), **problem.as_dict())
        return encoded

    @staticmethod
    def _check_stamps(now: int, floor: int, entries: list, stamps: list[str]) -> None:
        """Refuse a batch with a stamp before the station's floor (422) or more than a day ahead (409).
        `stamps`: the entries' stamps."""
        # stamps sort as their walls do (16 fixed digits first): only the extremes need decoding
        if stamps and wall_of(min(stamps)) < floor:
            n, e = next((n, e) for n, e in enumerate(entries, 1) if wall_of(e.hlc) < floor)
            raise ApiError(422, protocol.BAD_ENTRY, translate("server.store", "Entry {n} breaks a rule; none of this batch was accepted: the stamp {stamp} of table {entity} is before the station was set up at the county (rule: a stamp is not before the station was set up). Check this PC's date.").format(
                n=n, entity=e.entity, stamp=e.hlc[:40]), entity=e.entity, field="hlc",
                rule=translate("server.store", "not before the station was set up"), problem=translate("server.store", "stamp too early"))
        if stamps and wall_of(max(stamps)) > now + DAY_MS:
            raise ApiError(409, protocol.CLOCK_AHEAD, translate("server.store", "This PC's clock is more than a day ahead of the county's; this batch was not taken for now."),
                           server_time=now)

    def _accept(self, conn, station_id: str, device_id: str, entries: list[dict],
                texts: list[str] | None = None) -> tuple[int, int]:
        """Append new entries (dicts of Entry's keys) under the station's lock and merge them into the row states."""
        if texts is None:
            texts = [protocol.stored(e["fields"]) for e in entries]
        parts = [(e["id"], e["entity"], e["row_id"], e["fields"], e["hlc"], e["site"], e.get("actor", ""))
                 for e in entries]
        return log_append.append(conn, station_id, device_id, parts, texts)

    def county_write(self, station_id: str, entity: str, row_id: str, fields: dict[str, Any]) -> int:
        """A change made by the county (correcting a record, dispatching a request):
        logged and merged like any pushed entry, so it flows down on pull."""
        try:
            schema.check_fields(entity, fields, station_id)
        except schema.Problem as problem:
            raise ApiError(400, protocol.BAD_ENTRY, translate("server.store", "The change breaks a rule: {problem}").format(problem=problem.message)) from None
        with self.write() as conn:
            self._station(conn, station_id)
            if entity == "station" and row_id == station_id:  # keep the county's own list in step
                own = {k: str(fields[k]) for k in ("name", "county") if fields.get(k)}
                if own:
                    conn.execute(update(station).where(station.c.id == station_id).values(**own))
            return self._county_write(conn, station_id, entity, row_id, fields)

    def _county_write(self, conn, station_id: str, entity: str, row_id: str, fields: dict[str, Any]) -> int:
        stamp = self.clock.tick()
        e = protocol.Entry(id=new_id(), entity=entity, row_id=row_id, station_id=station_id, fields=fields,
                           hlc=stamp, site=self.site, actor="县中心")
        _, last_seq = self._accept(conn, station_id, COUNTY_DEVICE, [e.model_dump()])
        if conn.execute(update(server_meta).where(server_meta.c.key == "hlc").values(value=stamp)).rowcount == 0:
            conn.execute(insert(server_meta).values(key="hlc", value=stamp))
        return last_seq

    def row(self, station_id: str, entity: str, row_id: str) -> dict | None:
        with self.db.engine.connect() as conn:
            data = conn.scalar(select(row_state.c.data).where(
                row_state.c.station_id == station_id, row_state.c.entity == entity, row_state.c.row_id == row_id))
        return json.loads(data) if data else None

    def pull(self, device_id: str, station_id: str, after: int, limit: int, entity: str | None = None,
             own: bool = False) -> bytes:
        """A page of entries after `after`, as JSON text (fields are passed through
        unparsed: this is the hot path of an initial sync).

        A device's own entries are left out in the query (unless `own`), so a PC that pushed 100,000
        entries does not read them all back in pages it then drops; a page that comes out short ends
        at the station's last sequence number, read first: every entry up to it is committed (the number
        moves in the transaction that adds them), later ones wait for the next pull."""
        limit = max(1, min(limit, protocol.MAX_PULL))
        if self.db.is_sqlite:
            top = self.db.read(TOP_SQL, (station_id,))
            top = (top[0][0] if top else 0) or 0
            params = (station_id, after, top) + ((entity,) if entity else ()) + (() if own else (device_id,)) + (limit,)
            rows = self.db.read(PULL_SQL[bool(entity), bool(own)], params)
        else:
            params = (after,) + ((entity,) if entity else ()) + (() if own else (device_id,)) + (limit, station_id)
            found = self.db.read(PG_PULL_SQL[bool(entity), bool(own)], params)
            top = (found[0][0] if found else 0) or 0
            rows = [r[1:] for r in found if r[1] is not None]
        return self._page(station_id, rows, after, limit, top)

    def pull_authenticated(self, token: str, after: int, limit: int, entity: str | None = None, own: bool = False,
                           flag: str = "false") -> tuple[tuple[str, str], bool, bytes]:
        """PostgreSQL: authenticate's work and pull's in one statement (one round trip instead of two, on
        every sync: bench/README.md, "Round thirteen"), with `flag`, an SQL boolean over the station `s`,
        asked in the same snapshot. (device id, station id), the flag, the page; a 401 as authenticate's."""
        limit = max(1, min(limit, protocol.MAX_PULL))
        found = self.db.read(_pg_pull_authenticated(bool(entity), bool(own), flag),
                             (after,) + ((entity,) if entity else ()) + (limit, hash_secret(token)))
        ident = self._identity(found[0] if found else None)
        top = found[0][5] or 0
        rows = [r[6:] for r in found if r[6] is not None]
        return ident, bool(found[0][4]), self._page(ident[1], rows, after, limit, top)

    def _page(self, station_id: str, rows: list[tuple], after: int, limit: int, top: int) -> bytes:
        """A pull's answer: `rows` (seq, id, entity, row_id, fields, hlc, site, actor) after `after`, the
        station's sequence `top` read with them."""
        fragment = orjson.Fragment
        page = [{"seq": r[0], "id": r[1], "entity": r[2], "row_id": r[3], "station_id": station_id,
                 "fields": fragment(r[4]), "hlc": r[5], "site": r[6], "actor": r[7]} for r in rows]
        more = len(rows) == limit
        last_seq = rows[-1][0] if more else max(top, after)
        return orjson.dumps({"entries": page, "last_seq": last_seq, "more": more, "server_time": self.now_ms()})

    def check(self, station_id: str) -> protocol.CheckResponse:
        """Per table: the row count and the XOR of the row hashes (protocol.table_digest), as the push keeps
        them (row_digest, server.log_append), read with the station's sequence in one statement."""
        mark = "?" if self.db.is_sqlite else "%s"
        with self.db.reader.connect() as conn:
            rows = conn.exec_driver_sql(
                f"SELECT s.last_seq, d.entity, d.row_count, d.digest FROM station s LEFT JOIN row_digest d "
                f"ON d.station_id = s.id WHERE s.id = {mark}", (station_id,)).fetchall()
        summaries = {entity: protocol.TableSummary(count=count, digest=f"{digest & log_append.MASK:016x}")
                     for _, entity, count, digest in rows if entity is not None and count}
        last_seq = (rows[0][0] or 0) if rows else 0
        return protocol.CheckResponse(tables=summaries, last_seq=last_seq, server_time=self.now_ms())

    # --- what PCs report: entries they could not apply, tables that keep differing ----------

    def report_problems(self, device_id: str, station_id: str, report: protocol.ProblemReport) -> int:
        """Replace this device's report with the new one (the PC sends its whole current state)."""
        now = _now()
        rows = [{"station_id": station_id, "device_id": device_id, "kind": "rejected", "key": r.entry_id,
                 "entity": r.entity, "row_id": r.row_id, "detail": r.reason, "count": 1, "reported_at": now}
                for r in report.rejected]
        rows += [{"station_id": station_id, "device_id": device_id, "kind": "mismatch", "key": m.entity,
                  "entity": m.entity, "row_id": "", "detail": "", "count": m.syncs, "reported_at": now}
                 for m in report.mismatched]
        for kind, value in (("held", report.held), ("clock", report.clock_offset_s)):
            if value:
                rows.append({"station_id": station_id, "device_id": device_id, "kind": kind, "key": "*",
                             "entity": "", "row_id": "", "detail": "", "count": value, "reported_at": now})
        if report.rejected_total > len(report.rejected):
            rows.append({"station_id": station_id, "device_id": device_id, "kind": "rejected_total", "key": "*",
                         "entity": "", "row_id": "", "detail": "", "count": report.rejected_total,
                         "reported_at": now})
        unique = {(r["kind"], r["key"]): r for r in rows}
        with self.write() as conn:
            conn.execute(delete(station_problem).where(station_problem.c.station_id == station_id,
                                                       station_problem.c.device_id == device_id))
            if unique:
                conn.execute(insert(station_problem), list(unique.values()))
        return len(unique)

    def problems(self, station_id: str | None = None) -> list[dict]:
        query = select(station_problem).order_by(station_problem.c.station_id, station_problem.c.device_id,
                                                 station_problem.c.kind, station_problem.c.key)
        if station_id:
            query = query.where(station_problem.c.station_id == station_id)
        with self.db.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def set_quota(self, station_id: str, quota_bytes: int | None) -> None:
        if quota_bytes is not None and quota_bytes < 0:
            raise ApiError(400, protocol.BAD_REQUEST, translate("server.store", "The photo space limit cannot be negative."))
        with self.write() as conn:
            self._station(conn, station_id)
            conn.execute(update(station).where(station.c.id == station_id).values(photo_quota=quota_bytes))

    # --- for the county console (server.console: 数据维护, station health) -------------------

    def health_report(self) -> dict[str, dict[str, int]]:
        """station id -> {"quarantined": entries its PCs quarantined (the most any PC reports),
        "held": entries waiting on its PCs (the most any PC reports), "mismatch": tables its check keeps
        finding different, "clock": the largest clock offset of its PCs, in seconds}."""
        out: dict[str, dict[str, int]] = {}
        per_device: dict[tuple[str, str], int] = {}
        for p in self.problems():
            health = out.setdefault(p["station_id"], {"quarantined": 0, "held": 0, "mismatch": 0})
            key = (p["station_id"], p["device_id"])
            if p["kind"] == "rejected":
                per_device[key] = per_device.get(key, 0) + 1
            elif p["kind"] == "rejected_total":
                per_device[key] = max(per_device.get(key, 0), p["count"])
            elif p["kind"] == "mismatch":
                health["mismatch"] += 1
            elif p["kind"] == "held":
                health["held"] = max(health["held"], p["count"])
            elif p["kind"] == "clock" and abs(p["count"]) > abs(health.get("clock", 0)):
                health["clock"] = p["count"]
        for (station_id, _), n in per_device.items():
            out[station_id]["quarantined"] = max(out[station_id]["quarantined"], n)
        return out

    def clock_offsets(self, station_id: str | None = None) -> dict[str, int]:
        """device id -> its last reported clock offset in seconds (the county's clock minus the PC's)."""
        return {p["device_id"]: p["count"] for p in self.problems(station_id) if p["kind"] == "clock"}

    def quarantine_report(self, limit: int = 1000) -> list[dict]:
        """Entries PCs reported as quarantined: station_id, device_id, entity, row_id, entry_id, reason, reported_at."""
        rows = [p for p in self.problems() if p["kind"] == "rejected"][:limit]
        return [{"station_id": p["station_id"], "device_id": p["device_id"], "entity": p["entity"],
                 "row_id": p["row_id"], "entry_id": p["key"], "reason": p["detail"],
                 "reported_at": p["reported_at"]} for p in rows]

    def photo_quota(self, station_id: str) -> int:
        from server.blobs import DEFAULT_QUOTA

        with self.db.engine.connect() as conn:
            quota = conn.scalar(select(station.c.photo_quota).where(station.c.id == station_id))
        return DEFAULT_QUOTA if quota is None else int(quota)
