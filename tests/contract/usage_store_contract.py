"""Behaviour every `UsageStore` adapter must have.

Subclass `UsageStoreContract` in a `test_*.py` module and override the `make_store` fixture with a factory: each
call must return a new store object, with its own connections, over the same backing storage. The threaded tests
call it once per thread, so they check atomicity across connections rather than inside one client.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import pytest

from spectrapi_core.stores.ports import ConsumeResult, CounterWindow, UsageStore

StoreFactory = Callable[[], UsageStore]

MINUTE_START = 1_767_225_600  # 2026-01-01T00:00:00Z
MONTH_START = MINUTE_START
MONTH_END = 1_769_904_000  # 2026-02-01T00:00:00Z
THREADS = 8


def minute(limit: int | None, *, scope: str = "rate:key_a", start: int = MINUTE_START) -> CounterWindow:
    return CounterWindow(scope=scope, start=start, reset=start + 60, limit=limit)


def month(limit: int | None, *, scope: str = "quota:acct_a:live") -> CounterWindow:
    return CounterWindow(scope=scope, start=MONTH_START, reset=MONTH_END, limit=limit)


def consume_concurrently(
    make_store: StoreFactory, windows: Sequence[CounterWindow], *, threads: int, attempts: int
) -> list[ConsumeResult]:
    """Run `attempts` consumes on each of `threads` threads, each with its own store, all released at once."""
    barrier = threading.Barrier(threads)
    outcomes: list[ConsumeResult] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            store = make_store()
            barrier.wait(timeout=30)
            for _ in range(attempts):
                result = store.consume(windows)
                with lock:
                    outcomes.append(result)
        except BaseException as error:  # reported below, so a failing thread fails the test
            errors.append(error)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert not errors, errors
    assert len(outcomes) == threads * attempts
    return outcomes


class UsageStoreContract:
    """Contract tests shared by every `UsageStore` adapter."""

    @pytest.fixture
    def make_store(self) -> StoreFactory:
        raise NotImplementedError("override `make_store` with a factory of stores over one shared backend")

    @pytest.fixture
    def store(self, make_store: StoreFactory) -> UsageStore:
        return make_store()

    def test_consume_counts_every_window(self, store):
        windows = (minute(5), month(100))
        store.consume(windows)
        result = store.consume(windows)
        assert result.admitted
        assert [count.used for count in result.counts] == [2, 2]
        assert [count.used for count in store.peek(windows)] == [2, 2]

    def test_consume_reports_limit_and_reset(self, store):
        result = store.consume((minute(5),))
        (count,) = result.counts
        assert count.limit == 5
        assert count.remaining == 4
        assert count.reset == MINUTE_START + 60

    def test_consume_rejects_full_window(self, store):
        windows = (minute(3),)
        outcomes = [store.consume(windows).admitted for _ in range(5)]
        assert outcomes == [True, True, True, False, False]
        assert store.peek(windows)[0].used == 3

    def test_rejection_counts_no_window(self, store):
        store.consume((month(2),))
        store.consume((month(2),))
        result = store.consume((minute(10), month(2)))
        assert not result.admitted
        assert store.peek((minute(10),))[0].used == 0
        assert store.peek((month(2),))[0].used == 2

    def test_rejection_reports_blocking_window(self, store):
        store.consume((month(1),))
        result = store.consume((minute(10), month(1)))
        assert result.binding is not None
        assert result.binding.window == month(1)
        assert result.binding.remaining == 0

    def test_binding_is_fewest_remaining(self, store):
        result = store.consume((minute(10), month(4)))
        assert result.binding is not None
        assert result.binding.window == month(4)
        assert result.binding.remaining == 3

    def test_binding_tie_prefers_first(self, store):
        result = store.consume((minute(5), month(5)))
        assert result.binding is not None
        assert result.binding.window == minute(5)

    def test_binding_both_full_is_later_reset(self, store):
        windows = (minute(1), month(1))
        store.consume(windows)
        result = store.consume(windows)
        assert result.binding is not None
        assert result.binding.window == month(1)

    def test_unlimited_window_counts_without_limit(self, store):
        windows = (month(None),)
        results = [store.consume(windows) for _ in range(20)]
        assert all(result.admitted for result in results)
        assert results[-1].counts[0].used == 20
        assert results[-1].counts[0].remaining is None
        assert results[-1].binding is None

    def test_zero_limit_rejects_first(self, store):
        assert not store.consume((month(0),)).admitted

    def test_next_window_starts_empty(self, store):
        for _ in range(3):
            store.consume((minute(3),))
        later = minute(3, start=MINUTE_START + 60)
        result = store.consume((later,))
        assert result.admitted
        assert result.counts[0].used == 1

    def test_scopes_count_separately(self, store):
        store.consume((minute(1, scope="rate:key_a"),))
        result = store.consume((minute(1, scope="rate:key_b"),))
        assert result.admitted

    def test_peek_does_not_count(self, store):
        windows = (minute(5), month(5))
        for _ in range(3):
            store.peek(windows)
        assert [count.used for count in store.peek(windows)] == [0, 0]

    def test_stores_share_counts(self, make_store):
        make_store().consume((minute(5),))
        assert make_store().peek((minute(5),))[0].used == 1

    def test_concurrent_consume_admits_exactly_limit(self, make_store):
        windows = (minute(25),)
        results = consume_concurrently(make_store, windows, threads=THREADS, attempts=10)
        admitted = [result for result in results if result.admitted]
        rejected = [result for result in results if not result.admitted]
        assert len(admitted) == 25
        assert len(rejected) == THREADS * 10 - 25
        # Each admitted request saw its own count, so no two of them read the same value.
        assert sorted(result.counts[0].used for result in admitted) == list(range(1, 26))
        assert {(result.binding.limit, result.binding.remaining) for result in rejected} == {(25, 0)}
        assert make_store().peek(windows)[0].used == 25

    def test_concurrent_consume_below_limit_admits_all(self, make_store):
        windows = (minute(1000),)
        results = consume_concurrently(make_store, windows, threads=THREADS, attempts=10)
        assert all(result.admitted for result in results)
        assert sorted(result.counts[0].used for result in results) == list(range(1, THREADS * 10 + 1))
        assert make_store().peek(windows)[0].used == THREADS * 10

    def test_concurrent_month_admits_last_five(self, make_store):
        quota = 50
        windows = (minute(1000), month(quota))
        store = make_store()
        for _ in range(quota - 5):
            store.consume((month(quota),))
        results = consume_concurrently(make_store, windows, threads=20, attempts=1)
        admitted = [result for result in results if result.admitted]
        rejected = [result for result in results if not result.admitted]
        assert len(admitted) == 5
        assert sorted(result.counts[1].used for result in admitted) == list(range(46, 51))
        assert {result.binding.window for result in rejected} == {month(quota)}
        assert store.peek((month(quota),))[0].used == quota
        assert store.peek((minute(1000),))[0].used == 5

    def test_concurrent_windows_count_together(self, make_store):
        windows = (minute(1000), month(30))
        results = consume_concurrently(make_store, windows, threads=THREADS, attempts=8)
        assert sum(result.admitted for result in results) == 30
        assert [count.used for count in make_store().peek(windows)] == [30, 30]
