"""Stations, their enrolment codes and their PCs at the county: adding a station, issuing a code,
enrolling a PC with it (and the limits on wrong codes, counted in the database so that they hold across
worker processes), listing and revoking devices. A part of server.store.Store (Enrolment is one of its
bases), apart from the log it keeps."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, func, insert, select, update

from desktop.i18n import translate
from desktop.ids import ID_PATTERN, new_id
from desktop.sync import protocol
from server.errors import ApiError
from server.log_append import now_s as _now
from server.schema import device, enrol_attempt, enrol_code, station

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: a person types it
CODE_TTL = timedelta(days=3)
# Enrolment guesses, counted in the database (so the limits hold across worker processes):
ENROL_WINDOW = timedelta(minutes=10)
CODE_LIMIT = 10  # wrong codes whose first four characters name one code
STATION_LIMIT = 30  # wrong codes from PCs that name one station
UNKNOWN_LIMIT = 300  # wrong codes that name no code at all, server-wide
EPOCH_MS = 1_577_836_800_000  # 2020-01-01: the floor of a station that joined with data of its own


def hash_secret(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalize_code(text: str) -> str:
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:]}"


class Enrolment:
    """Store's stations and devices; it uses the Store's `db`, `write()` and `now_ms()`."""

    def add_station(self, name: str, county: str = "", station_id: str | None = None) -> tuple[str, str]:
        name = name.strip()
        if not name:
            raise ApiError(400, protocol.BAD_REQUEST, translate("server.store", "The station needs a name."))
        joining = station_id is not None
        station_id = station_id or new_id()
        if not ID_PATTERN.match(station_id):
            raise ApiError(400, protocol.BAD_REQUEST, translate("server.store", "The station id is not in the right form."))
        with self.write() as conn:
            if conn.scalar(select(station.c.id).where(station.c.id == station_id)):
                raise ApiError(409, protocol.BAD_REQUEST, translate("server.store", "The station {id} already exists.").format(id=station_id))
            floor = EPOCH_MS if joining else (self.now_ms() // 1000 - 60) * 1000
            conn.execute(insert(station).values(id=station_id, name=name, county=county.strip(),
                                                created_at=_now(), last_seq=0, floor_ms=floor))
            self._county_write(conn, station_id, "station", station_id,
                               {"station_id": station_id, "name": name, "county": county.strip(),
                                "created_at": _now().isoformat(), "deleted_at": None})
            code = self._issue_code(conn, station_id)
        return station_id, code

    def _issue_code(self, conn, station_id: str) -> str:
        """A fresh code whose first four characters (its id) no other live code shares."""
        while True:
            code = new_code()
            if not conn.scalar(select(func.count()).select_from(enrol_code).where(
                    enrol_code.c.code_id == code[:4], enrol_code.c.expires_at >= _now())):
                break
        conn.execute(insert(enrol_code).values(code_hash=hash_secret(code), station_id=station_id, created_at=_now(),
                                               expires_at=_now() + CODE_TTL, used_at=None, failed=0,
                                               code_id=code[:4]))
        return code

    def new_code(self, station_id: str) -> str:
        with self.write() as conn:
            self._station(conn, station_id)
            return self._issue_code(conn, station_id)

    def _station(self, conn, station_id: str):
        row = conn.execute(select(station).where(station.c.id == station_id)).first()
        if row is None:
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.store", "There is no station with the id {id}.").format(id=station_id))
        return row

    def list_stations(self) -> list[dict]:
        with self.db.engine.connect() as conn:
            devices = dict(conn.execute(select(device.c.station_id, func.count()).where(device.c.revoked_at.is_(None))
                                        .group_by(device.c.station_id)).all())
            return [dict(r._mapping) | {"devices": devices.get(r.id, 0)}
                    for r in conn.execute(select(station).order_by(station.c.created_at))]

    def list_devices(self, station_id: str | None = None) -> list[dict]:
        self.flush_seen()
        query = select(device.c.id, device.c.station_id, device.c.name, device.c.created_at, device.c.last_seen_at,
                       device.c.revoked_at).order_by(device.c.created_at)
        if station_id:
            query = query.where(device.c.station_id == station_id)
        with self.db.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def revoke_device(self, device_id: str) -> None:
        with self.write() as conn:
            done = conn.execute(update(device).where(device.c.id == device_id, device.c.revoked_at.is_(None))
                                .values(revoked_at=_now())).rowcount
        if not done:
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.store", "There is no valid device with the id {id}.").format(id=device_id))

    def enrol(self, code: str, device_name: str, site: str, station_id: str | None = None) -> protocol.EnrolResponse:
        """Trade a code for a device token. One transaction: the code is used up
        only together with the device it creates. A repeat of the same enrolment
        (same code, same PC site) returns the same device with a fresh token,
        so an answer lost on the way leaves no ghost device and no used-up code.

        Wrong codes are counted in the database: per code (by its first four
        characters), per station named, and server-wide for codes that name
        nothing. A wrong guess only ever counts against the code it names, so
        a valid code is never locked out by typos of other codes."""
        normal = normalize_code(code)
        outcome: ApiError | protocol.EnrolResponse
        with self.write() as conn:
            outcome = self._enrol(conn, normal, device_name, site, station_id)
        if isinstance(outcome, ApiError):
            raise outcome
        return outcome

    def _enrol(self, conn, normal: str, device_name: str, site: str, station_id: str | None):
        now = _now()
        since = now - ENROL_WINDOW
        code_id = normal[:4]
        code_hash = hash_secret(normal)
        wrong = ApiError(403, protocol.BAD_CODE, translate("server.store", "The enrolment code is wrong, used or expired. Ask the county for a new one."))
        live = conn.execute(select(enrol_code).where(enrol_code.c.code_id == code_id, enrol_code.c.expires_at >= now)
                            .with_for_update()).all()
        row = next((r for r in live if r.code_hash == code_hash), None)
        if row is None:  # a code from before codes had ids is found by its hash alone
            row = conn.execute(select(enrol_code).where(enrol_code.c.code_hash == code_hash,
                                                        enrol_code.c.code_id.is_(None))).first()
        if live:
            failures = conn.scalar(select(func.count()).select_from(enrol_attempt).where(
                enrol_attempt.c.code_id == code_id, enrol_attempt.c.ok.is_(False), enrol_attempt.c.at >= since))
            if failures >= CODE_LIMIT:
                return ApiError(429, protocol.TOO_MANY, translate("server.store", "This enrolment code was mistyped too often lately; try again in ten minutes, or check the code with the county."))
        if row is None or row.expires_at < now:
            if not live:
                if station_id:
                    named = conn.scalar(select(func.count()).select_from(enrol_attempt).where(
                        enrol_attempt.c.station_id == station_id[:36], enrol_attempt.c.ok.is_(False),
                        enrol_attempt.c.at >= since))
                    if named >= STATION_LIMIT:
                        return ApiError(429, protocol.TOO_MANY, translate("server.store", "This station mistyped enrolment codes too often lately; try again in ten minutes."))
                unknown = conn.scalar(select(func.count()).select_from(enrol_attempt).where(
                    enrol_attempt.c.code_id.is_(None), enrol_attempt.c.ok.is_(False), enrol_attempt.c.at >= since))
                if unknown >= UNKNOWN_LIMIT:
                    return ApiError(429, protocol.TOO_MANY, translate("server.store", "Enrolment codes were mistyped too often lately; try again in ten minutes, or check the code with the county."))
            conn.execute(delete(enrol_attempt).where(enrol_attempt.c.at < now - timedelta(days=1)))
            conn.execute(insert(enrol_attempt).values(at=now, code_id=code_id if live else None,
                                                      station_id=(station_id or None) and station_id[:36], ok=False))
            return wrong
        st = self._station(conn, row.station_id)
        if row.used_at is not None:
            again = conn.execute(select(device).where(device.c.id == row.device_id)).first() if row.device_id else None
            if again is None or not site or row.site != site[:32] or again.revoked_at is not None:
                return wrong
            token = secrets.token_urlsafe(32)
            conn.execute(update(device).where(device.c.id == again.id).values(token_hash=hash_secret(token)))
            return protocol.EnrolResponse(station_id=st.id, station_name=st.name, device_id=again.id, token=token,
                                          server_time=self.now_ms(), device_no=self._device_no(conn, again))
        if station_id and station_id != st.id:  # refused before the code is used up
            return ApiError(409, protocol.WRONG_STATION,
                            translate("server.store", "The station set up on this PC (id {id}) is not the station “{name}” this code belongs to. The county should register this PC's station with station add --station-id {id}, then send a code.").format(
                                id=station_id, name=st.name))
        token, device_id = secrets.token_urlsafe(32), new_id()
        conn.execute(insert(device).values(id=device_id, station_id=st.id, name=device_name[:100], site=site[:32],
                                           token_hash=hash_secret(token), created_at=now))
        conn.execute(update(enrol_code).where(enrol_code.c.code_hash == row.code_hash).values(
            used_at=now, device_id=device_id, site=site[:32]))
        conn.execute(insert(enrol_attempt).values(at=now, code_id=row.code_id, station_id=st.id, ok=True))
        created = conn.execute(select(device).where(device.c.id == device_id)).first()
        return protocol.EnrolResponse(station_id=st.id, station_name=st.name, device_id=device_id, token=token,
                                      server_time=self.now_ms(), device_no=self._device_no(conn, created))

    @staticmethod
    def _device_no(conn, row) -> int:
        """A PC's place among its station's PCs, by enrolment order (revoked ones keep their place)."""
        earlier = conn.scalar(select(func.count()).select_from(device).where(
            device.c.station_id == row.station_id,
            (device.c.created_at < row.created_at) | ((device.c.created_at == row.created_at) & (device.c.id < row.id))))
        return int(earlier or 0) + 1
