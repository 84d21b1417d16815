"""Workers by role (desktop/ui/ops.py): the alive guard is the default, network
ops hand their database steps to the database worker, which serves user
actions first; progress widgets follow a task (desktop/ui/progress.py)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.progress import Cancelled
from desktop.ui.ops import TaskHandle
from desktop.ui.progress import bind_bar


def test_callbacks_are_dropped_once_the_widget_is_gone(qtbot, ctx):
    label = QLabel()
    gate, results = threading.Event(), []
    ctx.ops.db(lambda: gate.wait(10) and "late", on_done=label.setText)  # bound method: its owner is guarded
    ctx.ops.db(lambda: "kept", on_done=results.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: results == ["kept"], timeout=5000)


def test_a_lambda_that_captured_a_gone_widget_is_dropped_too(qtbot, ctx):
    """`on_done=lambda rows: self._listed(rows)` is guarded by the `self` it captured."""
    label = QLabel()
    gate, results = threading.Event(), []

    owner = label
    ctx.ops.db(lambda: gate.wait(10) and "late", on_done=lambda text: owner.setText(text))
    ctx.ops.db(lambda: "kept", on_done=results.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: results == ["kept"], timeout=5000)


def test_errors_of_a_gone_widget_still_reach_the_reporter(qtbot, ctx):
    label, handled = QLabel(), []

    def boom():
        raise Cancelled("已取消。")

    gate = threading.Event()
    ctx.ops.db(lambda: gate.wait(10) and boom(), parent=label, on_error=handled.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5000)
    with qtbot.waitSignal(ctx.reporter.reported, timeout=5000) as shown:
        gate.set()
    assert shown.args == ["已取消。"] and handled == []


def test_a_network_op_runs_its_database_steps_on_the_db_worker(qtbot, ctx):
    seen = {}

    def db_step(x):
        seen["db"] = threading.current_thread().name
        return x * 2

    def net_body():
        seen["net"] = threading.current_thread().name
        return ctx.ops.on_db(db_step, 21)

    with qtbot.waitSignal(ctx.ops.db_changed, timeout=5000):
        ctx.ops.net(net_body, on_done=lambda r: seen.setdefault("result", r), mutates=True)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["db"] != seen["net"]


def test_on_db_hands_back_the_exception(qtbot, ctx):
    errors = []

    def net_body():
        try:
            ctx.ops.on_db(lambda: 1 / 0)
        except ZeroDivisionError as error:
            errors.append(error)
        return "ok"

    done = []
    ctx.ops.net(net_body, on_done=done.append)
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert len(errors) == 1


def test_user_actions_go_before_queued_background_steps(qtbot, ctx):
    """The kiosk case: a tap queued behind a sync's database steps runs first."""
    gate, order = threading.Event(), []
    ctx.ops.db(lambda: gate.wait(10))  # the worker is busy
    steps = [threading.Thread(target=ctx.ops.on_db, args=(order.append, f"sync{i}")) for i in range(3)]
    for thread in steps:
        thread.start()
    qtbot.waitUntil(lambda: ctx.ops.db_pool.activeThreadCount() == 1, timeout=5000)
    ctx.ops.db(order.append, "tap")
    gate.set()
    for thread in steps:
        thread.join(10)
    qtbot.waitUntil(lambda: len(order) == 4, timeout=5000)
    assert order[0] == "tap"


def test_a_follow_up_queued_by_a_callback_goes_before_the_next_background_step(qtbot, ctx, monkeypatch):
    """A tap's callback queues its follow-ups (the balance, the offers) and the kiosk's next tap on
    the UI thread, after the worker is free: the sync's next step waits for them (Ops.GRACE_S)."""
    monkeypatch.setattr(ctx.ops, "GRACE_S", 1.0)
    monkeypatch.setattr(ctx.ops, "YIELD_MAX_S", 20.0)
    gate, order = threading.Event(), []

    def tap():
        gate.wait(10)
        order.append("tap")

    ctx.ops.db(tap, on_done=lambda _r: ctx.ops.db(order.append, "follow-up"))
    step = threading.Thread(target=ctx.ops.on_db, args=(order.append, "sync"))
    step.start()
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 3, timeout=10_000)
    step.join(10)
    assert order == ["tap", "follow-up", "sync"]


def test_render_pool_is_its_own(qtbot, ctx):
    names = []
    gate = threading.Event()
    ctx.ops.db(lambda: gate.wait(10))  # a long database op does not hold up drawing
    ctx.ops.render(lambda: threading.current_thread().name, on_done=names.append)
    qtbot.waitUntil(lambda: len(names) == 1, timeout=5000)
    gate.set()


def test_a_bar_follows_its_task_and_only_the_latest(qtbot):
    bar = QProgressBar()
    qtbot.addWidget(bar)
    first, second = TaskHandle(), TaskHandle()
    bind_bar(bar, first, lambda stage: {"pull": "下载"}.get(stage, stage))
    assert bar.maximum() == 0 and bar.isVisibleTo(None) is not None
    first.report(3, 10, "pull")
    qtbot.waitUntil(lambda: bar.value() == 3, timeout=2000)
    assert bar.maximum() == 10 and bar.format().startswith("下载")
    bind_bar(bar, second, "导出", counts=False)
    second.report(1, 4)
    qtbot.waitUntil(lambda: bar.value() == 1 and bar.maximum() == 4, timeout=2000)
    assert bar.format() == "导出 %p%"
    second.report(0, 0)
    assert bar.maximum() == 0
    progress = second.progress("x")
    assert progress(1, 2) is True
    second.cancel()
    assert progress(2, 2) is False


def test_a_worker_reporting_every_row_does_not_flood_the_ui_thread(qtbot, ctx):
    """20,000 reports in a tight loop reach the window as a few, the last one included."""
    task, seen = TaskHandle(), []
    task.progressed.connect(lambda done, total, text: seen.append((done, total, text)))

    def work(task):
        report = task.progress("正在生成")
        for i in range(1, 20_001):
            report(i, 20_000)
        return "ok"

    results = []
    ctx.ops.render(work, task=task, on_done=results.append)
    qtbot.waitUntil(lambda: results == ["ok"], timeout=10_000)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == 20_000, timeout=5000)
    assert len(seen) < 200 and seen[0][2] == "正在生成"
