"""The one progress/cancel convention (desktop.progress) and the long operations that follow it."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import UserError
from desktop.progress import Cancelled, CancelToken, check, staged, step


def test_cancelled_is_a_user_error_with_a_chinese_message():
    error = Cancelled()
    assert isinstance(error, UserError) and "取消" in error.message
    assert Cancelled("备份已取消").message == "备份已取消"


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=3)))
def test_only_false_cancels(answer):
    if answer is False:
        with pytest.raises(Cancelled):
            step(lambda done, total: answer, 1, 2)
    else:
        step(lambda done, total: answer, 1, 2)
    step(None, 1, 2)


def test_token_is_an_event_and_wraps_a_reporter():
    token = CancelToken()
    seen = []
    progress = token.progress(lambda done, total: seen.append((done, total)))
    assert isinstance(token, threading.Event)
    assert progress(1, 3) is True
    token.check()
    check(token)
    done = threading.Event()
    threading.Thread(target=lambda: (token.cancel(), done.set())).start()
    assert done.wait(5)
    assert token.cancelled and progress(2, 3) is False and seen == [(1, 3), (2, 3)]
    with pytest.raises(Cancelled, match="同步"):
        token.check("同步已取消")
    with pytest.raises(Cancelled):
        check(token)


def test_staged_passes_the_stage_and_the_answer():
    calls = []
    progress = staged(lambda stage, done, total: calls.append((stage, done, total)) or done < 2, "pull")
    assert progress(1, 0) is True and progress(2, 0) is False
    assert calls == [("pull", 1, 0), ("pull", 2, 0)] and staged(None, "x") is None


def test_every_long_operation_raises_the_one_cancelled(db, tmp_path):
    """Backup, the importer, reports and the photo import all read `False` as cancel."""
    from desktop.services.backup import backup_now
    from desktop.services.photos import import_photos

    with pytest.raises(Cancelled):
        backup_now(db, tmp_path / "usb", progress=lambda done, total: False)
    from datetime import datetime, timedelta

    from PIL import Image

    from desktop.services.activities import add_activity

    Image.new("RGB", (40, 30), "red").save(tmp_path / "a.jpg")
    Image.new("RGB", (40, 30), "blue").save(tmp_path / "b.jpg")
    now = datetime.now()
    activity = add_activity(db, title="测试", category="丰富活跃文化生活", start=now - timedelta(hours=1), end=now)
    # None goes on (the old photo import stopped on it); False stops.
    summary = import_photos(db, activity.id, [tmp_path / "a.jpg"], progress=lambda done, total: None)
    assert not summary.cancelled and len(summary.added) == 1
    summary = import_photos(db, activity.id, [tmp_path / "b.jpg"], progress=lambda done, total: False)
    assert summary.cancelled and not summary.added
