"""Find the header row (often under merged title rows) and guess which column is which."""

from __future__ import annotations

import re

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.validators import normalize_text

# field -> its name as shown (translated where shown: field_label)
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("importers.headers", "Name"), "gender": QT_TRANSLATE_NOOP("importers.headers", "Gender"), "id_card": QT_TRANSLATE_NOOP("importers.headers", "ID number"), "phone": QT_TRANSLATE_NOOP("importers.headers", "Phone"),
    "political_status": QT_TRANSLATE_NOOP("importers.headers", "Political status"), "teams": QT_TRANSLATE_NOOP("importers.headers", "Teams"), "tags": QT_TRANSLATE_NOOP("importers.headers", "Categories"),
    "skills": QT_TRANSLATE_NOOP("importers.headers", "Skills"), "join_date": QT_TRANSLATE_NOOP("importers.headers", "Join date"), "platform_no": QT_TRANSLATE_NOOP("importers.headers", "Volunteer number"),
    "address": QT_TRANSLATE_NOOP("importers.headers", "Address"), "note": QT_TRANSLATE_NOOP("importers.headers", "Note"), "birth_date": QT_TRANSLATE_NOOP("importers.headers", "Date of birth"),
}


def field_label(fld: str) -> str:
    """The field's name in the user's language."""
    return translate("importers.headers", FIELD_LABELS[fld]) if fld in FIELD_LABELS else fld


# field -> header words seen in station sheets, most specific first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("志愿者姓名", "姓名", "名字"),
    "gender": ("性别",),
    "id_card": ("公民身份号码", "身份证号码", "身份证号", "身份证", "证件号码", "证件号"),
    "phone": ("联系电话", "手机号码", "手机号", "联系方式", "移动电话", "电话号码", "手机", "电话"),
    "political_status": ("政治面貌", "政治身份"),
    "teams": ("所属队伍", "所属服务队", "所在队伍", "志愿服务队", "服务队", "队伍", "所属团队"),
    "tags": ("人员类别", "身份类别", "标签", "类别", "人员类型"),
    "skills": ("个人特长", "特长", "专长", "技能"),
    "join_date": ("入队日期", "入队时间", "加入日期", "加入时间", "注册日期", "注册时间", "登记日期", "登记时间"),
    "platform_no": ("志愿者编号", "平台编号", "注册编号", "志愿者号"),
    "address": ("家庭住址", "现住址", "居住地址", "住址", "地址"),
    "note": ("备注", "说明"),
    "birth_date": ("出生日期", "出生年月", "生日"),
}
SCAN_ROWS = 20


def clean_header(value: object) -> str:
    text = normalize_text(value).replace(" ", "")
    text = re.sub(r"[（(].*?[）)]", "", text)  # "身份证号（必填）"
    return text.strip("*＊:：")


def guess_field(header: object) -> str | None:
    text = clean_header(header)
    if not text:
        return None
    for field, words in SYNONYMS.items():
        if text in words:
            return field
    best: tuple[int, str] | None = None
    for field, words in SYNONYMS.items():
        for word in words:
            if word in text and (best is None or len(word) > best[0]):
                best = (len(word), field)
    return best[1] if best else None


def find_header_row(rows: list[list[object]]) -> int | None:
    """Index (0-based) of the row that looks most like a header, or None.

    A header row has a name column and at least one other known column;
    merged title rows above it ("XX村志愿者花名册") have one filled cell.
    """
    best: tuple[int, int] | None = None
    for i, row in enumerate(rows[:SCAN_ROWS]):
        fields = [guess_field(cell) for cell in row]
        known = {f for f in fields if f}
        if "name" not in known or len(known) < 2:
            continue
        if best is None or len(known) > best[0]:
            best = (len(known), i)
    return best[1] if best else None


def guess_mapping(header: list[object]) -> dict[int, str]:
    """column index -> field; the first column wins when two look the same."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for col, cell in enumerate(header):
        field = guess_field(cell)
        if field and field not in taken:
            mapping[col] = field
            taken.add(field)
    return mapping
