"""Volunteer import: spreadsheet -> checked rows and a per-row report -> one transaction.

Three steps, so the wizard can show each: `open_source` reads the file and
guesses the header row and the columns; `plan_import` cleans and checks
every row against the file and the roster. This module only reads and plans:
the third step, writing the plan in one transaction (so a cancel leaves the
roster as it was), is desktop.services.volunteers.apply_import, through the
one bulk write path. Ids of imported rows are derived from the person (ID number, or name
and phone), so importing the same file twice adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import select

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.importers.headers import field_label as headers_field_label
from desktop.importers.headers import find_header_row, guess_mapping
from desktop.importers.table import Table, read_table
from desktop.models import Team, Volunteer, derived_id
from desktop.progress import Progress, step
from desktop.services.volunteers import clean_volunteer
from desktop.validators import normalize_text

ERROR, WARNING, SKIP = "error", "warning", "skip"
_SPLIT = re.compile(r"[、,，;；/\s]+")


CANCELLED = QT_TRANSLATE_NOOP("importers.volunteers", "Import cancelled; the roster was not changed.")


@dataclass(frozen=True)
class Issue:
    row: int  # spreadsheet row number, as Excel shows it
    column: str  # the column's header text ("" for the whole row)
    problem: str
    suggestion: str
    level: str = ERROR  # error: row not imported; warning: imported (a bad field left empty), check it; skip: already on the roster

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "problem": self.problem,
                "suggestion": self.suggestion, "level": self.level}


@dataclass
class Source:
    """A file read and its layout guessed; the user may change `header_index` and `mapping`."""

    table: Table
    header_index: int
    mapping: dict[int, str]  # column -> field

    @property
    def headers(self) -> list[str]:
        row = self.table.rows[self.header_index] if self.table.rows else []
        return [normalize_text(c) for c in row] + [""] * (self.table.width - len(row))

    def samples(self, column: int, n: int = 3) -> list[str]:
        values = []
        for row in self.table.rows[self.header_index + 1:]:
            if column < len(row) and row[column] not in (None, ""):
                values.append(normalize_text(row[column]))
                if len(values) == n:
                    break
        return values


@dataclass
class ImportPlan:
    source: str
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    memberships: list[list[str]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    total: int = 0  # non-empty data rows
    already: int = 0  # on the roster already (skipped)
    duplicates_in_file: int = 0
    errors: int = 0  # rows not imported because of a problem

    def summary(self) -> dict[str, int]:
        return {"rows": self.total, "new": len(self.new_rows), "already": self.already,
                "duplicates_in_file": self.duplicates_in_file, "errors": self.errors,
                "warnings": sum(1 for i in self.issues if i.level == WARNING)}


def open_source(path: Path | str) -> Source:
    table = read_table(path)
    if not any(table.rows):
        raise UserError(translate("importers.volunteers", "The file “{name}” is empty; there is nothing to import.").format(name=table.source))
    header = find_header_row(table.rows)
    if header is None:
        raise UserError(translate("importers.volunteers", "No header row was found in the first 20 rows of “{name}” (it needs a “Name” column and one more, such as “ID number” or “Phone”). Check that this is the right file, or choose the header row in the wizard.").format(
            name=table.source))
    return Source(table, header, guess_mapping(table.rows[header]))


def set_header_row(source: Source, index: int) -> Source:
    if not 0 <= index < len(source.table.rows):
        raise UserError(translate("importers.volunteers", "The header row must be between 1 and {n}.").format(n=len(source.table.rows)))
    return Source(source.table, index, guess_mapping(source.table.rows[index]))


def _excel_number_id(value: Any) -> str | None:
    """An ID number Excel stored as a number: 15-digit ones survive, longer ones lost digits."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and value.is_integer() and len(str(int(value))) == 15:
        return str(int(value))
    if isinstance(value, int) and len(str(value)) == 15:
        return str(value)
    return f"{value:.5E}"


