"""Builders of date and time fields, where paired fields agree: check-out follows check-in, end follows start.

The first field of a pair stores its instant in the record state and the second one adds a gap that fits the
pair, so the assembler builds the second field after the first (see `BUILD_ORDER_END`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from .common import Context, datetime_between, iso_utc
from .spec import NumberRange, Spec

Builder = Callable[[Context, dict[str, Any]], Any]

DAY = 86400
_PAIRS: tuple[tuple[str, str, str], ...] = (
    # (pair group, start-side words, end-side words) matched against whole snake_case tokens of a field name.
    ("stay", r"check_?in", r"check_?out"),
    ("flight", r"departure|departs|depart", r"arrival|arrives|arrive"),
    ("rental", r"pickup|pick_up|loan|borrowed|rental|rented", r"dropoff|drop_off|return|returned"),
    ("due", r"issue|issued|invoice|billing", r"due|payment_due"),
    (
        "update",
        r"created|signup|joined|registered|published|posted",
        r"updated|modified|last_login|last_seen|last_active",
    ),
    ("resolve", r"opened|reported|submitted", r"closed|resolved|completed"),
    ("transit", r"shipped|ordered|order|dispatched", r"delivered|delivery|received"),
    ("tenure", r"hire|hired|start_of_employment", r"termination|terminated|exit"),
    ("admission", r"admission|admitted", r"discharge|discharged"),
    ("span", r"start|starts|begin|begins|valid_from", r"end|ends|finish|valid_until|valid_to"),
)
_GAPS_SECONDS: dict[str, tuple[int, int]] = {
    "stay": (DAY, 14 * DAY), "flight": (3600, 14 * 3600), "rental": (DAY, 14 * DAY), "due": (14 * DAY, 60 * DAY),
    "update": (0, 300 * DAY), "resolve": (1800, 10 * DAY), "transit": (DAY, 7 * DAY),
    "tenure": (365 * DAY, 8 * 365 * DAY), "admission": (DAY, 14 * DAY), "span": (DAY, 180 * DAY),
}  # fmt: skip
_SPAN_GAPS: dict[str, tuple[int, int]] = {
    "event": (0, 3 * DAY), "project": (30 * DAY, 365 * DAY), "appointment": (900, 7200), "meeting": (900, 7200),
    "shift": (4 * 3600, 12 * 3600), "subscription": (30 * DAY, 365 * DAY), "course": (30 * DAY, 180 * DAY),
    "sprint": (7 * DAY, 21 * DAY), "campaign": (7 * DAY, 90 * DAY), "trip": (DAY, 21 * DAY),
}  # fmt: skip
_START_WINDOWS_DAYS: dict[str, tuple[int, int]] = {
    # Days relative to `now` in which the first field of a pair lies.
    "stay": (-90, 180), "flight": (-30, 120), "rental": (-30, 90), "due": (-180, 0), "update": (-730, -30),
    "resolve": (-90, 0), "transit": (-60, 0), "tenure": (-20 * 365, -365), "admission": (-365, 0),
    "span": (-180, 180),
}  # fmt: skip
_SPAN_WINDOWS_DAYS: dict[str, tuple[int, int]] = {
    "event": (1, 240), "project": (-365, 90), "appointment": (1, 60), "meeting": (-30, 30),
    "subscription": (-365, 0),
}  # fmt: skip
_PAST_ENDS = frozenset({"update", "resolve", "transit", "tenure"})
"""Pairs whose second field reports something that already happened, so it never lies after `now`."""
_FUTURE_WORDS = frozenset({"due", "deadline", "expires", "expiry", "expiration", "renewal", "scheduled", "upcoming"})
_UPCOMING = frozenset({"event", "appointment", "meeting", "concert", "webinar", "class", "session", "match"})
"""Entities whose plain `date` lies ahead of `now`, as listings of upcoming events do."""
_BIRTH_AGES: dict[str, tuple[int, int]] = {"student": (17, 30), "patient": (0, 95), "employee": (20, 66)}
_DATE_WORDS = frozenset(
    {"date", "at", "on", "time", "timestamp", "datetime", "created", "updated", "published", "posted",
     "deadline", "due", "since", "birthday", "dob", "birth", "day", "joined", "signup", "hired", "expires",
     "expiry", "modified", "expiration", "scheduled", "renewal", "login", "seen", "shipped", "delivered",
     "dispatched", "until", "checkin", "checkout", "visit", "activity", "borrowed", "returned"}
)  # fmt: skip
"""Last words of field names that hold a date or an instant (`created_at`, `due`, `date_of_birth`)."""
_TIME_WORDS = frozenset({"at", "time", "timestamp", "datetime"})
BUILD_ORDER_END = 2
"""Build order of the second field of a pair: after every plain field (order 1)."""


def is_temporal(name: str, tokens: list[str]) -> bool:
    """Return whether a field name describes a date or an instant."""
    if tokens[-1] in _DATE_WORDS or "birth" in tokens:
        return True
    return any(re.fullmatch(f"{start}|{end}", name) for _, start, end in _PAIRS)


def _pair_side(name: str) -> tuple[str, int] | None:
    for group, start_words, end_words in _PAIRS:
        if re.search(rf"(?:^|_)(?:{end_words})(?:_|$)", name):
            return group, 1
        if re.search(rf"(?:^|_)(?:{start_words})(?:_|$)", name):
            return group, 0
    return None


def build_order(name: str, tokens: list[str]) -> int:
    """Return when to build a date field: 1 for plain and first-of-pair fields, BUILD_ORDER_END for the second."""
    side = _pair_side(name) if is_temporal(name, tokens) else None
    return BUILD_ORDER_END if side is not None and side[1] == 1 else 1


def time_builder(name: str, tokens: list[str], spec: Spec, noun: str) -> Builder | None:
    """Return a builder for a date, date-time or year field, or None when the name is not temporal."""
    if "year" in tokens or name == "vintage":
        return _year_builder(spec)
    if not is_temporal(name, tokens):
        return None

    token_set = set(tokens)
    with_time = bool(token_set & _TIME_WORDS) or name.endswith("_at")
    if {"birth", "birthday", "dob"} & token_set:
        low_age, high_age = _BIRTH_AGES.get(noun, (18, 85))
        bounds = spec.ranges.get("age") or NumberRange()
        low_age, high_age = (int(value) for value in bounds.clamp(low_age, high_age))
        return lambda ctx, state: (
            (ctx.now - timedelta(days=ctx.rng.randint(low_age * 365 + 1, high_age * 365 + 364))).date().isoformat()
        )

    side = _pair_side(name)
    if side is None:
        future = bool(token_set & _FUTURE_WORDS) or (name in {"date", "datetime", "time"} and noun in _UPCOMING)
        return _single_builder(spec, future, with_time)
    group, end_side = side
    return _pair_builder(spec, noun, group, bool(end_side), with_time)


def _year_builder(spec: Spec) -> Builder:
    bounds = spec.ranges.get("year") or NumberRange()

    def build_year(ctx: Context, state: dict[str, Any]) -> int:
        if spec.window is not None and bounds.low is None and bounds.high is None:
            return ctx.rng.randint(spec.window[0].year, spec.window[1].year)
        low, high = bounds.clamp(ctx.now.year - 40, ctx.now.year)
        return ctx.rng.randint(int(low), int(high))

    return build_year


def _format(moment: datetime, with_time: bool) -> str:
    return iso_utc(moment) if with_time else moment.date().isoformat()


def _single_builder(spec: Spec, future: bool, with_time: bool) -> Builder:
    def build(ctx: Context, state: dict[str, Any]) -> str:
        if spec.window is not None:
            start, end = spec.window
        elif future:
            start, end = ctx.now + timedelta(days=1), ctx.now + timedelta(days=90)
        else:
            start, end = ctx.now - timedelta(days=365), ctx.now
        return _format(datetime_between(ctx.rng, start, end), with_time)

    return build


def _pair_builder(spec: Spec, noun: str, group: str, end_side: bool, with_time: bool) -> Builder:
    low_gap, high_gap = _SPAN_GAPS.get(noun, _GAPS_SECONDS[group]) if group == "span" else _GAPS_SECONDS[group]
    first_day, last_day = _START_WINDOWS_DAYS[group]
    if group == "span":
        first_day, last_day = _SPAN_WINDOWS_DAYS.get(noun, (first_day, last_day))
    whole_days = low_gap >= DAY and not with_time
    key = f"moment_{group}"

    def start_moment(ctx: Context) -> datetime:
        if spec.window is not None:
            return datetime_between(ctx.rng, *spec.window)
        return datetime_between(ctx.rng, ctx.now + timedelta(days=first_day), ctx.now + timedelta(days=last_day))

    def build(ctx: Context, state: dict[str, Any]) -> str:
        start = state.get(key)
        if start is None and end_side and group == "due":
            # A due date without an issue date lies ahead, like any other deadline.
            return _format(
                datetime_between(ctx.rng, ctx.now + timedelta(days=1), ctx.now + timedelta(days=90)), with_time
            )
        if start is None and not end_side:
            state[key] = start_moment(ctx)
            return _format(state[key], with_time)
        if start is None:
            # The first field of the pair is absent from the record, so the gap counts from an unseen start.
            start = start_moment(ctx)
        if whole_days:
            gap = timedelta(days=ctx.rng.randint(low_gap // DAY, high_gap // DAY))
        else:
            gap = timedelta(seconds=ctx.rng.randint(low_gap, high_gap))
        end = start + gap
        if group in _PAST_ENDS and end > ctx.now:
            end = max(start, ctx.now)
        state[f"gap_days_{group}"] = (end.date() - start.date()).days
        return _format(end, with_time)

    return build
