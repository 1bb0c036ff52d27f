"""Per-locale name, city and street tables, loaded once per process on first use of a locale.

Given and family names come from Faker's locale provider tables, with Faker's weights where it has them.
The engine draws names with the request's own `random.Random` instead of calling Faker per field, which
measured about twenty times slower. Cities, postal prefixes and area codes come from `data.places`.
"""

from __future__ import annotations

import functools
import importlib
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .data import places

_FAKER_LOCALE = {"en-US": "en_US", "en-GB": "en_GB", "fr-FR": "fr_FR", "de-DE": "de_DE"}

REGION_KEY = {"en-US": "state", "en-GB": "county", "fr-FR": "region", "de-DE": "state"}
"""Record key of the first-level region in addresses of each locale."""

POSTAL_KEY = {"en-US": "zip_code", "en-GB": "postcode", "fr-FR": "postal_code", "de-DE": "postal_code"}
"""Record key of the postal code in addresses of each locale."""


@dataclass(frozen=True)
class City:
    """One real city with the region, postal-code prefix and phone area code that belong to it."""

    name: str
    region: str
    postal_prefix: str
    area_code: str


@dataclass(frozen=True)
class WeightedNames:
    """Names with cumulative weights, ready for `random.Random.choices(names, cum_weights=...)`."""

    names: tuple[str, ...]
    cum_weights: tuple[float, ...] | None

    def draw(self, rng: random.Random) -> str:
        """Draw one name with the table's weights."""
        if self.cum_weights is None:
            return self.names[int(rng.random() * len(self.names))]
        return rng.choices(self.names, cum_weights=self.cum_weights)[0]


@dataclass(frozen=True)
class LocaleTables:
    """Everything locale-specific the generators draw from."""

    locale: str
    male_first_names: WeightedNames
    female_first_names: WeightedNames
    last_names: WeightedNames
    cities: tuple[City, ...]
    street_roots: tuple[str, ...]
    street_suffixes: tuple[str, ...]
    email_domains: tuple[str, ...]
    currency: str
    region_key: str
    postal_key: str


def _weighted(table: Mapping[str, float] | Sequence[str]) -> WeightedNames:
    if isinstance(table, Mapping):
        names = tuple(table.keys())
        return WeightedNames(names, tuple(accumulate(float(w) for w in table.values())))
    return WeightedNames(tuple(dict.fromkeys(table)), None)


@functools.cache
def tables_for(locale: str) -> LocaleTables:
    """Build (once per process) the tables of a supported locale such as "en-US"."""
    person = importlib.import_module(f"faker.providers.person.{_FAKER_LOCALE[locale]}").Provider
    cities = tuple(City(*row) for row in places.CITIES_BY_LOCALE[locale])
    return LocaleTables(
        locale=locale,
        male_first_names=_weighted(person.first_names_male),
        female_first_names=_weighted(person.first_names_female),
        last_names=_weighted(person.last_names),
        cities=cities,
        street_roots=places.STREET_ROOTS[locale],
        street_suffixes=places.STREET_SUFFIXES[locale],
        email_domains=places.EMAIL_DOMAINS[locale],
        currency=places.CURRENCY_BY_LOCALE[locale],
        region_key=REGION_KEY[locale],
        postal_key=POSTAL_KEY[locale],
    )


def city_index() -> dict[str, list[tuple[str, City]]]:
    """Map each lower-case city name to the (locale, city) pairs that carry it, without loading Faker."""
    return _city_index()


@functools.cache
def _city_index() -> dict[str, list[tuple[str, City]]]:
    index: dict[str, list[tuple[str, City]]] = {}
    for locale, rows in places.CITIES_BY_LOCALE.items():
        for row in rows:
            city = City(*row)
            index.setdefault(city.name.lower(), []).append((locale, city))
    return index
