"""The wire schema: for every synced entity and field, the rule its value keeps.

One schema, used by the county server before it accepts a push and by the PC
before it applies a pulled entry. It is derived from the SQLModel metadata
(desktop.models.base.SYNCED) by `derive()`, so a new column cannot be
forgotten: a column whose type has no rule makes `derive()` raise, and a test
walks every column. The county server never loads the desktop tables (an
import-linter contract), so the derived rules are kept, generated, in
desktop/sync/wire_rules.py:

    python -m desktop.sync.schema_derive     # regenerate after changing a synced model

and tests/sync/test_schema.py fails when that file differs from `derive()`.

    Rule(kind, nullable, max_length)   kind: text | id | int | float | bool | datetime | date

- datetimes and dates are ISO strings (naive, years 1900..2999);
- integers are JSON integers within the signed 64-bit range (not booleans);
- floats are finite;
- text is valid Unicode (no lone surrogates, no NUL) up to the column's max_length,
  or TEXT_MAX for columns without one (LONG_TEXT for a few named columns);
- foreign keys (and `station_id`) are ids: [0-9A-Za-z-]{1,36};
- a column that is not nullable refuses null.

Fields a newer client sends that this version does not know (or whole
tables) pass through within size bounds (UNKNOWN: any scalar, text up to
UNKNOWN_TEXT_MAX): the version rule of desktop.sync.protocol stays.

`check_fields(entity, fields, station_id)` raises `Problem`, whose Chinese
`message` names the entity, the field and the rule.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

import orjson

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.sync.wire_rules import RULES

NOT_DATA = frozenset({"id", "field_clocks"})  # as desktop.models.base.NOT_DATA (a test checks)

INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1
TEXT_MAX = 20_000  # characters, for text columns without a max_length
LONG_TEXT = {("setting", "value"): 65_536}
UNKNOWN_TEXT_MAX = 4_000  # a field this version does not know
FIELDS_MAX_BYTES = 256 * 1024  # all fields of one entry, as canonical JSON (UTF-8)
MAX_FIELDS = 200
YEAR_MIN, YEAR_MAX = 1900, 2999

ID = re.compile(r"[0-9A-Za-z-]{1,36}", re.ASCII)
FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}", re.ASCII)
ENTITY_NAME = re.compile(r"[a-z][a-z0-9_]{0,49}", re.ASCII)

_KIND_TEXT = {
    "text": QT_TRANSLATE_NOOP("sync.schema", "text"), "id": QT_TRANSLATE_NOOP("sync.schema", "an id (1 to 36 letters, digits or -)"), "int": QT_TRANSLATE_NOOP("sync.schema", "an integer in the 64-bit range"),
    "float": QT_TRANSLATE_NOOP("sync.schema", "a finite number"), "bool": QT_TRANSLATE_NOOP("sync.schema", "true or false"),
    "datetime": QT_TRANSLATE_NOOP("sync.schema", "an ISO date and time without time zone (years 1900–2999)"),
    "date": QT_TRANSLATE_NOOP("sync.schema", "an ISO date YYYY-MM-DD (years 1900–2999)"), "any": QT_TRANSLATE_NOOP("sync.schema", "a simple value (text, number, true/false or empty)"),
}


@dataclass(frozen=True)
class Rule:
    kind: str
    nullable: bool
    max_length: int | None = None

    def describe(self) -> str:
        text = translate("sync.schema", _KIND_TEXT[self.kind])
        if self.max_length and self.kind in ("text", "any"):
            text += translate("sync.schema", ", at most {n} characters").format(n=self.max_length)
        if not self.nullable:
            text += translate("sync.schema", ", not empty")
        return text

    def broken(self, value: Any) -> str | None:
        """None if the value keeps the rule, else what is wrong (Chinese)."""
        if value is None:
            return None if self.nullable else translate("sync.schema", "must not be empty")
        kind = self.kind
        if kind == "any":
            if isinstance(value, str):
                return _text_problem(value, self.max_length)
            if isinstance(value, bool):
                return None
            if isinstance(value, int):
                return None if INT_MIN <= value <= INT_MAX else translate("sync.schema", "integer outside the 64-bit range")
            if isinstance(value, float):
                return None if math.isfinite(value) else translate("sync.schema", "number not finite (NaN or infinity)")
            return translate("sync.schema", "only a simple value (text, number, true/false or empty)")
        if kind == "bool":
            return None if isinstance(value, bool) else translate("sync.schema", "must be true or false")
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return translate("sync.schema", "must be an integer")
            return None if INT_MIN <= value <= INT_MAX else translate("sync.schema", "integer outside the 64-bit range")
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, int | float):
                return translate("sync.schema", "must be a number")
            if isinstance(value, int):
                return None if INT_MIN <= value <= INT_MAX else translate("sync.schema", "number out of range")
            return None if math.isfinite(value) else translate("sync.schema", "number not finite (NaN or infinity)")
        if not isinstance(value, str):
            return translate("sync.schema", "must be {kind}").format(kind=translate("sync.schema", _KIND_TEXT[kind]))
        if kind == "id":
            return None if ID.fullmatch(value) else translate("sync.schema", "not a valid id")
        if kind == "datetime":
            return _datetime_problem(value)
        if kind == "date":
            return _date_problem(value)
        return _text_problem(value, self.max_length)


def _text_problem(value: str, limit: int | None) -> str | None:
    if limit is not None and len(value) > limit:
        return translate("sync.schema", "text too long ({n} characters, the limit is {limit})").format(n=len(value), limit=limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return translate("sync.schema", "contains invalid Unicode characters")
    if "\x00" in value:
        return translate("sync.schema", "contains a null character (\\u0000)")
    return None


def _datetime_problem(value: str) -> str | None:
    if len(value) > 32 or not value.isascii():
        return translate("sync.schema", "not an ISO date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return translate("sync.schema", "not an ISO date and time")
    if parsed.tzinfo is not None:
        return translate("sync.schema", "a date and time may not carry a time zone")
    if not YEAR_MIN <= parsed.year <= YEAR_MAX:
        return translate("sync.schema", "year outside {low}–{high}").format(low=YEAR_MIN, high=YEAR_MAX)
    return None


def _date_problem(value: str) -> str | None:
    if len(value) > 32 or not value.isascii():
        return translate("sync.schema", "not an ISO date")
    try:
        parsed = date.fromisoformat(value[:10])
        if len(value) > 10:
            datetime.fromisoformat(value)
    except ValueError:
        return translate("sync.schema", "not an ISO date")
    if not YEAR_MIN <= parsed.year <= YEAR_MAX:
        return translate("sync.schema", "year outside {low}–{high}").format(low=YEAR_MIN, high=YEAR_MAX)
    return None


UNKNOWN = Rule("any", True, UNKNOWN_TEXT_MAX)


_RULES = {entity: {name: Rule(*spec) for name, spec in fields.items()} for entity, fields in RULES.items()}


def rules(entity: str) -> dict[str, Rule]:
    """field -> rule for a synced entity (its data columns); {} for a table this version does not know."""
    return _RULES.get(entity, {})


def all_rules() -> dict[str, dict[str, Rule]]:
    return {entity: rules(entity) for entity in sorted(_RULES)}


@cache
def fingerprint() -> str:
    """Changes whenever a rule does: entries quarantined under another fingerprint are retried."""
    text = json.dumps({e: {f: [r.kind, r.nullable, r.max_length] for f, r in fs.items()}
                       for e, fs in all_rules().items()}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Problem(ValueError):
    """An entry that breaks the wire schema."""

    def __init__(self, entity: str, field: str, rule: str, broken: str):
        self.entity, self.field, self.rule, self.broken = entity, field, rule, broken
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = (translate("sync.schema", "table {entity} field {field}").format(entity=self.entity[:50], field=self.field[:64]) if self.field
                 else translate("sync.schema", "table {entity}").format(entity=self.entity[:50]))
        return translate("sync.schema", "{where}: {broken} (rule: {rule})").format(where=where, broken=self.broken, rule=self.rule)

    def as_dict(self) -> dict[str, str]:
        return {"entity": self.entity[:50], "field": self.field[:64], "rule": self.rule, "problem": self.broken}


def check_fields(entity: str, fields: Any, station_id: str | None = None) -> None:
    """Raise Problem unless `fields` keeps the schema of `entity`. (A row's `station_id` field may name
    another station: a residents' request dispatched by the county is copied into every station
    it concerns; the boundary is the entry's own station_id, checked by the server.)

    Fast where it can be, as every pushed and pulled entry passes here: the fields are encoded once
    (orjson), which gives their size and proves that no text in them holds a lone surrogate (orjson
    refuses those) or a NUL (it would show as \\u0000); the text rules then only need the length."""
    if not isinstance(entity, str) or (entity not in _RULES and not ENTITY_NAME.fullmatch(entity)):
        raise Problem(str(entity), "", translate("sync.schema", "a table name is lower-case letters, digits and underscores"), translate("sync.schema", "not a valid table name"))
    if not isinstance(fields, dict) or not 1 <= len(fields) <= MAX_FIELDS:
        raise Problem(entity, "", translate("sync.schema", "an entry changes 1 to {n} fields").format(n=MAX_FIELDS), translate("sync.schema", "wrong number of fields"))
    try:
        encoded = orjson.dumps(fields)
        size, clean = len(encoded), b"\\u0000" not in encoded
    except TypeError:  # a lone surrogate, a key that is not text, an integer past 64 bits: refused below
        size, clean = None, False
    known = _RULES.get(entity, {})
    for name, value in fields.items():
        rule = known.get(name)  # a known name is a valid one
        if rule is None:
            if not isinstance(name, str) or not FIELD_NAME.fullmatch(name):
                raise Problem(entity, str(name), translate("sync.schema", "a field name is lower-case letters, digits and underscores"), translate("sync.schema", "not a valid field name"))
            if name in NOT_DATA:
                raise Problem(entity, name, translate("sync.schema", "bookkeeping fields are not synced"), translate("sync.schema", "must not appear in synced data"))
            rule = UNKNOWN
        ok = None
        if clean and value.__class__ is str:
            if rule.kind in _TEXTUAL:
                if rule.max_length is None or len(value) <= rule.max_length:
                    continue
            else:
                ok = _KNOWN_GOOD.get(rule.kind)
                if ok is not None and value in ok:
                    continue
        broken = rule.broken(value)
        if broken:
            raise Problem(entity, name, rule.describe(), broken)
        if ok is not None:  # ids and dates repeat across entries (a sign-in names its activity and person)
            if len(ok) >= KNOWN_GOOD_MAX:
                ok.clear()
            ok.add(value)
    if size is None:
        size = len(json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))
    if size > FIELDS_MAX_BYTES:
        raise Problem(entity, "", translate("sync.schema", "an entry is at most {n} KB").format(n=FIELDS_MAX_BYTES // 1024),
                      translate("sync.schema", "data too large ({n} KB)").format(n=size // 1024))


_TEXTUAL = frozenset({"text", "any"})
# values of these kinds that kept their rule (the rule depends on the value alone), bounded
_KNOWN_GOOD: dict[str, set[str]] = {"id": set(), "datetime": set(), "date": set()}
KNOWN_GOOD_MAX = 200_000


def first_problem(items: Sequence[tuple[str, Any]], sizes: Sequence[int] | None = None) -> tuple[int, Problem] | None:
    """The first of a batch of (entity, fields) that breaks the schema, as (its index, the Problem), or None.

    The same rules as check_fields, checked a column at a time: the entries are grouped by table, and each
    field's values in the batch are checked together by the rule compiled for it (types as a set, lengths
    by max, text once joined, ids, dates and times once per distinct value). `sizes`: each field map's
    length as compact JSON (UTF-8), when the caller has encoded them. Only when that finds something does
    each entry go through check_fields, in order, for the exact entry and message."""
    if _batch_ok(items, sizes):
        return None
    for n, (entity, fields) in enumerate(items):
        try:
            check_fields(entity, fields)
        except Problem as problem:
            return n, problem
    return None


def _batch_ok(items: Sequence[tuple[str, Any]], sizes: Sequence[int] | None) -> bool:
    if sizes is None:
        try:
            sizes = [len(orjson.dumps(fields)) for _, fields in items]
        except TypeError:
            return False
    if sizes and max(sizes) > FIELDS_MAX_BYTES:
        return False
    tables: dict[Any, list] = {}
    for entity, fields in items:
        group = tables.get(entity)
        if group is None:
            tables[entity] = [fields]
        else:
            group.append(fields)
    return all(_table_ok(entity, group) for entity, group in tables.items())


def _table_ok(entity: Any, group: list) -> bool:
    known = _RULES.get(entity) if isinstance(entity, str) else None
    if known is None:
        if not isinstance(entity, str) or not ENTITY_NAME.fullmatch(entity):
            return False
        known = {}
    if set(map(type, group)) != _DICT:
        return False
    sizes = list(map(len, group))
    if min(sizes) == 0 or max(sizes) > MAX_FIELDS:
        return False
    names = set().union(*group)
    whole = len(names) == sizes[0] == min(sizes) == max(sizes)  # every map has every name (a first push's rows)
    for name in names:
        rule = known.get(name)
        if rule is None:
            if not isinstance(name, str) or not FIELD_NAME.fullmatch(name) or name in NOT_DATA:
                return False
            rule = UNKNOWN
        column = list(map(itemgetter(name), group)) if whole else [f[name] for f in group if name in f]
        if not column_ok(rule, column):
            return False
    return True


_NONE = type(None)
_DICT = {dict}


def column_ok(rule: Rule, values: list) -> bool:
    """True only if every value keeps `rule`: a quick proof over a whole column (a push batch, a
    snapshot batch). False: look closer, value by value (`Rule.broken`)."""
    kinds = set(map(type, values))
    if _NONE in kinds:
        if not rule.nullable:
            return False
        kinds.discard(_NONE)
        values = [v for v in values if v is not None]
        if not values:
            return True
    kind = rule.kind
    if kinds == _STR:
        if kind in _TEXTUAL:
            if rule.max_length is not None and max(map(len, values)) > rule.max_length:
                return False
            joined = "".join(values)
            if "\x00" in joined:
                return False
            try:
                joined.encode("utf-8")
            except UnicodeEncodeError:
                return False
            return True
        ok = _KNOWN_GOOD.get(kind)
        if ok is None:
            return False
        fresh = set(values).difference(ok)
        if kind == "id":
            match = ID.fullmatch
            if not all(match(v) for v in fresh):
                return False
        else:
            problem = _datetime_problem if kind == "datetime" else _date_problem
            if any(problem(v) is not None for v in fresh):
                return False
        if len(ok) + len(fresh) > KNOWN_GOOD_MAX:
            ok.clear()
        ok.update(fresh)
        return True
    if kind == "int" or (kind == "any" and kinds == _INT):
        return kinds == _INT and INT_MIN <= min(values) and max(values) <= INT_MAX
    if kind == "bool":
        return kinds == _BOOL
    if kind == "float" and kinds <= _NUMBER:
        ints = [v for v in values if v.__class__ is int]
        if ints and not (INT_MIN <= min(ints) and max(ints) <= INT_MAX):
            return False
        return all(math.isfinite(v) for v in values if v.__class__ is float)
    if kind == "any":  # mixed simple values of a field this version does not know
        return all(rule.broken(v) is None for v in values)
    return False


_STR, _INT, _BOOL, _NUMBER = frozenset({str}), frozenset({int}), frozenset({bool}), frozenset({int, float})


def is_valid(entity: str, fields: Any, station_id: str | None = None) -> bool:
    try:
        check_fields(entity, fields, station_id)
    except Problem:
        return False
    return True


__all__ = ["FIELDS_MAX_BYTES", "UNKNOWN", "Problem", "Rule", "all_rules", "check_fields", "column_ok", "fingerprint",
           "first_problem", "is_valid", "rules"]

