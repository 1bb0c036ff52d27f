"""The limits service over a real SQLite file, with an injected clock."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from spectrapi_core.errors import RateLimitExceededError
from spectrapi_core.service.keys import Principal
from spectrapi_core.service.limits import enforce_limits, get_usage, month_bounds, request_windows
from spectrapi_core.stores.sqlite import SQLiteDatabase, SQLiteUsageStore

NOON = datetime(2026, 3, 14, 12, 0, 0, tzinfo=UTC)


def principal(
    plan: str = "free",
    *,
    mode: str = "live",
    key_id: str = "key_a",
    account_id: str = "acct_a",
    rate: int | None = None,
) -> Principal:
    return Principal(key_id=key_id, account_id=account_id, plan=plan, mode=mode, rate_per_minute=rate)  # type: ignore[arg-type]


def unix(moment: datetime) -> int:
    return int(moment.timestamp())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "limits.sqlite3"


@pytest.fixture
def store(db_path: Path) -> SQLiteUsageStore:
    return SQLiteUsageStore(SQLiteDatabase(db_path))


def admitted_count(store, caller, now, attempts) -> int:
    admitted = 0
    for _ in range(attempts):
        try:
            enforce_limits(store, caller, now=now)
        except RateLimitExceededError:
            continue
        admitted += 1
    return admitted


def rejection(store, caller, now) -> RateLimitExceededError:
    with pytest.raises(RateLimitExceededError) as caught:
        enforce_limits(store, caller, now=now)
    return caught.value


def spend_month(store, caller, quota, *, start: datetime) -> None:
    """Use `quota` requests spread over distinct minutes, so the per-minute rate never binds."""
    for index in range(quota):
        enforce_limits(store, caller, now=start + timedelta(minutes=index))


def test_free_burst_admits_ten(store):
    assert admitted_count(store, principal("free"), NOON, 50) == 10


def test_retry_after_counts_down(store):
    caller = principal("free")
    admitted_count(store, caller, NOON, 10)
    for elapsed, expected in [(0, 60), (0.5, 60), (15, 45), (30.2, 30), (59, 1), (59.9, 1)]:
        error = rejection(store, caller, NOON + timedelta(seconds=elapsed))
        assert error.retry_after == expected, elapsed
        assert error.headers["Retry-After"] == str(expected)


def test_rate_resets_at_minute_boundary(store):
    caller = principal("free")
    admitted_count(store, caller, NOON + timedelta(seconds=30), 10)
    assert admitted_count(store, caller, NOON + timedelta(seconds=59, microseconds=999_999), 1) == 0
    assert admitted_count(store, caller, NOON + timedelta(minutes=1), 10) == 10


def test_rate_rejection_headers(store):
    caller = principal("free")
    admitted_count(store, caller, NOON, 10)
    error = rejection(store, caller, NOON + timedelta(seconds=20))
    assert error.status == 429
    assert error.code == "rate_limit_exceeded"
    assert error.headers["X-RateLimit-Limit"] == "10"
    assert error.headers["X-RateLimit-Remaining"] == "0"
    assert error.headers["X-RateLimit-Reset"] == str(unix(NOON) + 60)


def test_rate_rejection_message(store):
    caller = principal("free")
    admitted_count(store, caller, NOON, 10)
    message = rejection(store, caller, NOON).message
    assert "Rate limit exceeded" in message
    assert "10 requests per minute" in message
    assert "Free plan" in message
    assert "Retry after 60 seconds" in message


def test_admitted_headers_count_down(store):
    caller = principal("pro")
    first = enforce_limits(store, caller, now=NOON).binding
    second = enforce_limits(store, caller, now=NOON).binding
    assert first is not None and second is not None
    assert (first.limit, first.remaining, first.reset) == (100, 99, unix(NOON) + 60)
    assert second.remaining == 98


def test_enterprise_rate_three_per_minute(store):
    caller = principal("enterprise", rate=3)
    assert admitted_count(store, caller, NOON, 10) == 3
    next_minute = NOON + timedelta(minutes=1)
    assert admitted_count(store, caller, next_minute, 10) == 3
    assert "3 requests per minute on the Enterprise plan" in rejection(store, caller, next_minute).message


def test_enterprise_month_is_unlimited(store):
    caller = principal("enterprise", rate=3)
    admitted_count(store, caller, NOON, 3)
    usage = get_usage(store, caller, now=NOON)
    assert usage.month.limit is None
    assert usage.month.used == 3
    assert usage.binding == usage.minute


def test_enterprise_default_rate_from_plan(store):
    windows = request_windows(principal("enterprise"), NOON)
    assert windows.minute.limit == 1000


def test_month_quota_rejects_when_spent(store):
    caller = principal("free")
    start = datetime(2026, 3, 1, tzinfo=UTC)
    spend_month(store, caller, 1000, start=start)
    error = rejection(store, caller, datetime(2026, 3, 31, 23, 0, tzinfo=UTC))
    assert "Monthly quota exceeded" in error.message
    assert "1000 live requests" in error.message
    assert "Free plan" in error.message
    assert "2026-04-01T00:00:00Z" in error.message
    assert error.headers["X-RateLimit-Reset"] == str(unix(datetime(2026, 4, 1, tzinfo=UTC)))
    assert error.retry_after == 3600


def test_month_rejection_keeps_minute(store):
    caller = principal("free")
    start = datetime(2026, 3, 1, tzinfo=UTC)
    spend_month(store, caller, 1000, start=start)
    later = datetime(2026, 3, 20, tzinfo=UTC)
    rejection(store, caller, later)
    assert get_usage(store, caller, now=later).minute.used == 0


@pytest.mark.parametrize(
    ("last_second", "first_second"),
    [
        (datetime(2026, 1, 31, 23, 59, 59, 999_999, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)),
        (datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
        (datetime(2028, 2, 29, 23, 59, 30, tzinfo=UTC), datetime(2028, 3, 1, tzinfo=UTC)),
    ],
    ids=["jan-feb", "dec-jan", "leap-feb-mar"],
)
def test_month_rolls_over_at_midnight(store, last_second, first_second):
    caller = principal("free")
    spend_month(store, caller, 1000, start=last_second - timedelta(minutes=1000))
    error = rejection(store, caller, last_second)
    assert error.headers["X-RateLimit-Reset"] == str(unix(first_second))
    assert admitted_count(store, caller, first_second, 1) == 1
    assert get_usage(store, caller, now=first_second).month.used == 1


def test_month_bounds_use_utc():
    new_year_eve_in_new_york = datetime(2026, 12, 31, 20, 0, tzinfo=timezone(timedelta(hours=-5)))
    start, end = month_bounds(new_year_eve_in_new_york)
    assert start == datetime(2027, 1, 1, tzinfo=UTC)
    assert end == datetime(2027, 2, 1, tzinfo=UTC)


def test_test_key_never_spends_live_quota(store):
    live = principal("free", mode="live", key_id="key_live")
    test = principal("free", mode="test", key_id="key_test")
    spend_month(store, test, 1000, start=datetime(2026, 3, 1, tzinfo=UTC))
    later = datetime(2026, 3, 20, tzinfo=UTC)
    assert "1000 test requests" in rejection(store, test, later).message
    assert get_usage(store, live, now=later).month.used == 0
    assert admitted_count(store, live, later, 1) == 1


def test_live_key_never_spends_test_quota(store):
    live = principal("free", mode="live", key_id="key_live")
    test = principal("free", mode="test", key_id="key_test")
    admitted_count(store, live, NOON, 10)
    assert get_usage(store, test, now=NOON).month.used == 0


def test_account_keys_share_month(store):
    first = principal("free", key_id="key_one")
    second = principal("free", key_id="key_two")
    admitted_count(store, first, NOON, 4)
    admitted_count(store, second, NOON, 3)
    assert get_usage(store, second, now=NOON).month.used == 7
    assert get_usage(store, second, now=NOON).minute.used == 3


def test_headers_follow_tighter_month(store):
    caller = principal("free")
    spend_month(store, caller, 995, start=datetime(2026, 3, 1, tzinfo=UTC))
    result = enforce_limits(store, caller, now=datetime(2026, 3, 20, tzinfo=UTC))
    assert result.binding is not None
    assert result.binding.limit == 1000
    assert result.binding.remaining == 4


def test_get_usage_does_not_count(store):
    caller = principal("pro")
    for _ in range(3):
        get_usage(store, caller, now=NOON)
    usage = get_usage(store, caller, now=NOON)
    assert (usage.minute.used, usage.month.used) == (0, 0)


def test_concurrent_quota_admits_last_five(db_path):
    caller = principal("free")
    month_start = datetime(2026, 3, 1, tzinfo=UTC)
    spend_month(SQLiteUsageStore(SQLiteDatabase(db_path)), caller, 995, start=month_start)
    later = datetime(2026, 3, 20, tzinfo=UTC)
    barrier = threading.Barrier(20)
    outcomes: list[bool] = []

    def work(index: int) -> None:
        store = SQLiteUsageStore(SQLiteDatabase(db_path))
        # Each thread is its own key, so only the shared monthly quota can reject it.
        thread_caller = principal("free", key_id=f"key_{index}")
        barrier.wait(timeout=30)
        outcomes.append(admitted_count(store, thread_caller, later, 1) == 1)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes.count(True) == 5
    assert outcomes.count(False) == 15
