"""GB 11643 ID numbers, phones and the text normaliser."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.validators import (
    check_digit,
    mask_id_card,
    normalize_name,
    normalize_phone,
    normalize_political_status,
    normalize_text,
    parse_id_card,
)

regions = st.sampled_from(["110105", "610721", "140402", "360982", "320583", "440305"])
births = st.dates(min_value=date(1920, 1, 1), max_value=date(2008, 12, 31))


@st.composite
def id_cards(draw):
    first17 = f"{draw(regions)}{draw(births):%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return first17 + check_digit(first17)


@given(id_cards())
def test_valid_numbers_parse_and_derive(number):
    card = parse_id_card(number)
    assert card.number == number
    assert card.birth_date.strftime("%Y%m%d") == number[6:14]
    assert card.gender == ("男" if int(number[16]) % 2 else "女")


@given(id_cards(), st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_error_is_caught(number, position, delta):
    digit = (int(number[position]) + delta) % 10
    broken = number[:position] + str(digit) + number[position + 1:]
    with pytest.raises(ValidationError) as caught:
        parse_id_card(broken)
    assert "身份证号" in caught.value.message


@given(id_cards())
def test_lowercase_x_spaces_and_full_width_are_cleaned(number):
    messy = " ".join(number[:6]) + "\u3000" + number[6:].lower()
    messy = messy.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert parse_id_card(messy).number == number


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), regions, st.integers(0, 999))
def test_fifteen_digit_form_upgrades(born, region, seq):
    old = f"{region}{born:%y%m%d}{seq:03d}"
    card = parse_id_card(old)
    assert card.upgraded_from_15 and card.number[:17] == f"{region}{born:%Y%m%d}{seq:03d}"
    assert card.number[17] == check_digit(card.number[:17])


@pytest.mark.parametrize("raw, needle", [
    ("4.10102E+17", "科学计数法"), ("41010219900101", "18 位"), ("991010199001011234", "省份"),
    ("110105199013011234", "出生日期"), ("", "为空"),
])
def test_bad_numbers_get_chinese_messages(raw, needle):
    with pytest.raises(ValidationError, match=needle):
        parse_id_card(raw)


def test_future_birth_date_is_refused():
    born = date.today() + timedelta(days=30)
    first17 = f"110105{born:%Y%m%d}123"
    with pytest.raises(ValidationError, match="不合理"):
        parse_id_card(first17 + check_digit(first17))


def test_mask():
    assert mask_id_card("11010519491231002X") == "110105********002X"
    assert mask_id_card(None) == ""


@pytest.mark.parametrize("raw, clean", [
    ("138 0013 8000", "13800138000"), ("+8613800138000", "13800138000"), ("13800138000.0", "13800138000"),
    ("0916-2345678", "0916-2345678"), ("", ""), ("１３８００１３８０００", "13800138000"),
])
def test_phones(raw, clean):
    assert normalize_phone(raw) == clean


@pytest.mark.parametrize("raw", ["12345", "23800138000", "1.38001E+10"])
def test_bad_phones(raw):
    with pytest.raises(ValidationError, match="电话号码"):
        normalize_phone(raw)


@given(st.text())
def test_normaliser_is_idempotent_and_trimmed(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip() and "  " not in once


def test_names_and_political_status():
    assert normalize_name(" 张\u3000三 ") == "张三"
    assert normalize_name("Ali  Khan") == "Ali Khan"
    assert normalize_political_status("党员") == "中共党员"
    with pytest.raises(ValidationError, match="政治面貌"):
        normalize_political_status("外星人")
