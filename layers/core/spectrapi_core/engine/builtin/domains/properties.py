"""Residential listings: address parts agree, and size, bedrooms and price stay plausible together."""

from __future__ import annotations

import math
import random
from datetime import timedelta
from typing import Any

from ....errors import InvalidInstructionError
from ..common import (
    Context,
    ascii_fold,
    datetime_between,
    email_for,
    from_usd,
    person_name,
    round_price,
    to_usd,
)
from ..data import properties as data
from ..places import PlacePicker
from ..spec import NumberRange, Spec

_SQFT_PER_SQM = 10.7639


class PropertyGenerator:
    """Generator of property listings within the spec's place, bedroom, price and date constraints."""

    def __init__(self, spec: Spec, ctx: Context) -> None:
        self.spec = spec
        self.ctx = ctx
        self.places = PlacePicker(spec, ctx)
        self.currency = ctx.currency
        self.metric = ctx.locale in {"fr-FR", "de-DE"}
        self.size_key = "square_meters" if self.metric else "square_feet"
        self.default_fields: tuple[str, ...] = (
            "address", "city", self.places.region_key, self.places.postal_key, "property_type", "price",
            "currency", "bedrooms", "bathrooms", self.size_key, "year_built", "listing_date", "status",
            "features", "agent",
        )  # fmt: skip

        bedrooms = spec.ranges.get("bedrooms") or NumberRange()
        excluded = set(spec.exclusions.get("property_types", ()))
        types = [kind for kind in spec.property_types or data.PROPERTY_TYPES if kind not in excluded]
        if not types:
            raise InvalidInstructionError(
                f"The instruction excludes every requested property type ({', '.join(sorted(excluded))}). "
                "Remove an exclusion."
            )
        self.types = [kind for kind in types if _overlaps(bedrooms, *data.PROPERTY_TYPES[kind][1])] or list(types)
        self.type_weights = [data.PROPERTY_TYPES[kind][0] for kind in self.types]
        low, high = bedrooms.clamp(1, 6)
        if high < low or high < 0:
            raise InvalidInstructionError(f"The bedroom range {bedrooms.low}-{bedrooms.high} is empty.")
        self.bedroom_range = (max(0, math.ceil(low)), max(0, math.floor(high)))
        self.price = spec.ranges.get("price")
        self.rent = spec.listing == "rent"
        self.built_range = _built_bounds(spec.ranges.get("year_built"), ctx.now.year)

    def _rent(self, rng: random.Random, sqft: int) -> int:
        """Draw a monthly rent for a home of `sqft` square feet, within the price range when there is one."""
        rent = from_usd(sqft * rng.uniform(*data.RENT_PER_SQFT_USD), self.currency)
        if self.price is not None and not self.price.contains(rent):
            low, high = self.price.clamp(rent * 0.6, rent * 1.4)
            # Most asking rents sit in the upper part of a stated budget, few far below it.
            rent = low + (high - low) * rng.betavariate(3.0, 1.6)
            rent_step = 5
        else:
            rent_step = 25
        rent = round(rent / rent_step) * rent_step
        if self.price is not None:
            low, high = self.price.clamp(rent, rent)
            rent = min(high, max(low, rent))
        return int(rent)

    def record(self) -> dict[str, Any]:
        """Build one listing with every default field."""
        ctx = self.ctx
        rng = ctx.rng
        now = ctx.now
        kind = rng.choices(self.types, weights=self.type_weights)[0]
        type_low, type_high = data.PROPERTY_TYPES[kind][1]
        if "bedrooms" in self.spec.ranges:
            bedrooms = rng.randint(*self.bedroom_range)
        else:
            bedrooms = rng.randint(max(type_low, self.bedroom_range[0]), min(type_high, self.bedroom_range[1]))

        bath_bounds = self.spec.ranges.get("bathrooms")
        if bath_bounds is not None:
            low, high = bath_bounds.clamp(1, 5)
            bathrooms = rng.randint(int(low * 2), int(high * 2)) / 2
        else:
            # At most one bathroom more than bedrooms, and one only for larger homes: a half bath is common.
            extra = rng.choice((0.0, 0.5, 1.0, 1.0, 1.5)) if bedrooms >= 3 else rng.choice((0.0, 0.5, 1.0))
            bathrooms = min(max(1.0, bedrooms - 1 + extra), max(1.0, bedrooms + (1.0 if bedrooms >= 3 else 0.5)))

        sqft_low, sqft_high = 400 + 350 * bedrooms, 700 + 650 * bedrooms
        per_sqft = rng.uniform(*data.PRICE_PER_SQFT_USD)
        if self.rent:
            sqft = rng.randint(sqft_low, sqft_high)
            price = self._rent(rng, sqft)
        elif self.price is not None:
            price_low, price_high = self.price.clamp(
                from_usd(sqft_low * data.PRICE_PER_SQFT_USD[0], self.currency),
                from_usd(sqft_high * data.PRICE_PER_SQFT_USD[1], self.currency),
            )
            price = round_price(rng.uniform(price_low, price_high), 1000)
            price = int(min(price_high, max(price_low, price)))
            sqft = int(min(sqft_high, max(sqft_low, to_usd(price, self.currency) / per_sqft)))
        else:
            sqft = rng.randint(sqft_low, sqft_high)
            price = round_price(from_usd(sqft * per_sqft, self.currency), 1000)

        size_bounds = self.spec.ranges.get(self.size_key)
        size = round(sqft / _SQFT_PER_SQM) if self.metric else sqft
        if size_bounds is not None and not size_bounds.contains(size):
            low, high = size_bounds.clamp(size * 0.5, size * 1.5)
            size = int(rng.uniform(low, high))

        year_built = rng.randint(*self.built_range)
        listed_start, listed_end = self.spec.window or (now - timedelta(days=90), now)

        city = self.places.city()
        first, last = person_name(ctx)
        brokerage = rng.choice(data.BROKERAGES[ctx.locale])
        domain = data.BROKERAGE_DOMAINS.get(brokerage) or ascii_fold(brokerage.split()[0]).lower() + ".com"
        return {
            **self.places.address(city),
            "property_type": data.PROPERTY_TYPE_LABELS.get(self.places.ctx.locale, {}).get(kind, kind),
            "price": price,
            "currency": self.currency,
            "bedrooms": bedrooms,
            "bathrooms": float(bathrooms),
            self.size_key: size,
            "year_built": year_built,
            "listing_date": datetime_between(rng, listed_start, listed_end).date().isoformat(),
            "status": rng.choices(*zip(*data.LISTING_STATUSES, strict=True))[0],
            "features": rng.sample(
                data.LOCAL_HOME_FEATURES.get(self.places.ctx.locale, data.HOME_FEATURES), rng.randint(2, 5)
            ),
            "agent": {
                "name": f"{first} {last}",
                "phone": self.places.phone(city, mobile=True),
                "email": email_for(ctx, first, last, domain),
                "brokerage": brokerage,
            },
        }


def _built_bounds(stated: NumberRange | None, this_year: int) -> tuple[int, int]:
    """Return the year-built interval: stated bounds, open sides from 1950 to this year, never in the future.

    Raises:
        InvalidInstructionError: The stated bounds lie wholly after this year or before 1700.
    """
    stated = stated or NumberRange()
    low = 1950 if stated.low is None else stated.low
    high = this_year if stated.high is None else stated.high
    if stated.low is None:
        low = min(low, high - 30)
    low, high = max(int(low), 1700), min(int(high), this_year)
    if low > high:
        raise InvalidInstructionError(
            f"No home can be built {_describe(stated)}: years built run from 1700 to {this_year}. "
            "Change the year in the instruction."
        )
    return low, high


def _describe(bounds: NumberRange) -> str:
    if bounds.high is None:
        return f"from {bounds.low:.0f}"
    if bounds.low is None:
        return f"up to {bounds.high:.0f}"
    return f"in {bounds.low:.0f}-{bounds.high:.0f}"


def _overlaps(bounds: NumberRange, low: int, high: int) -> bool:
    return (bounds.low is None or bounds.low <= high) and (bounds.high is None or bounds.high >= low)
