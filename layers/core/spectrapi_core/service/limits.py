"""Per-key rate limits and per-account monthly quotas, counted in fixed windows.

Each metered request is counted in two windows at once, or in neither:

- the calendar minute (UTC) of the key, limited by the account's `rate_per_minute` or else the plan's rate;
- the calendar month (UTC, from 00:00 on the 1st) of the account and key mode, limited by the plan's
  `monthly_quota` for live keys and `test_monthly_quota` for test keys. Test and live requests are counted
  separately, so test traffic never spends the live quota.

The `X-RateLimit-*` headers describe the binding window: the minute, unless the month has fewer requests left (see
`binding_window`). A rejected request gets `Retry-After`, the whole seconds until the blocking window resets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from spectrapi_core.errors import RateLimitExceededError
from spectrapi_core.models import UsageResponse, UsageWindow
from spectrapi_core.plans import Plan, get_plan
from spectrapi_core.service.keys import Principal
from spectrapi_core.stores.ports import ConsumeResult, CounterWindow, UsageStore, WindowCount, binding_window

SECONDS_PER_MINUTE = 60


@dataclass(frozen=True)
class RequestWindows:
    """The two windows a request of one principal is counted in."""

    minute: CounterWindow
    month: CounterWindow

    def as_tuple(self) -> tuple[CounterWindow, CounterWindow]:
        """Return the windows in binding-tie order: the minute first."""
        return (self.minute, self.month)


@dataclass(frozen=True)
class Usage:
    """Counts of both windows of one principal, with the plan they were measured against."""

    principal: Principal
    plan: Plan
    minute: WindowCount
    month: WindowCount

    @property
    def binding(self) -> WindowCount | None:
        """Return the window the rate-limit headers describe."""
        return binding_window((self.minute, self.month))

    def to_response(self) -> UsageResponse:
        """Build the public body of `GET /api/v1/usage`."""
        return UsageResponse(
            key_id=self.principal.key_id,
            account_id=self.principal.account_id,
            plan=self.plan.name,
            mode=self.principal.mode,
            minute=_usage_window(self.minute),
            month=_usage_window(self.month),
        )


def month_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Return the start of `now`'s calendar month in UTC and the start of the next one."""
    moment = now.astimezone(UTC)
    start = datetime(moment.year, moment.month, 1, tzinfo=UTC)
    if moment.month == 12:
        return start, datetime(moment.year + 1, 1, 1, tzinfo=UTC)
    return start, datetime(moment.year, moment.month + 1, 1, tzinfo=UTC)


def request_windows(principal: Principal, now: datetime) -> RequestWindows:
    """Build the minute and month windows that contain `now` for a principal."""
    plan = get_plan(principal.plan)
    minute_start = math.floor(now.timestamp()) // SECONDS_PER_MINUTE * SECONDS_PER_MINUTE
    month_start, month_end = month_bounds(now)
    monthly_quota = plan.test_monthly_quota if principal.mode == "test" else plan.monthly_quota
    return RequestWindows(
        minute=CounterWindow(
            scope=f"rate:{principal.key_id}",
            start=minute_start,
            reset=minute_start + SECONDS_PER_MINUTE,
            limit=principal.rate_per_minute or plan.rate_per_minute,
        ),
        month=CounterWindow(
            scope=f"quota:{principal.account_id}:{principal.mode}",
            start=int(month_start.timestamp()),
            reset=int(month_end.timestamp()),
            limit=monthly_quota,
        ),
    )


def rate_limit_headers(count: WindowCount | None) -> dict[str, str]:
    """Build the `X-RateLimit-Limit`, `-Remaining` and `-Reset` headers of a window.

    Returns no headers for None or an unlimited window, because there is no limit to describe.
    """
    if count is None or count.limit is None:
        return {}
    return {
        "X-RateLimit-Limit": str(count.limit),
        "X-RateLimit-Remaining": str(count.remaining),
        "X-RateLimit-Reset": str(count.reset),
    }


def seconds_until(reset: int, now: datetime) -> int:
    """Return the whole seconds from `now` until the Unix time `reset`, at least 1, for `Retry-After`."""
    return max(1, math.ceil(reset - now.timestamp()))


def enforce_limits(store: UsageStore, principal: Principal, *, now: datetime) -> ConsumeResult:
    """Count one request of a principal against its per-minute rate and monthly quota.

    Returns:
        The admitted result; its `binding` window gives the rate-limit headers.

    Raises:
        RateLimitExceededError: a window is full. Nothing was counted; the error carries `Retry-After` and the
            rate-limit headers of the blocking window.
    """
    windows = request_windows(principal, now)
    result = store.consume(windows.as_tuple())
    if result.admitted:
        return result

    blocking = max((count for count in result.counts if count.full), key=lambda count: count.reset)
    retry_after = seconds_until(blocking.reset, now)
    raise RateLimitExceededError(
        _rejection_message(principal, blocking, retry_after, is_minute=blocking.window == windows.minute),
        retry_after=retry_after,
        headers=rate_limit_headers(blocking),
    )


def get_usage(store: UsageStore, principal: Principal, *, now: datetime) -> Usage:
    """Read both windows of a principal without counting a request."""
    windows = request_windows(principal, now)
    minute, month = store.peek(windows.as_tuple())
    return Usage(principal=principal, plan=get_plan(principal.plan), minute=minute, month=month)


def _rejection_message(principal: Principal, blocking: WindowCount, retry_after: int, *, is_minute: bool) -> str:
    plan = get_plan(principal.plan)
    if is_minute:
        return (
            f"Rate limit exceeded: this key may make {blocking.limit} requests per minute on the {plan.title} plan. "
            f"Retry after {retry_after} seconds."
        )
    resets_at = datetime.fromtimestamp(blocking.reset, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"Monthly quota exceeded: this account has used its {blocking.limit} {principal.mode} requests for this "
        f"month on the {plan.title} plan. The quota resets at {resets_at}; upgrade the plan for a larger quota."
    )


def _usage_window(count: WindowCount) -> UsageWindow:
    return UsageWindow(used=count.used, limit=count.limit, remaining=count.remaining, reset=count.reset)
