"""One translation system: every visible string is in a catalog (desktop/i18n.py has the convention).

- A Chinese literal in the code fails, unless it is data (a stored value, a
  word the parsers accept, a sample) listed in DATA below, or a docstring.
- A marked string (translate / QT_TRANSLATE_NOOP / self.tr is checked in
  tests/ui/test_translations.py) fails when it is not a plain literal, has
  no finished zh_CN translation, or its {fields} differ from the translation's.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import string
from pathlib import Path

import pytest

from desktop import i18n

ROOT = Path(__file__).parents[2]
HAN = re.compile(r"[\u3400-\u9fff]")
SCANNED = [p for top in ("desktop", "server") for p in sorted((ROOT / top).rglob("*.py"))
           if "migrations" not in p.parts]

# Chinese literals that are data, not messages: values stored in the database or
# synced (and so the same in every language), words the input parsers accept,
# and sample or default data. A new entry needs a reason.
DATA = {
    # stored actor names in the audit log and journal
    "站长", "导入", "命令行", "命令行导入", "系统", "县中心", "签到台", "演示", "站点（在线）",
    # genders and political statuses as stored, and the input words validators normalise to them
    "男", "女", "中共党员", "中共预备党员", "共青团员", "民主党派", "群众", "男性", "女性",
    "党员", "共产党员", "中国共产党党员", "预备党员", "团员", "共青团", "无党派", "无党派人士", "普通群众",
    # volunteer tags and exit reasons offered as stored values
    "五老人员", "退役军人", "返乡大学生", "乡贤", "新乡贤", "巾帼志愿者", "青年志愿者", "文艺骨干",
    "外出务工", "身体原因", "本人申请", "迁出本村", "年龄原因", "长期不参加活动", "去世",
    # the five tasks (activity categories) as stored
    "学习实践科学理论", "宣传宣讲党的政策", "培育践行主流价值", "丰富活跃文化生活", "持续深入移风易俗",
    # preset team names (seed data, stored; their ids derive from the name) and the suffix they share
    "理论宣讲", "文明风尚", "教育关爱", "文化惠民", "科技科普", "普法宣传", "体育健身", "健康服务", "生态环保",
    "理论政策宣讲", "文化文艺服务", "助学支教", "医疗健身", "科学普及", "法律服务", "卫生环保", "扶贫帮困", "志愿服务队",
    "服务队",
    # the three ratings of a resident's request, stored in the request events and typed as they are
    "满意", "基本满意", "不满意",
    # points: the units as stored with a scheme or an item, and the operator of rule-made entries
    "分", "小时", "件", "积分规则",
    # station account roles as typed on the command line (`account add --role 录入员|签到员`)
    "录入员", "签到员",
    # county console audit log actions, stored with each entry and shown as stored
    "添加管理员", "登录被限制", "登录失败", "登录", "退出登录", "新建实践站", "生成注册码", "撤销设备", "修改目标",
    "修改星级指标", "星级评定打分", "发布星级评定", "生成密码重置码", "县中心派单", "添加服务项目", "停用服务项目", "启用服务项目",
    # county console roles as typed on the server command line (`admin add --role 管理员|查看`)
    "管理员", "查看",
    # date parsing: Chinese date separators in typed or imported dates, and the month pattern
    "年", "月", "日", "，", "、", "；", r"\s*(\d{4})[-/.年](\d{1,2})月?\s*",
}

# Whole modules of data: Chinese sample data and lookup tables, no messages.
DATA_FILES = {
    "desktop/services/demo.py": "the demo station's names, places and activity titles",
    "desktop/services/search.py": "surname readings for pinyin search",
    "desktop/cli/demo.py": "the demo station's name and places",
    "desktop/ui/screenshot.py": "the sample station in the screenshots",
}

# Module-level tables of data inside modules that also have messages.
DATA_TABLES = {
    "desktop/importers/headers.py": {"SYNONYMS"},  # header words found in stations' own sheets
    "desktop/services/points_rulesets.py": {"PRESETS"},
    "server/console/rules.py": {"INDICATORS"},  # the star indicators: their names go to the stations as a setting  # the county's sample rule sets: names stored when adopted
}

# Modules whose messages are not converted yet. Stays empty; never add to it.
PENDING: set[str] = set()
# Whole folders not converted yet. Shrinks to empty; never add to it.
PENDING_DIRS: tuple[str, ...] = ()
# County console templates whose texts are not marked with _() yet. Shrinks to empty; never add to it.
TEMPLATES_PENDING: set[str] = set()
TEMPLATES = ROOT / "server" / "console" / "templates"


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _marked_ids(tree: ast.AST) -> set[int]:
    """String nodes that are the arguments of a translation call (they are checked elsewhere)."""
    ids = set()
    for call in _calls(tree):
        ids.update(id(a) for a in call.args)
    for node in ast.walk(tree):  # self.tr("...") in the UI
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"):
            ids.update(id(a) for a in node.args)
    return ids


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("translate", "QT_TRANSLATE_NOOP"):
                yield node


def _chinese_literals(path: Path):
    if _rel(path) in DATA_FILES:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _marked_ids(tree)
    tables = DATA_TABLES.get(_rel(path), set())
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id in tables for t in targets):
            skip.update(id(n) for n in ast.walk(node))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                and HAN.search(node.value) and node.value.strip() not in DATA):
            yield node.lineno, node.value


def test_no_chinese_literal_outside_the_catalogs():
    found = [(_rel(p), line, text[:40]) for p in SCANNED
             if _rel(p) not in PENDING and not _rel(p).startswith(PENDING_DIRS)
             for line, text in _chinese_literals(p)]
    assert not found, "visible strings must go through desktop.i18n.translate (see its docstring):\n" + \
        "\n".join(map(str, found[:30]))


def test_pending_list_only_shrinks():
    done = [name for name in PENDING if (ROOT / name).exists()
            and not list(_chinese_literals(ROOT / name))]
    assert not done, f"converted, remove from PENDING: {done}"


def _zh_catalog() -> dict[tuple[str, str, str], str]:
    out = {}
    for path in sorted(i18n.TRANSLATIONS.glob("core*_zh_CN.ts")):  # what desktop.i18n reads at run time
        out.update(i18n._read(path))
    return out


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_marked_string_has_a_chinese_translation():
    catalog = _zh_catalog()
    problems = []
    for path in SCANNED:
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            func = call.func
            if isinstance(func, ast.Attribute) and not (isinstance(func.value, ast.Name) and func.value.id == "i18n"):
                continue  # QCoreApplication.translate in the UI: tests/ui/test_translations.py
            args = call.args[:3]
            if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                if (getattr(func, "id", getattr(func, "attr", "")) == "translate" and len(args) == 2
                        and isinstance(args[0], ast.Constant) and not isinstance(args[1], ast.JoinedStr)):
                    continue  # translate(context, variable): the value was marked with QT_TRANSLATE_NOOP
                problems.append((_rel(path), call.lineno, "arguments must be string literals"))
                continue
            context, source = args[0].value, args[1].value
            text = catalog.get((context, source, args[2].value if len(args) > 2 else ""))
            if text is None:
                problems.append((_rel(path), call.lineno, f"no zh_CN translation: {context} / {source}"))
            elif _fields(text) != _fields(source):
                problems.append((_rel(path), call.lineno, f"fields differ: {source} -> {text}"))
    assert not problems, "\n".join(map(str, problems[:30]))


def test_every_marked_core_file_belongs_to_an_area():
    spec = importlib.util.spec_from_file_location("areas", i18n.TRANSLATIONS / "areas.py")
    areas = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(areas)
    covered = {p for area in [*areas.UI_AREAS, *areas.CORE_AREAS] for p in areas.files(area)}
    loose = [_rel(p) for p in SCANNED if p not in covered and list(_calls(ast.parse(p.read_text(encoding="utf-8"))))]
    assert not loose, f"add these to resources/translations/areas.py: {loose}"


@pytest.fixture
def language():
    yield i18n.set_language
    i18n.set_language(None)
    i18n.set_folders(None)


def test_chinese_is_the_default_and_english_is_the_source(language, db):
    from desktop.errors import NotFound
    from desktop.services.volunteers import get_volunteer

    assert i18n.language() == "zh_CN"
    with pytest.raises(NotFound, match="找不到编号为“nobody”的志愿者。"):
        get_volunteer(db, "nobody")
    language("en")
    with pytest.raises(NotFound, match="No volunteer with the id “nobody”."):
        get_volunteer(db, "nobody")
    assert i18n.translate("no.such.context", "Unknown text") == "Unknown text"


def test_console_templates_speak_through_the_catalog():
    """Templates mark their English texts with _("..."); no Chinese stays in them (server/console/template_texts.py)."""
    found = [(p.name, n, line.strip()[:40]) for p in sorted(TEMPLATES.glob("*.html")) if p.name not in TEMPLATES_PENDING
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if HAN.search(line)]
    assert not found, "mark the English text with _(\"...\") and put the Chinese in the catalog:\n" + \
        "\n".join(map(str, found[:30]))
    done = [name for name in TEMPLATES_PENDING if (TEMPLATES / name).exists()
            and not HAN.search((TEMPLATES / name).read_text(encoding="utf-8"))]
    assert not done, f"converted, remove from TEMPLATES_PENDING: {done}"


def test_console_template_texts_are_current():
    from server.console import template_texts

    assert template_texts.TEXTS == template_texts.extract(), "run: python -m server.console.template_texts"
