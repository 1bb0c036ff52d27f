"""Vehicle listings whose make, model, trim and price agree and whose VIN is valid.

Each VIN carries a correct check digit (position 9) and the model-year code of the listing's year.
"""

from __future__ import annotations

import bisect
import random
from datetime import timedelta
from typing import Any

from ....errors import InvalidInstructionError
from ..checksums import vin_check_digit, vin_year_code
from ..common import Context, datetime_between, from_usd, round_price, to_usd
from ..data import vehicles as data
from ..places import PlacePicker
from ..spec import NumberRange, Spec

DEFAULT_FIELDS = (
    "make", "model", "trim", "year", "body_type", "fuel_type", "condition", "price", "currency", "mileage",
    "mileage_unit", "exterior_color", "vin", "features", "dealer", "listed_date",
)  # fmt: skip

_KM_PER_MILE = 1.609344
_FIRST_VIN_YEAR = 1981
_LUXURY_MIN_MSRP = 55000
_BUDGET_MAX_MSRP = 32000


def _depreciation(age: float) -> float:
    """Return the share of MSRP a car keeps after `age` years.

    A car loses about 15% in its first year and 10% a year after that, never falling below 25%.
    """
    if age <= 0:
        return 1.0
    return max(0.25, 0.85 * 0.9 ** max(0.0, age - 1))


def _band_share(age: int) -> tuple[float, float]:
    """Return the (lowest, highest) plausible asking price of a car `age` model years old, as shares of MSRP."""
    return _depreciation(age + 1) * 0.92, 1.05 * (1.0 if age <= 0 else _depreciation(age))


