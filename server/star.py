"""`python -m server star ...`: the county's star-rating indicators (星级评定指标), the
console's 目标与指标 page on the command line. Saving pushes them to every station as
the synced setting `star.indicators` (the same path as the console: rating.push_setting),
and each station's self-check (desktop.services.selfcheck) scores itself with them.

    star show [--json]
    star set --points place=10 --points opinion=0 --threshold activities=36   (the points must add up to 100)
    star reset                                  the default indicators
    star push                                   send the current ones again (to stations added since)
"""

from __future__ import annotations

import json
import sys

from desktop.i18n import translate


def register_cli(sub, common, parser_class) -> None:
    star = sub.add_parser("star", help=translate("server.star", "star-rating indicators (sent to every station)")).add_subparsers(
        dest="action", required=True, parser_class=parser_class)
    show = star.add_parser("show", parents=[common], help=translate("server.star", "list the indicators"))
    show.add_argument("--json", action="store_true")
    put = star.add_parser("set", parents=[common], help=translate("server.star", "change points or full-point figures, then send them to every station"))
    put.add_argument("--points", action="append", default=[], metavar="KEY=N",
                     help=translate("server.star", "an indicator's points (0 to 100; all of them add up to 100)"))
    put.add_argument("--threshold", action="append", default=[], metavar="KEY=X",
                     help=translate("server.star", "the figure that earns full points (indicators scored from the records)"))
    star.add_parser("reset", parents=[common], help=translate("server.star", "back to the default indicators, sent to every station"))
    star.add_parser("push", parents=[common], help=translate("server.star", "send the current indicators to every station again"))


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(translate("server.star", "“{item}” is not in the form KEY=VALUE (for example {what}=10).").format(item=item, what=what))
        out[key.strip()] = value.strip()
    return out


def _form(conn, points: dict[str, str], thresholds: dict[str, str]) -> dict[str, str]:
    from server.console import rules

    known = {i.key for i in rules.INDICATORS}
    data_keys = {i.key for i in rules.INDICATORS if i.source == "data"}
    unknown = (set(points) | set(thresholds)) - known
    if unknown:
        raise ValueError(translate("server.star", "Unknown indicator {keys}; the indicators are {known}.").format(
            keys=", ".join(sorted(unknown)), known=", ".join(i.key for i in rules.INDICATORS)))
    if set(thresholds) - data_keys:
        raise ValueError(translate("server.star", "Only the indicators scored from the records have a full-point figure: {keys}.").format(
            keys=", ".join(sorted(data_keys))))
    form = {}
    for ind in rules.indicators(conn):
        form[f"points_{ind.key}"] = points.get(ind.key, str(ind.points))
        if ind.source == "data":
            form[f"threshold_{ind.key}"] = thresholds.get(ind.key, f"{ind.threshold:g}")
    return form


def _save(store, value) -> int:
    from server.console import auth, rules
    from server.console.rating import push_setting

    with store.write() as conn:
        if value is not None:
            rules.save(conn, rules.INDICATORS_KEY, value)
            auth.audit(conn, "命令行", rules.INDICATORS_AUDIT, rules.INDICATORS_KEY, value)
        pushed = rules.as_setting(conn, rules.INDICATORS_KEY)
    return push_setting(store, rules.INDICATORS_KEY, pushed)


def _show(store, as_json: bool) -> None:
    from server.console import rules

    with store.db.engine.connect() as conn:
        inds = rules.indicators(conn)
    if as_json:
        print(json.dumps([{"key": i.key, "name": i.name, "points": i.points, "source": i.source, "metric": i.metric,
                           "threshold": i.threshold} for i in inds], ensure_ascii=False, indent=2))
        return
    for i in inds:
        full = translate("server.star", "full points at {value:g}").format(value=i.threshold) if i.source == "data" else (
            translate("server.star", "checked on site"))
        print(translate("server.star", "{key}\t{name}\t{points} points\t{full}").format(key=i.key, name=i.name, points=i.points, full=full))
    print(translate("server.star", "Total: {total} points").format(total=sum(i.points for i in inds)))


def run_cli(store, args) -> int:
    from server.console import rules
    from server.console.auth import ConsoleError

    if args.action == "show":
        _show(store, args.json)
        return 0
    if args.action == "set":
        if not args.points and not args.threshold:
            print(translate("server.star", "Error: nothing to change; give for example --points place=10."), file=sys.stderr)
            return 2
        try:
            with store.db.engine.connect() as conn:
                form = _form(conn, _pairs(args.points, "place"), _pairs(args.threshold, "activities"))
            value = rules.check_indicators(form)
        except (ValueError, ConsoleError) as error:
            print(translate("server.star", "Error: {message}").format(message=error), file=sys.stderr)
            return 2
        count = _save(store, value)
    elif args.action == "reset":
        count = _save(store, {})
    else:
        count = _save(store, None)
    _show(store, False)
    print(translate("server.star", "Sent to {n} stations; each gets them with its next sync.").format(n=count))
    return 0


def give_new_station(store, station_id: str) -> int:
    """A station added after the county set its targets or indicators gets them too (the console
    and `push` write to the stations that exist then). Returns how many settings were written."""
    from desktop.ids import derived_id
    from server.console import rules

    written = 0
    with store.db.engine.connect() as conn:
        values = {key: rules.as_setting(conn, key) for key in (rules.TARGETS_KEY, rules.INDICATORS_KEY)
                  if rules._meta(conn, key) is not None}
    for key, value in values.items():
        store.county_write(station_id, "setting", derived_id(station_id, "setting", key),
                           {"station_id": station_id, "key": key, "value": json.dumps(value, ensure_ascii=False),
                            "deleted_at": None})
        written += 1
    from server import privacy

    with store.db.engine.connect() as conn:
        months = privacy.county_months(conn)
    if months is not None:
        privacy.write_station(store, station_id, months)  # the county's retention period for personal data
        written += 1
    return written