def _cell_text(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


class _TeamResolver:
    def __init__(self, teams: list[tuple[str, str]]):
        self.exact = {name: tid for tid, name in teams}
        self.loose = {name.removesuffix("志愿服务队").removesuffix("服务队"): tid for tid, name in teams}

    def __call__(self, name: str) -> str | None:
        key = normalize_text(name)
        return self.exact.get(key) or self.loose.get(key.removesuffix("志愿服务队").removesuffix("服务队"))


def _row_key(data: dict[str, Any]) -> str:
    if data.get("id_card"):
        return data["id_card"]
    if data.get("phone"):
        return f"{data['name']}|{data['phone']}"
    return "|".join(str(data.get(k) or "") for k in ("name", "gender", "birth_date", "address", "skills"))


def _clean_row(values: dict[str, Any], headers: dict[str, str], rownum: int,
               issues: list[Issue]) -> dict[str, Any] | None:
    """Clean one row field by field, so every problem of the row is reported at once. A bad field
    keeps the row: that field is left empty and flagged (a warning); only a row without a usable
    name is not imported."""
    data: dict[str, Any] = {}
    failed = False
    left_empty = translate("importers.volunteers", "Imported with this field left empty; fill it in on the roster")
    # the ID goes last: the birth date and gender it carries win over typed ones
    for fld, raw in sorted(values.items(), key=lambda item: item[0] == "id_card"):
        if fld == "teams" or raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if fld == "id_card" and (shown := _excel_number_id(raw)) is not None and len(shown) != 15:
            issues.append(Issue(rownum, headers[fld], translate("importers.volunteers", "Excel stored the ID number as a number ({shown}); its last digits are lost").format(
                shown=shown), translate("importers.volunteers", "Imported without the ID number; type the full number on the roster (in Excel, set the column to “Text”)"),
                WARNING))
            continue
        try:
            data.update(clean_volunteer({fld: _cell_text(raw)}))
        except ValidationError as error:
            if fld == "name":
                issues.append(Issue(rownum, headers[fld], error.message,
                                    translate("importers.volunteers", "Correct it and import again (rows already imported are not added twice)")))
                failed = True
            else:
                issues.append(Issue(rownum, headers[fld], error.message, left_empty, WARNING))
    if not data.get("name") and not failed:
        issues.append(Issue(rownum, headers.get("name", ""), translate("importers.volunteers", "The name is empty"), translate("importers.volunteers", "Add the name, or delete the row")))
        failed = True
    if failed:
        return None
    if data.get("id_card") and values.get("gender") not in (None, ""):
        try:
            clean_volunteer({"id_card": data["id_card"], "gender": values["gender"]})
        except ValidationError as error:  # the ID's gender is kept
            issues.append(Issue(rownum, headers["gender"], error.message,
                                translate("importers.volunteers", "Imported with the gender the ID number gives; check the gender or the ID number"),
                                WARNING))
    return data


def known_people(session) -> tuple[set[str], set[str], dict[str, str], dict[tuple[str, str], str]]:
    """Live volunteers' ids, names, ID numbers -> name, and (name, phone) -> name: who is on the roster."""
    rows = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.phone, Volunteer.id_card)
                        .where(Volunteer.deleted_at.is_(None))).all()
    ids = {r[0] for r in rows}
    names = {r[1] for r in rows}
    cards = {r[3]: r[1] for r in rows if r[3]}
    name_phone = {(r[1], r[2]): r[1] for r in rows if r[2]}
    return ids, names, cards, name_phone


def plan_import(db, source: Source, *, progress: Progress | None = None) -> ImportPlan:
    """Clean and check every row; writes nothing."""
    if "name" not in source.mapping.values():
        raise UserError(translate("importers.volunteers", "No column has been chosen as “Name” yet. Choose the name column in the column mapping."))
    headers = source.headers
    col_header = {fld: headers[col] or translate("importers.volunteers", "Column {n}").format(n=col + 1) for col, fld in source.mapping.items()}
    plan = ImportPlan(source.table.source)
    with db.read() as session:
        ids, names, cards, name_phone = known_people(session)
        resolve = _TeamResolver(session.exec(select(Team.id, Team.name).where(Team.deleted_at.is_(None))).all())
    seen_card: dict[str, int] = {}
    seen_np: dict[tuple[str, str], int] = {}
    seen_key: dict[str, int] = {}
    data_rows = source.table.rows[source.header_index + 1:]
    station = db.station_id or ""
    for offset, row in enumerate(data_rows):
        rownum = source.header_index + 2 + offset
        if offset % 500 == 0:
            step(progress, offset, len(data_rows), translate("importers.volunteers", CANCELLED))
        values = {fld: row[col] if col < len(row) else None for col, fld in source.mapping.items()}
        if all(v in (None, "") or not normalize_text(v) for v in values.values()):
            continue
        plan.total += 1
        data = _clean_row(values, col_header, rownum, plan.issues)
        if data is None:
            plan.errors += 1
            continue
        card, np_key = data.get("id_card"), (data["name"], data.get("phone") or "")
        first = (seen_card.get(card) if card else None) or (seen_np.get(np_key) if np_key[1] else None)
        key = _row_key(data)
        first = first or seen_key.get(key)
        if first:
            plan.duplicates_in_file += 1
            plan.issues.append(Issue(rownum, "", translate("importers.volunteers", "The same person as row {first} ({name})").format(first=first, name=data["name"]),
                                     translate("importers.volunteers", "Delete the duplicate row; this row was not imported")))
            continue
        if card:
            seen_card[card] = rownum
        if np_key[1]:
            seen_np[np_key] = rownum
        seen_key[key] = rownum
        row_id = derived_id(station, "volunteer-import", key)
        known = (row_id in ids and data["name"]) or (card and cards.get(card)) or (np_key[1] and name_phone.get(np_key))
        if known:
            plan.already += 1
            plan.issues.append(Issue(rownum, "", translate("importers.volunteers", "“{name}” is on the roster already; row skipped").format(name=known),
                                     translate("importers.volunteers", "Nothing to do"), SKIP))
            continue
        if data["name"] in names and not card:
            plan.issues.append(Issue(rownum, col_header["name"], translate("importers.volunteers", "The roster already has someone called “{name}”").format(
                name=data["name"]), translate("importers.volunteers", "Imported; if it is the same person, merge the two records in the roster"), WARNING))
        team_ids = []
        for team_name in _SPLIT.split(normalize_text(values.get("teams") or "")):
            if not team_name:
                continue
            tid = resolve(team_name)
            if tid is None:
                plan.issues.append(Issue(rownum, col_header["teams"], translate("importers.volunteers", "There is no team called “{team}”").format(team=team_name),
                                         translate("importers.volunteers", "Imported but not added to that team; create it under “Teams” first, then set it in the roster"),
                                         WARNING))
            elif tid not in team_ids:
                team_ids.append(tid)
        data["id"] = row_id
        data["join_date"] = data.get("join_date") or date.today()
        data["_row"] = rownum
        plan.new_rows.append(data)
        plan.memberships.append(team_ids)
    plan.issues.sort(key=lambda i: i.row)
    return plan


def field_label(fld: str) -> str:
    return headers_field_label(fld)
