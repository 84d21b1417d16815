"""Volunteer import: spreadsheet -> checked rows and a per-row report -> one transaction.

Three steps, so the wizard can show each: `open_source` reads the file and
guesses the header row and the columns; `plan_import` cleans and checks
every row against the file and the roster (writes nothing); `apply_import`
adds the new rows in one transaction, so a cancel leaves the roster as it
was. Ids of imported rows are derived from the person (ID number, or name
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
from desktop.importers.headers import FIELD_LABELS, find_header_row, guess_mapping
from desktop.importers.table import Table, read_table
from desktop.models import Team, TeamMember, Volunteer, derived_id
from desktop.progress import Progress, step
from desktop.services.audit import audit
from desktop.services.volunteers import clean_volunteer
from desktop.sync.journal import bulk_insert
from desktop.validators import normalize_text

ERROR, WARNING, SKIP = "error", "warning", "skip"
BATCH = 500
_SPLIT = re.compile(r"[、,，;；/\s]+")


CANCELLED = "已取消导入，台账没有任何改动。"


@dataclass(frozen=True)
class Issue:
    row: int  # spreadsheet row number, as Excel shows it
    column: str  # the column's header text ("" for the whole row)
    problem: str
    suggestion: str
    level: str = ERROR  # error: row not imported; warning: imported, check it; skip: already on the roster

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
        raise UserError(f"文件“{table.source}”是空的，没有可导入的内容。")
    header = find_header_row(table.rows)
    if header is None:
        raise UserError(f"在“{table.source}”的前 20 行里没有找到表头（至少要有“姓名”列和另一列，如“身份证号”“联系电话”）。"
                        "请检查是否选错了文件，或在向导中手动指定表头所在行。")
    return Source(table, header, guess_mapping(table.rows[header]))


def set_header_row(source: Source, index: int) -> Source:
    if not 0 <= index < len(source.table.rows):
        raise UserError(f"表头行号应在 1 到 {len(source.table.rows)} 之间。")
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
    """Clean one row field by field, so every problem of the row is reported at once."""
    data: dict[str, Any] = {}
    failed = False
    # the ID goes last: the birth date and gender it carries win over typed ones
    for fld, raw in sorted(values.items(), key=lambda item: item[0] == "id_card"):
        if fld == "teams" or raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if fld == "id_card" and (shown := _excel_number_id(raw)) is not None and len(shown) != 15:
            issues.append(Issue(rownum, headers[fld], f"身份证号被 Excel 存成了数字（{shown}），后几位已经丢失",
                                "在 Excel 中把该列设为“文本”格式，重新输入完整号码后再导入本行"))
            failed = True
            continue
        try:
            data.update(clean_volunteer({fld: _cell_text(raw)}))
        except ValidationError as error:
            issues.append(Issue(rownum, headers[fld], error.message, "改正后重新导入（已导入的行不会重复添加）"))
            failed = True
    if not data.get("name") and not failed:
        issues.append(Issue(rownum, headers.get("name", ""), "姓名为空", "补上姓名，或删除这一行"))
        failed = True
    if failed:
        return None
    if data.get("id_card") and values.get("gender") not in (None, ""):
        try:
            clean_volunteer({"id_card": data["id_card"], "gender": values["gender"]})
        except ValidationError as error:
            issues.append(Issue(rownum, headers["gender"], error.message, "核对性别或身份证号"))
            return None
    return data


def _existing(session) -> tuple[set[str], set[str], dict[str, str], dict[tuple[str, str], str]]:
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
        raise UserError("还没有指定哪一列是“姓名”。请在列对应中选择姓名列。")
    headers = source.headers
    col_header = {fld: headers[col] or f"第{col + 1}列" for col, fld in source.mapping.items()}
    plan = ImportPlan(source.table.source)
    with db.read() as session:
        ids, names, cards, name_phone = _existing(session)
        resolve = _TeamResolver(session.exec(select(Team.id, Team.name).where(Team.deleted_at.is_(None))).all())
    seen_card: dict[str, int] = {}
    seen_np: dict[tuple[str, str], int] = {}
    seen_key: dict[str, int] = {}
    data_rows = source.table.rows[source.header_index + 1:]
    station = db.station_id or ""
    for offset, row in enumerate(data_rows):
        rownum = source.header_index + 2 + offset
        if offset % 500 == 0:
            step(progress, offset, len(data_rows), CANCELLED)
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
            plan.issues.append(Issue(rownum, "", f"与第 {first} 行是同一个人（{data['name']}）",
                                     "删除重复的一行；本行没有导入"))
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
            plan.issues.append(Issue(rownum, "", f"“{known}”已在台账中，本行跳过", "无需处理", SKIP))
            continue
        if data["name"] in names and not card:
            plan.issues.append(Issue(rownum, col_header["name"], f"台账中已有同名的“{data['name']}”",
                                     "已导入；如是同一人，请在名册中合并两条记录", WARNING))
        team_ids = []
        for team_name in _SPLIT.split(normalize_text(values.get("teams") or "")):
            if not team_name:
                continue
            tid = resolve(team_name)
            if tid is None:
                plan.issues.append(Issue(rownum, col_header["teams"], f"没有名为“{team_name}”的队伍",
                                         "已导入但未加入该队伍；请先在“队伍”中建立，再到名册中设置", WARNING))
            elif tid not in team_ids:
                team_ids.append(tid)
        data["id"] = row_id
        data["join_date"] = data.get("join_date") or date.today()
        data["_row"] = rownum
        plan.new_rows.append(data)
        plan.memberships.append(team_ids)
    plan.issues.sort(key=lambda i: i.row)
    return plan


def apply_import(db, plan: ImportPlan, *, actor: str = "导入",
                 progress: Progress | None = None) -> int:
    """Add the plan's new rows in one transaction; returns how many were added.

    Rows that reached the roster since the plan was made are left out.
    Cancelling (progress returns False) rolls everything back.
    """
    with db.session(actor) as session:
        ids, _names, cards, name_phone = _existing(session)
        rows, links = [], []
        for data, teams in zip(plan.new_rows, plan.memberships, strict=True):
            if data["id"] in ids or (data.get("id_card") and data["id_card"] in cards) or (
                    data.get("phone") and (data["name"], data["phone"]) in name_phone):
                continue
            rows.append({k: v for k, v in data.items() if k != "_row"})
            links.extend({"id": derived_id(t, data["id"]), "team_id": t, "volunteer_id": data["id"]} for t in teams)
        total = len(rows)
        for start in range(0, total, BATCH):
            bulk_insert(session, Volunteer, rows[start:start + BATCH])
            step(progress, min(start + BATCH, total), total, CANCELLED)
        for start in range(0, len(links), BATCH):
            bulk_insert(session, TeamMember, links[start:start + BATCH])
        if total:
            audit(session, actor, "volunteer.import", "volunteer", "", file=plan.source, added=total)
    return total


def field_label(fld: str) -> str:
    return FIELD_LABELS.get(fld, fld)
