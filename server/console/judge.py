"""Targets met or missed, and star-rating scores, from a station's figures (pure functions).

A rule with nothing to measure is "not applicable", never "met" (no Party members: the
Party-share rule does not apply). Yearly rules are judged pro rata to the month: by the
end of June half the yearly figure is expected.
"""

from __future__ import annotations

from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from server.console.figures import month_row
from server.console.rules import JUDGED, TARGETS, Indicator, stars_for

MET, UNMET, NOT_APPLICABLE = "met", "unmet", "not_applicable"
STATUS_NAMES = {MET: QT_TRANSLATE_NOOP("server.console", "Target met"), UNMET: QT_TRANSLATE_NOOP("server.console", "Not met"), NOT_APPLICABLE: QT_TRANSLATE_NOOP("server.console", "Not applicable")}


def targets(fig: dict, month_key: str, rules: dict[str, int], row: dict | None = None) -> list[dict[str, Any]]:
    row = row or month_row(fig, month_key)
    part = int(month_key[5:7]) / 12
    out = []
    for key in JUDGED:
        target = rules.get(key, 0)
        label = translate("server.console", TARGETS[key][0])
        if not target:
            continue  # switched off by the county
        if key == "activities_per_month":
            value, status = row["activities"], MET if row["activities"] >= target else UNMET
        elif key == "lectures_per_month":
            value, status = row["lectures"], MET if row["lectures"] >= target else UNMET
        elif key == "first_saturday":
            held = translate("server.console", "held") if row["first_saturday"] else translate("server.console", "not held")
            value, status = held, MET if row["first_saturday"] else UNMET
        elif key == "partner_per_month":  # only for a station that has a paired co-building unit
            value = row["partner"]
            status = (MET if value >= target else UNMET) if fig.get("has_partner") else NOT_APPLICABLE
        elif key == "hours_per_volunteer":
            if not row["volunteers"]:
                value, status = "-", NOT_APPLICABLE
            else:
                value = row["year_hours_per_volunteer"]
                status = MET if value >= round(target * part, 1) else UNMET
        elif key == "served_share":
            if not row["volunteers"]:
                value, status = "-", NOT_APPLICABLE
            else:
                value = round(100 * row["year_served"] / row["volunteers"])
                status = MET if value >= target * part else UNMET
        else:  # party_share
            if not row["party"]:
                value, status = "-", NOT_APPLICABLE
            else:
                value = round(100 * row["year_party_served"] / row["party"])
                status = MET if value >= target * part else UNMET
        out.append({"key": key, "name": label, "value": value, "target": target, "status": status,
                    "status_name": translate("server.console", STATUS_NAMES[status])})
    return out


def missed(results: list[dict]) -> list[str]:
    return [r["name"] for r in results if r["status"] == UNMET]


def _metric(fig: dict, year: str, metric: str) -> float:
    y = fig.get("years", {}).get(year, {})
    if metric == "has_address":
        return 1.0 if (fig.get("address") or "").strip() else 0.0
    if metric == "has_head":
        return 1.0 if (fig.get("head_name") or "").strip() else 0.0
    if metric == "teams_with_members":
        return float(fig.get("teams_with_members", 0))
    if metric == "year_activities":
        return float(sum(m["activities"] for k, m in fig.get("months", {}).items() if k.startswith(year)))
    if metric == "served_share":
        vols = fig.get("volunteers", 0)
        return 100.0 * y.get("served", 0) / vols if vols else 0.0
    return 0.0


def score(fig: dict, year: int, indicators: list[Indicator], marks: dict[str, dict]) -> dict[str, Any]:
    """Each indicator's score (data ones from the figures, pro rata to their full-point figure;
    inspector ones from the marks entered in the console), the total and the stars."""
    lines = []
    for ind in indicators:
        mark = marks.get(ind.key)
        if ind.source == "data":
            value = _metric(fig, str(year), ind.metric)
            points = round(ind.points * min(1.0, value / ind.threshold)) if ind.threshold else 0
            evidence = f"{round(value, 1)} / {ind.threshold:g}"
            if mark is not None:  # an inspector's mark overrides the data (实地查看 found otherwise)
                points, evidence = min(ind.points, mark["score"]), translate("server.console", "{evidence} (the inspection group made it {score} points)").format(
                    evidence=evidence, score=mark["score"])
        else:
            points = min(ind.points, mark["score"]) if mark else 0
            evidence = mark["note"] if mark else translate("server.console", "waiting for the inspection group's score")
        lines.append({"key": ind.key, "name": ind.name, "max": ind.points, "points": points, "source": ind.source,
                      "evidence": evidence, "hint": ind.hint, "marked": mark is not None})
    total = sum(line["points"] for line in lines)
    return {"lines": lines, "total": total, "stars": stars_for(total),
            "complete": all(line["marked"] or line["source"] == "data" for line in lines)}
