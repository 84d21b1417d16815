"""County-published rule sets 县级积分规则: the county publishes, the station adopts one
and may add local rules on top (origin "local").

A rule set is plain data: {"name", "county", "schemes": [{"name", "unit",
"validity_months", "rules": [{"kind", "amount", "category", "rounding",
"threshold_hours"}]}]}, amounts in the scheme's unit. The county publishes
by writing the synced setting `points.rule_sets` (a list of sets) to the
station, as it does for the target rules; the presets below stand in until
it has. Adopting creates the schemes (if missing) and the set's rules from a
start date that may not be in the past.
"""

from __future__ import annotations

from datetime import date

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.services import points
from desktop.services.station import get_setting

SETTING_KEY = "points.rule_sets"

PRESETS = [
    {"name": "积分超市通用规则（县中心示范）", "county": "示范",
     "schemes": [{"name": "积分超市", "unit": "分", "validity_months": 0, "rules": [
         {"kind": "per_hour", "amount": 1, "rounding": "down"},
         {"kind": "per_lecture", "amount": 2},
         {"kind": "per_visit", "amount": 1},
         {"kind": "per_request", "amount": 2},
         {"kind": "active_bonus", "amount": 20, "threshold_hours": 24}]}]},
    {"name": "时间银行规则（县中心示范）", "county": "示范",
     "schemes": [{"name": "时间银行", "unit": "小时", "validity_months": 0, "rules": [
         {"kind": "per_hour", "amount": 1, "rounding": "half"}]}]},
    {"name": "道德银行规则（县中心示范）", "county": "示范",
     "schemes": [{"name": "道德银行", "unit": "分", "validity_months": 0, "rules": [
         {"kind": "per_activity", "amount": 2, "category": "持续深入移风易俗"},
         {"kind": "per_activity", "amount": 1, "category": "培育践行主流价值"},
         {"kind": "per_visit", "amount": 1}]}]},
]


def rule_sets(db: Database) -> list[dict]:
    """The county's published sets first, then the presets not shadowed by name."""
    published = get_setting(db, SETTING_KEY) or []
    if not isinstance(published, list):
        published = []
    names = {s.get("name") for s in published if isinstance(s, dict)}
    return [s for s in published if isinstance(s, dict) and s.get("schemes")] + [p for p in PRESETS if p["name"] not in names]


def adopt(db: Database, name: str, *, starts_on: date | None = None, today: date | None = None,
          actor: str = "站长") -> list:
    """Create the set's schemes (when missing) and rules, valid from `starts_on`."""
    today = today or date.today()
    chosen = next((s for s in rule_sets(db) if s["name"] == name.strip()), None)
    if chosen is None:
        raise NotFound(translate("services.points_rulesets", "No rule set “{name}”. There are: {names}.").format(
            name=name, names=translate("services.points_rulesets", ", ").join(s["name"] for s in rule_sets(db))))
    if any(r.origin == chosen["name"] and r.ends_on is None for r in points.list_rules(db)):
        raise ValidationError(translate("services.points_rulesets", "“{name}” is already adopted. To adjust it, change its rules.").format(
            name=chosen["name"]))
    made = []
    existing = {s.name: s for s in points.list_schemes(db)}
    with db.read() as session:  # all or nothing: check every rule before adding any
        for spec in chosen["schemes"]:
            scheme = existing.get(spec["name"])
            clash = scheme and next((r for r in spec.get("rules", []) if points._overlapping(
                session, scheme.id, r["kind"], r.get("category", ""), starts_on or today)), None)
            if clash:
                raise ValidationError(translate(
                    "services.points_rulesets", "“{scheme}” already has a rule “{rule}” in force; end it first, or adopt "
                                                "from a day after it ends.").format(
                    scheme=scheme.name, rule=points.label(points.RULE_LABELS, clash["kind"])))
    for spec in chosen["schemes"]:
        scheme = existing.get(spec["name"]) or points.add_scheme(
            db, spec["name"], spec.get("unit", "分"), validity_months=int(spec.get("validity_months", 0)), actor=actor)
        for rule in spec.get("rules", []):
            made.append(points.add_rule(
                db, scheme.id, rule["kind"], points.to_cents(rule["amount"]), category=rule.get("category", ""),
                rounding=rule.get("rounding", "down"), threshold_hours=int(rule.get("threshold_hours", 24)),
                starts_on=starts_on or today, origin=chosen["name"], today=today, actor=actor))
    return made
