"""Validation and normalisation of what people type or import.

ID-card numbers follow GB 11643-1999 (18 characters, ISO 7064 MOD 11-2 check
digit); the legacy 15-digit form (GB 11643-1989) is upgraded. Hand-written
because no maintained PyPI library does GB 11643 check digits and the
15->18 upgrade with Chinese messages; the algorithm is a dozen lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from desktop.errors import ValidationError
from desktop.i18n import translate

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# First two digits: province-level codes of GB/T 2260.
_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83", "91",
}


def normalize_text(value: object) -> str:
    """Full-width to half-width, collapse inner white space, trim."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = text.replace("\u3000", " ").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", text).strip()


def normalize_name(value: object) -> str:
    """Chinese names lose all inner spaces ("张 三" -> "张三"); other names keep single spaces."""
    text = normalize_text(value)
    if re.fullmatch(r"[\u4e00-\u9fff·\s]+", text):
        text = text.replace(" ", "")
    return text


def check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


@dataclass(frozen=True)
class IdCard:
    number: str
    birth_date: date
    gender: str  # "男" or "女"
    upgraded_from_15: bool = False


def parse_id_card(raw: object, *, today: date | None = None) -> IdCard:
    """Validate and normalise an ID-card number; raise ValidationError in Chinese."""
    text = normalize_text(raw).replace(" ", "").replace("-", "").upper()
    if not text:
        raise ValidationError(translate("validators", "The ID number is empty."), field="id_card")
    if re.fullmatch(r"\d(\.\d+)?E\+?\d+", text):
        raise ValidationError(
            translate("validators", "Excel turned the ID number “{text}” into scientific notation and its last digits are lost. Set the column to “Text” in Excel and type the full number again.").format(
                text=text),
            field="id_card",
        )
    upgraded = False
    if re.fullmatch(r"\d{15}", text):
        first17 = text[:6] + "19" + text[6:]
        text = first17 + check_digit(first17)
        upgraded = True
    if not re.fullmatch(r"\d{17}[\dX]", text):
        raise ValidationError(
            translate("validators", "The ID number “{text}” must have 18 characters (the last may be X); it has {n}. Check it and type it again.").format(
                text=text, n=len(text)),
            field="id_card",
        )
    if text[:2] not in _PROVINCES:
        raise ValidationError(translate("validators", "The first two digits of the ID number “{text}” (the province code) do not exist; please check.").format(
            text=text), field="id_card")
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise ValidationError(
            translate("validators", "The date of birth {born} in the ID number “{text}” is not a valid date; please check.").format(
                born=text[6:14], text=text), field="id_card"
        ) from None
    today = today or date.today()
    if born > today or born.year < 1900:
        raise ValidationError(translate("validators", "The date of birth {born} in the ID number “{text}” is not plausible; please check.").format(
            born=born.isoformat(), text=text), field="id_card")
    expected = check_digit(text[:17])
    if text[17] != expected:
        raise ValidationError(
            translate("validators", "The check digit of the ID number “{text}” is wrong (the last one should be {expected}); a digit may be mistyped, please check.").format(
                text=text, expected=expected),
            field="id_card",
        )
    gender = "男" if int(text[16]) % 2 == 1 else "女"
    return IdCard(text, born, gender, upgraded)


def mask_id_card(number: str | None) -> str:
    """Show the region and the last four: 110101********1234."""
    if not number:
        return ""
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")


def normalize_phone(raw: object) -> str:
    """Return a cleaned mobile (11 digits) or landline (区号-号码); raise ValidationError."""
    text = normalize_text(raw).replace(" ", "").replace("－", "-")
    if not text:
        return ""
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if re.fullmatch(r"\d(\.\d+)?E\+?\d+", text.upper()):
        raise ValidationError(translate("validators", "Excel turned the phone number “{text}” into scientific notation; set the column to text and type it again.").format(
            text=text), field="phone")
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    digits = text.replace("-", "")
    if _MOBILE.fullmatch(digits):
        return digits
    if _LANDLINE.fullmatch(text) or (digits.startswith("0") and 10 <= len(digits) <= 12 and digits.isdigit()):
        return text
    raise ValidationError(
        translate("validators", "The phone number “{text}” is not right: a mobile number has 11 digits starting with 1; write a landline as “area code-number”.").format(
            text=text),
        field="phone",
    )


POLITICAL_STATUSES = ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众")


def normalize_political_status(raw: object) -> str:
    text = normalize_text(raw).replace(" ", "")
    if not text:
        return ""
    aliases = {
        "党员": "中共党员", "共产党员": "中共党员", "中国共产党党员": "中共党员",
        "预备党员": "中共预备党员", "团员": "共青团员", "共青团": "共青团员",
        "无党派": "群众", "无党派人士": "群众", "普通群众": "群众",
    }
    text = aliases.get(text, text)
    if text not in POLITICAL_STATUSES:
        raise ValidationError(
            translate("validators", "The political status “{text}” is not recognised; write one of: {choices}.").format(
                text=text, choices=translate("validators", ", ").join(POLITICAL_STATUSES)), field="political_status"
        )
    return text


def is_party_member(status: str | None) -> bool:
    return status in ("中共党员", "中共预备党员")


def normalize_gender(raw: object) -> str:
    text = normalize_text(raw).replace(" ", "")
    mapping = {"男": "男", "女": "女", "男性": "男", "女性": "女", "m": "男", "f": "女", "M": "男", "F": "女"}
    if not text:
        return ""
    if text not in mapping:
        raise ValidationError(translate("validators", "The gender “{text}” is not recognised; write “男” (male) or “女” (female).").format(text=text),
                              field="gender")
    return mapping[text]
