"""What the parser extracts from an instruction: the entity, requested fields and constraints."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

DOMAIN_PREFIXES = {
    "vehicle": "veh_",
    "property": "prop_",
    "transaction": "txn_",
    "job": "job_",
    "person": "per_",
}


@dataclass
class NumberRange:
    """Inclusive bounds on a numeric quantity; either side may be open (None)."""

    low: float | None = None
    high: float | None = None

    def contains(self, value: float) -> bool:
        """Return whether a value lies within the bounds."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def clamp(self, low: float, high: float) -> tuple[float, float]:
        """Fill open sides from a default interval, returning (low, high) with low <= high.

        A stated bound always wins. An open low side takes the default low, or half the stated high when the
        default lies above it. An open high side takes the default high, or 1.5 times the stated low.
        """
        new_low = low if self.low is None else self.low
        new_high = high if self.high is None else self.high
        if self.low is None and new_low > new_high:
            new_low = new_high / 2
        if self.high is None and new_high < new_low:
            new_high = new_low * 1.5
        return min(new_low, new_high), max(new_low, new_high)


@dataclass
class FieldRequest:
    """One field the instruction requests by name."""

    name: str
    """snake_case key of the field in each record, such as `salary_range`."""
    phrase: str
    """The words of the instruction this field came from."""
    hint: str | None = None
    """Shape the instruction asked for: "min_max", "array", "iso8601", "integer" or None."""
    subfields: tuple[str, ...] = ()
    """Keys of a nested object ("dealer info with name, city, and state"), empty for plain fields."""


@dataclass
class Spec:
    """A parsed instruction: what to generate and the constraints every record must meet."""

    instruction: str
    domain: str
    """One of "vehicle", "property", "transaction", "job", "person" or "generic"."""
    entity: str
    """Singular entity noun, such as "vehicle" or "product review"."""
    id_prefix: str
    fields: list[FieldRequest] = field(default_factory=list)
    fields_exclusive: bool = False
    """True when the field list replaces the default fields instead of adding to them."""
    ranges: dict[str, NumberRange] = field(default_factory=dict)
    """Bounds by quantity name, such as year, price, mileage, bedrooms, experience, salary or amount."""
    window: tuple[datetime, datetime] | None = None
    """Time window (start, end), both aware UTC, for dates in the records."""
    makes: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    fuel_types: list[str] = field(default_factory=list)
    body_types: list[str] = field(default_factory=list)
    condition: str | None = None
    property_types: list[str] = field(default_factory=list)
    merchant_categories: list[str] = field(default_factory=list)
    listing: str = "sale"
    """Kind of property listing: "sale", or "rent" when prices are monthly rents."""
    role_family: str | None = None
    role_titles: list[str] = field(default_factory=list)
    """Job titles the instruction names ("data engineers" gives ["Data Engineer"]), within `role_family`."""
    employment_types: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    """Region names (US state codes such as "TX" in en-US) that addresses must lie in."""
    cities: list[tuple[str, str]] = field(default_factory=list)
    """(city, region) pairs addresses must use."""
    place_locale: str | None = None
    """Locale whose city table the places came from, when it differs from the request locale."""
    currency: str | None = None
    """ISO 4217 code of the amounts in the instruction ("$400k" gives USD); it overrides the locale's."""
    workplace_types: list[str] = field(default_factory=list)
    """Requested workplace types of job postings: "remote", "hybrid" or "on-site"."""
    exclusions: dict[str, list[Any]] = field(default_factory=dict)
    """Values the instruction rules out ("no Toyota", "non-electric"), keyed like the matching include list:
    "makes", "fuel_types", "body_types", "property_types", "merchant_categories", "role_families",
    "employment_types", "workplace_types", "regions" and "cities" (as (city, region) pairs)."""
    colors: list[str] = field(default_factory=list)
    """Requested basic colours of vehicles ("red", "blue"), matched against the paint names."""
    luxury: bool = False
    budget: bool = False
    tech_email_domains: bool = False


def describe_spec(spec: Spec) -> dict[str, Any]:
    """Return the spec as plain JSON-ready data, for debugging and tests."""
    described = asdict(spec)
    if spec.window is not None:
        described["window"] = [moment.isoformat() for moment in spec.window]
    described["ranges"] = {name: [bounds.low, bounds.high] for name, bounds in spec.ranges.items()}
    described["fields"] = [
        {"name": item.name, "hint": item.hint, "subfields": list(item.subfields)} for item in spec.fields
    ]
    return described