class VehicleGenerator:
    """Generator of vehicle listings from the catalog entries that meet every constraint of the spec."""

    default_fields: tuple[str, ...] = DEFAULT_FIELDS

    def __init__(self, spec: Spec, ctx: Context) -> None:
        self.spec = spec
        self.ctx = ctx
        self.places = PlacePicker(spec, ctx)
        self.market = spec.place_locale or ctx.locale
        self.currency = ctx.currency
        self.metric = ctx.locale in {"fr-FR", "de-DE"}
        now_year = ctx.now.year

        if spec.condition in {"Used", "Certified Pre-Owned"}:
            default_years = (now_year - 10, now_year)
        elif spec.condition == "New":
            default_years = (now_year, now_year + 1)
        else:
            default_years = (now_year - 8, now_year + 1)
        if "price" in spec.ranges and spec.condition != "New":
            # Cheap listings are old listings: let the default model years reach back far enough.
            default_years = (now_year - 20, default_years[1])
        self.year_range = _year_bounds(spec.ranges.get("year"), default_years, now_year + 1)

        price = spec.ranges.get("price") or NumberRange()
        self.price_usd = NumberRange(
            None if price.low is None else to_usd(price.low, self.currency),
            None if price.high is None else to_usd(price.high, self.currency),
        )
        self.mileage_miles = spec.ranges.get("mileage")
        kilometres = spec.ranges.get("mileage_km")
        if self.mileage_miles is None and kilometres is not None:
            self.mileage_miles = NumberRange(
                None if kilometres.low is None else kilometres.low / _KM_PER_MILE,
                None if kilometres.high is None else kilometres.high / _KM_PER_MILE,
            )
        self._band_shares = {
            year: _band_share(now_year - year) for year in range(self.year_range[0], self.year_range[1] + 1)
        }
        self.candidates = self._candidates()
        self.cumulative_weights = self._cumulative_weights()

    def _candidates(self) -> list[tuple[str, str, dict[str, Any], str, int, tuple[str, ...], tuple[int, ...]]]:
        """List (make, model, model data, trim, MSRP, fuel types, model years) of every allowed catalog trim.

        A model year is allowed only when the trim's plausible used price that year meets the price range.
        """
        spec = self.spec
        year_low, year_high = self.year_range
        requested_models = set(spec.models)
        excluded_makes = set(spec.exclusions.get("makes", ()))
        excluded_fuels = set(spec.exclusions.get("fuel_types", ()))
        excluded_bodies = set(spec.exclusions.get("body_types", ()))
        rows = []
        for make, make_data in data.MAKES.items():
            if (spec.makes and make not in spec.makes) or make in excluded_makes:
                continue
            if not spec.makes and spec.luxury and not make_data["luxury"]:
                continue
            if not spec.makes and self.market not in data.MAKE_MARKETS.get(make, (self.market,)):
                continue
            if spec.budget and make_data["luxury"]:
                continue
            for model, model_data in make_data["models"].items():
                chosen_models = requested_models & set(make_data["models"])
                if chosen_models and model not in chosen_models:
                    continue
                if spec.body_types and model_data["body"] not in spec.body_types:
                    continue
                if model_data["body"] in excluded_bodies:
                    continue
                owned = {
                    fuel
                    for trim, _ in model_data["trims"]
                    for fuel in data.TRIM_FUELS.get((make, model, trim), ((), 0))[0]
                }
                for trim, msrp in model_data["trims"]:
                    trim_fuels, trim_since = data.TRIM_FUELS.get(
                        (make, model, trim), (tuple(fuel for fuel in model_data["fuel"] if fuel not in owned), 0)
                    )
                    fuels = tuple(
                        fuel
                        for fuel in trim_fuels
                        if (not spec.fuel_types or fuel in spec.fuel_types) and fuel not in excluded_fuels
                    )
                    if not fuels:
                        continue
                    if spec.luxury and msrp < _LUXURY_MIN_MSRP and not _is_top_trim(model_data, trim):
                        continue
                    if spec.budget and msrp > _BUDGET_MAX_MSRP:
                        continue
                    first_year = max(year_low, model_data["since"], trim_since)
                    years = tuple(range(first_year, year_high + 1))
                    if self.price_usd.low is not None or self.price_usd.high is not None:
                        low = -1.0 if self.price_usd.low is None else self.price_usd.low / msrp
                        high = float("inf") if self.price_usd.high is None else self.price_usd.high / msrp
                        shares = self._band_shares
                        years = tuple(year for year in years if shares[year][1] >= low and shares[year][0] <= high)
                    if years:
                        rows.append((make, model, model_data, trim, msrp, fuels, years))
        if not rows:
            raise InvalidInstructionError(self._conflict_message())
        return rows

    def _cumulative_weights(self) -> list[float]:
        """Weight each candidate so that makes appear with their listing share, or evenly when named."""
        rows_per_make: dict[str, int] = {}
        for row in self.candidates:
            rows_per_make[row[0]] = rows_per_make.get(row[0], 0) + 1
        total = 0.0
        cumulative = []
        for row in self.candidates:
            share = 1.0 if self.spec.makes else data.MAKE_SHARES.get(row[0], 1.0)
            total += share / rows_per_make[row[0]]
            cumulative.append(total)
        return cumulative

    def _price_band(self, msrp: int, year: int) -> tuple[float, float]:
        """Return the plausible asking prices in US dollars of one trim of one model year."""
        cheapest, dearest = _band_share(self.ctx.now.year - year)
        return msrp * cheapest, msrp * dearest

    def _conflict_message(self) -> str:
        spec = self.spec
        parts = []
        if spec.makes:
            parts.append("make " + " or ".join(spec.makes))
        if spec.models:
            parts.append("model " + " or ".join(spec.models))
        if spec.fuel_types:
            parts.append("fuel type " + " or ".join(spec.fuel_types))
        if spec.body_types:
            parts.append("body type " + " or ".join(spec.body_types))
        if "year" in spec.ranges:
            parts.append(f"model years {self.year_range[0]}-{self.year_range[1]}")
        if "price" in spec.ranges:
            parts.append("the price range")
        if spec.luxury:
            parts.append("luxury")
        if spec.budget:
            parts.append("budget")
        for key, label in (("makes", "no make"), ("fuel_types", "no fuel type"), ("body_types", "no body type")):
            if spec.exclusions.get(key):
                parts.append(f"{label} " + " or ".join(spec.exclusions[key]))
        described = ", ".join(parts) or "these constraints"
        return f"No vehicle in the catalog matches {described}. Remove or relax one of these constraints."

    def _color(self, paints: tuple[str, ...]) -> str:
        """Draw a paint of the make, among those of the requested basic colours when the spec names some."""
        rng = self.ctx.rng
        if not self.spec.colors:
            return rng.choice(paints)
        basic = rng.choice(self.spec.colors)
        words = data.COLOR_WORDS.get(basic, (basic,))
        matching = [paint for paint in paints if any(word in f"{paint.lower()} " for word in words)]
        return rng.choice(matching) if matching else basic.title()

    def record(self) -> dict[str, Any]:
        """Build one vehicle listing with every default field and a few extras (such as `msrp`)."""
        ctx = self.ctx
        rng = ctx.rng
        now = ctx.now
        index = bisect.bisect_right(self.cumulative_weights, rng.random() * self.cumulative_weights[-1])
        make, model, model_data, trim, msrp, fuels, years = self.candidates[min(index, len(self.candidates) - 1)]
        make_data = data.MAKES[make]
        year = years[int(rng.random() * len(years))]
        age = max(0.0, now.year - year + rng.random())

        condition = self.spec.condition
        if condition is None:
            condition = (
                "New"
                if year >= now.year and rng.random() < 0.7
                else rng.choice(("Used", "Used", "Certified Pre-Owned"))
            )
        if condition == "New":
            mileage_miles = rng.randint(0, 50)
        else:
            mileage_miles = max(rng.randint(300, 4000), int(age * rng.uniform(*data.MILES_PER_YEAR)))

        mileage_range = self.mileage_miles
        if mileage_range is not None and not mileage_range.contains(mileage_miles):
            low, high = mileage_range.clamp(0, max(mileage_miles, (mileage_range.low or 0) * 1.6, 1000))
            mileage_miles = int(rng.uniform(low, high))

        price_usd = msrp * (1.0 if condition == "New" else _depreciation(age)) * rng.uniform(0.92, 1.05)
        if not self.price_usd.contains(price_usd):
            cheapest, dearest = self._price_band(msrp, year)
            low = max(self.price_usd.low or 0.0, cheapest)
            high = min(self.price_usd.high or float("inf"), dearest)
            price_usd = rng.uniform(min(low, high), max(low, high))
        price = round_price(from_usd(price_usd, self.currency), 100)
        price_range = self.spec.ranges.get("price")
        if price_range is not None:
            low, high = price_range.clamp(price, price)
            price = int(min(high, max(low, price)))

        city = self.places.city()
        dealer_name = rng.choice(data.DEALER_NAME_FORMATS[ctx.locale]).format(
            make=make,
            city=city.name,
            surname=ctx.tables.last_names.draw(rng),
            region_word=rng.choice(data.DEALER_REGION_WORDS),
        )
        features = rng.sample(data.FEATURES, rng.randint(3, 6))
        if make_data["luxury"]:
            features += rng.sample(data.LUXURY_FEATURES, rng.randint(2, 4))
        listed_start, listed_end = self.spec.window or (now - timedelta(days=60), now)

        mileage = round(mileage_miles * _KM_PER_MILE) if self.metric else mileage_miles
        return {
            "make": make,
            "model": model,
            "trim": trim,
            "year": year,
            "body_type": model_data["body"],
            "fuel_type": rng.choice(fuels),
            "condition": condition,
            "price": price,
            "currency": self.currency,
            "mileage": mileage,
            "mileage_unit": "km" if self.metric else "mi",
            "exterior_color": self._color(make_data["colors"]),
            "vin": _vin(rng, make_data["wmi"], year),
            "features": features,
            "dealer": {
                "name": dealer_name,
                "city": city.name,
                self.places.region_key: city.region,
                "phone": self.places.phone(city),
            },
            "listed_date": datetime_between(rng, listed_start, listed_end).date().isoformat(),
            "msrp": round_price(from_usd(msrp, self.currency), 100),
        }


