"""The county's target rules and star-rating indicators, as the console edits them.

The target rules use the same keys and defaults as the station's own check
(desktop.services.targets.TargetRules; a test keeps the two in step) and flow down
to every station as the synced setting `targets.rules`. The star-rating indicators
(八有 plus the quantified targets) flow down as `star.indicators`, so a station's
self-check scores itself the way the county will.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from server.schema import server_meta

TARGETS_KEY, INDICATORS_KEY = "targets.rules", "star.indicators"
INDICATORS_AUDIT = "修改星级指标"  # the county audit log's action (console and `python -m server star set`)

# key -> (label, default); yearly rules are judged pro rata during the year
TARGETS: dict[str, tuple[str, int]] = {
    "activities_per_month": (QT_TRANSLATE_NOOP("server.console", "Activities a month"), 2),
    "lectures_per_month": (QT_TRANSLATE_NOOP("server.console", "Theory lectures a month"), 1),
    "head_weekly": (QT_TRANSLATE_NOOP("server.console", "Station head organises an activity every week"), 1),
    "hours_per_volunteer": (QT_TRANSLATE_NOOP("server.console", "Service hours per volunteer a year"), 20),
    "served_share": (QT_TRANSLATE_NOOP("server.console", "Share of volunteers with service records (%)"), 50),
    "party_share": (QT_TRANSLATE_NOOP("server.console", "Share of Party members in volunteer service (%)"), 80),
    "active_hours": (QT_TRANSLATE_NOOP("server.console", "Active volunteer standard (hours a year)"), 24),
    "team_per_month": (QT_TRANSLATE_NOOP("server.console", "Activities per team a month"), 2),
    "team_per_year": (QT_TRANSLATE_NOOP("server.console", "Concentrated services per team a year"), 12),
    "first_saturday": (QT_TRANSLATE_NOOP("server.console", "Concentrated activity day on the first Saturday of the month"), 1),
    "household_visits": (QT_TRANSLATE_NOOP("server.console", "1+10: visits per household a month"), 1),
    "partner_per_month": (QT_TRANSLATE_NOOP("server.console", "Activities with the paired co-building unit a month"), 1),
    "requests_in_time": (QT_TRANSLATE_NOOP("server.console", "Share of residents' requests answered in time (%)"), 90),
}
# the rules the county figures judge (the rest need records the station keeps to itself)
JUDGED = ("activities_per_month", "lectures_per_month", "first_saturday", "partner_per_month",
          "hours_per_volunteer", "served_share", "party_share")


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    points: int
    source: str  # "data" (scored from synced records) or "inspector" (实地查看 / 群众评议)
    metric: str = ""  # for data indicators: which figure
    threshold: float = 0  # the figure that earns full points (pro rata below it)
    hint: str = ""


INDICATORS: tuple[Indicator, ...] = (
    Indicator("place", "有固定场所", 10, "data", "has_address", 1, "实践站登记了活动场所地址"),
    Indicator("manager", "有管理人员", 10, "data", "has_head", 1, "登记了站长"),
    Indicator("team", "有志愿服务队伍", 15, "data", "teams_with_members", 3, "有成员的志愿服务队数"),
    Indicator("activities", "有经常性活动", 15, "data", "year_activities", 24, "本年开展的活动场次"),
    Indicator("projects", "有服务项目", 10, "inspector", hint="实地查看：品牌项目、点单服务"),
    Indicator("signage", "有统一标识", 10, "inspector", hint="实地查看：门牌、标识"),
    Indicator("rules", "有管理制度", 10, "inspector", hint="实地查看：制度上墙、台账"),
    Indicator("results", "有工作成效", 10, "data", "served_share", 50, "有服务时长的志愿者比例（%）"),
    Indicator("opinion", "群众评议", 10, "inspector", hint="群众评议：满意度"),
)
STARS = ((90, 5), (80, 4), (70, 3), (60, 2))


def _meta(conn, key: str) -> Any:
    value = conn.scalar(select(server_meta.c.value).where(server_meta.c.key == f"county.{key}"))
    return json.loads(value) if value else None


def _set_meta(conn, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    if conn.execute(update(server_meta).where(server_meta.c.key == f"county.{key}").values(value=text)).rowcount == 0:
        conn.execute(insert(server_meta).values(key=f"county.{key}", value=text))


def target_rules(conn) -> dict[str, int]:
    stored = _meta(conn, TARGETS_KEY) or {}
    return {k: int(stored.get(k, default)) if isinstance(stored.get(k, default), int) else default
            for k, (_label, default) in TARGETS.items()}


def target_labels() -> dict[str, tuple[str, int]]:
    """TARGETS with the labels in the current language, for the pages."""
    return {key: (translate("server.console", label), default) for key, (label, default) in TARGETS.items()}


def check_targets(form: dict[str, str]) -> dict[str, int]:
    from server.console.auth import ConsoleError

    out = {}
    for key, (label, _default) in TARGETS.items():
        text = (form.get(key) or "").strip()
        if not text.isdigit() or not 0 <= int(text) <= 1000:
            raise ConsoleError(translate("server.console", "The target “{label}” must be a whole number from 0 to 1000 (0: not checked).").format(
                label=translate("server.console", label)))
        out[key] = int(text)
    if out["served_share"] > 100 or out["party_share"] > 100:
        raise ConsoleError(translate("server.console", "A share target cannot be over 100%."))
    return out


def indicators(conn) -> list[Indicator]:
    stored = _meta(conn, INDICATORS_KEY) or {}
    out = []
    for ind in INDICATORS:
        over = stored.get(ind.key) or {}
        points = over.get("points", ind.points)
        threshold = over.get("threshold", ind.threshold)
        out.append(Indicator(ind.key, ind.name, int(points), ind.source, ind.metric, float(threshold), ind.hint))
    return out


def check_indicators(form: dict[str, str]) -> dict[str, dict]:
    from server.console.auth import ConsoleError

    out = {}
    for ind in INDICATORS:
        points = (form.get(f"points_{ind.key}") or "").strip()
        if not points.isdigit() or int(points) > 100:
            raise ConsoleError(translate("server.console", "The indicator “{name}” needs whole points from 0 to 100.").format(name=ind.name))
        entry: dict[str, float | int] = {"points": int(points)}
        if ind.source == "data":
            threshold = (form.get(f"threshold_{ind.key}") or "").strip()
            try:
                value = float(threshold)
            except ValueError:
                raise ConsoleError(translate("server.console", "The indicator “{name}” needs a number for full points.").format(name=ind.name)) from None
            if not 0 < value <= 100000:
                raise ConsoleError(translate("server.console", "The indicator “{name}” needs full points above 0.").format(name=ind.name))
            entry["threshold"] = value
        out[ind.key] = entry
    if sum(e["points"] for e in out.values()) != 100:
        raise ConsoleError(translate("server.console", "The indicators' points must add up to 100."))
    return out


def stars_for(score: int) -> int:
    for floor, stars in STARS:
        if score >= floor:
            return stars
    return 1


def save(conn, key: str, value: Any) -> None:
    _set_meta(conn, key, value)


def as_setting(conn, key: str) -> Any:
    """The value pushed to the stations for a setting key."""
    if key == TARGETS_KEY:
        return target_rules(conn)
    return {i.key: {"name": i.name, "points": i.points, "source": i.source, "metric": i.metric,
                    "threshold": i.threshold} for i in indicators(conn)}
