"""The wire schema (desktop.sync.schema) and the one stamp parser (desktop.sync.clock)."""

from __future__ import annotations

import math

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlmodel import SQLModel

from desktop.models.base import NOT_DATA, SYNCED
from desktop.sync import protocol, schema, schema_derive
from desktop.sync.clock import HybridClock, Stamp, is_stamp
from desktop.sync.wire import from_wire, to_wire

STATION = "01a230ab-bddd-74af-b2a3-d5e65c5c7b42"


def test_the_generated_rules_are_the_models_own():
    """The server reads desktop/sync/wire_rules.py (it never loads the tables): it must be derive()'s."""
    assert schema.all_rules() == schema_derive.derive(), "run: python -m desktop.sync.schema_derive"
    assert schema.NOT_DATA == NOT_DATA
    assert set(schema.all_rules()) == set(SYNCED)


def test_every_synced_column_has_a_rule():
    """Walks the SQLModel metadata itself, so a new column cannot be forgotten."""
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in SYNCED:
            continue
        rules = schema.rules(table.name)
        for column in table.columns:
            if column.name in NOT_DATA:
                continue
            assert column.name in rules, f"{table.name}.{column.name} has no wire rule"
            rule = rules[column.name]
            assert rule.kind in ("text", "id", "int", "float", "bool", "datetime", "date")
            assert rule.nullable == bool(column.nullable)
            if rule.kind == "text":
                assert rule.max_length, f"{table.name}.{column.name}: text without a maximum length"


def test_a_column_type_without_a_rule_fails_loudly():
    column = sa.Column("blob", sa.LargeBinary)
    sa.Table("t_no_rule", sa.MetaData(), column)
    with pytest.raises(schema_derive.NoRule):
        schema_derive._rule_for("t_no_rule", column)


BAD = [  # (entity, field, value, what the message says)
    ("volunteer", "note", "x" * 15_000_000, "文字太长"),
    ("activity", "residents_reached", 10 ** 30, "64 位"),
    ("activity", "residents_reached", float("nan"), "应为整数"),
    ("activity", "residents_reached", True, "应为整数"),
    ("activity", "start_at", "not a date", "ISO"),
    ("activity", "start_at", 1764000000, "应为"),
    ("activity", "start_at", "2026-12-01T10:00:00+08:00", "时区"),
    ("volunteer", "birth_date", "2026-13-45", "ISO"),
    ("volunteer", "name", "\ud800", "Unicode"),
    ("volunteer", "name", None, "不能为空"),
    ("team_member", "volunteer_id", "../../etc", "编号"),
    ("volunteer", "station_id", "01a230ab-0000-0000-0000-00000000000\n", "编号"),
    ("volunteer", "field_clocks", "{}", "记账字段"),
    ("volunteer", "newer_field", "y" * 5000, "文字太长"),
    ("newer_table", "value", float("inf"), "有限"),
    ("volunteer", "flagged", [1, 2], "简单值"),
]


@pytest.mark.parametrize("entity, field, value, what", BAD, ids=[f"{b[0]}.{b[1]}-{i}" for i, b in enumerate(BAD)])
def test_bad_values_are_refused_naming_entity_field_and_rule(entity, field, value, what):
    with pytest.raises(schema.Problem) as caught:
        schema.check_fields(entity, {field: value}, STATION)
    message = caught.value.message
    assert entity in message and field in message and "规则" in message and what in message, message


def test_good_values_and_unknown_fields_pass():
    schema.check_fields("volunteer", {"name": "张三", "station_id": STATION, "birth_date": "1960-05-01",
                                      "a_field_from_a_newer_version": "kept"}, STATION)
    schema.check_fields("a_table_from_a_newer_version", {"anything": 1.5, "flag": True}, STATION)
    schema.check_fields("activity", {"start_at": "2026-12-01T10:00:00", "residents_reached": 2 ** 63 - 1}, STATION)


NON_CANONICAL = [
    "００００００１７６４０００００００-0000-site1",  # full-width digits
    "0001764000000_00-0000-site1", "+001764000000000-0000-site1", "0001764000000 00-0000-site1",
    "0001764000000000-00AB-site1",  # upper-case hex
    "0001764000000000-000g-site1", "001764000000000-0000-site1", "00001764000000000-0000-site1",
    "0001764000000000-0000-", "0001764000000000-0000-si-te", "0001764000000000-0000-site1\n",
    "0001764000000000-0000-sité", "0001764000000000-00000-site1", "-1764000000000000-0000-site1",
    "0001764000000000-0000-" + "s" * 33, "", "0001764000000000",
]


@pytest.mark.parametrize("text", NON_CANONICAL)
def test_the_one_stamp_parser_refuses_every_non_canonical_form(text):
    assert not is_stamp(text)
    with pytest.raises(ValueError):
        Stamp.decode(text)
    with pytest.raises(ValidationError):
        protocol.Entry(id="e1", entity="volunteer", row_id="r1", station_id=STATION, fields={"name": "x"},
                       hlc=text, site="site1")


@given(st.integers(0, 10 ** 16 - 1), st.integers(0, 0xFFFF), st.from_regex(r"\A[0-9A-Za-z_]{1,32}\Z"))
def test_canonical_stamps_round_trip_and_sort_like_tuples(wall, counter, site):
    stamp = Stamp(wall, counter, site)
    assert is_stamp(stamp.encode()) and Stamp.decode(stamp.encode()) == stamp
    other = Stamp(wall, min(counter + 1, 0xFFFF), site)
    assert (stamp.encode() <= other.encode()) == (stamp <= other)


def test_clock_stamps_are_canonical():
    clock = HybridClock("3f2a9c1b7d4e5f60")
    assert all(is_stamp(clock.tick()) for _ in range(100))


scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 70), 2 ** 70), st.floats(allow_nan=True),
                    st.text(max_size=30), st.dates().map(str), st.datetimes().map(lambda d: d.isoformat()),
                    st.lists(st.integers(), max_size=2))
columns = st.sampled_from([(e, f) for e in sorted(SYNCED) for f in schema.rules(e)])


@settings(max_examples=400, deadline=None)
@given(columns, scalars)
def test_whatever_the_schema_accepts_converts_to_the_column_type_and_back(column, value):
    """Any value of any type for any field: refused, or usable by the PC (the conversion cannot fail)."""
    entity, field = column
    if not schema.is_valid(entity, {field: value}):
        return
    converted = from_wire(entity, field, value)
    back = to_wire(converted)
    assert schema.is_valid(entity, {field: back})
    if isinstance(value, float):
        assert math.isfinite(value)