def _year_bounds(stated: NumberRange | None, default: tuple[int, int], last_model_year: int) -> tuple[int, int]:
    """Return the model-year interval: the stated bounds, open sides filled from `default`, within what exists.

    Raises:
        InvalidInstructionError: The stated bounds hold no model year between 1981 (the first year of 17-character
            VINs) and `last_model_year`.
    """
    stated = stated or NumberRange()
    low = default[0] if stated.low is None else stated.low
    high = default[1] if stated.high is None else stated.high
    if stated.high is None:
        high = max(high, min(low + 5, last_model_year))
    if stated.low is None:
        low = min(low, high - 5)
    low, high = max(int(low), _FIRST_VIN_YEAR), min(int(high), last_model_year)
    if low > high:
        wanted = (
            f"from {stated.low:.0f}"
            if stated.high is None
            else f"up to {stated.high:.0f}"
            if stated.low is None
            else f"{stated.low:.0f}-{stated.high:.0f}"
        )
        raise InvalidInstructionError(
            f"No vehicle has a model year {wanted}: model years run from {_FIRST_VIN_YEAR} to {last_model_year}. "
            "Change the year in the instruction."
        )
    return low, high


def _is_top_trim(model_data: dict[str, Any], trim: str) -> bool:
    return trim == model_data["trims"][-1][0]


def _vin(rng: random.Random, wmi_choices: tuple[str, ...], year: int) -> str:
    """Build a 17-character VIN: WMI, five descriptor characters, check digit, year code, plant, serial."""
    alphabet = data.VIN_ALPHABET
    descriptor = "".join(alphabet[int(rng.random() * len(alphabet))] for _ in range(5))
    plant = data.VIN_PLANT_CODES[int(rng.random() * len(data.VIN_PLANT_CODES))]
    serial = f"{rng.randrange(1_000_000):06d}"
    draft = f"{rng.choice(wmi_choices)}{descriptor}0{vin_year_code(year)}{plant}{serial}"
    return draft[:8] + vin_check_digit(draft) + draft[9:]
