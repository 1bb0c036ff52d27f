"""Values that belong together: which source values an object keeps, so related fields never disagree.

A source record is coherent as a whole: its model belongs to its make, its ZIP to its city. When the
schema refuses one value of a group (an enum without the source's make), taking the group's other
values from the source would pair them with a generated value ("BMW Sportage" sold by "Kia of
Arlington"). So the object takes a group from the source only when every scalar value of the group
fits its property. Otherwise the whole group is generated together. Places get one more step: a
source city found in the place tables fixes the object's place, so a generated state, postal code or
country matches that city, and source place values that disagree with the city are dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..builtin.data.places import CITIES_BY_LOCALE, US_STATE_NAMES
from . import vocabulary as vocab
from .values import fold_name, name_kind

Place = tuple[str, str, str, str]
"""(city, state or region, state code, postal code prefix), the shape of a persona's place."""

PLACE_KINDS = frozenset(("city", "state", "state_code", "postal_code", "country", "country_code"))
PERSON_KINDS = frozenset(("first_name", "last_name", "person_name", "email", "username"))
VEHICLE_NAMES = frozenset(("make", "brand", "model", "trim", "vin", "dealer", "dealership", "dealername", "seller"))
"""Folded property names whose values follow from a vehicle's make."""


def group_of(prop: str) -> str | None:
    """Return the name of the group of values a property belongs to ("place", "person", "vehicle"), or None."""
    kind = name_kind(prop)
    if kind in PLACE_KINDS:
        return "place"
    if kind in PERSON_KINDS:
        return "person"
    if fold_name(prop) in VEHICLE_NAMES or kind in ("make", "model", "vin"):
        return "vehicle"
    return None


def kept_source_props(
    chosen: list[str],
    fed: dict[str, Any],
    fits: Callable[[str, Any], bool],
) -> set[str]:
    """Return the properties that may take their value from the source; may shrink object values in `fed`.

    An object in a group that is generated anew (a vehicle's `dealer`) keeps its place and contact
    values but loses its name, which would name the source's make ("Kia of Arlington").

    Args:
        chosen: the properties the object will have.
        fed: the source value of each chosen property the source has a value for.
        fits: whether a source value (or a coercion of it) satisfies a property's schema.
    """
    kept = set(fed)
    members: dict[str, list[str]] = {}
    for prop in chosen:
        group = group_of(prop)
        if group is not None:
            members.setdefault(group, []).append(prop)
    for group, props in members.items():
        if group == "place":
            continue  # `settle_place` decides places, because a known city can repair them.
        scalars = [prop for prop in props if prop in fed and not isinstance(fed[prop], dict | list)]
        if not scalars:
            continue
        if not all(fits(prop, fed[prop]) for prop in scalars):
            kept.difference_update(props)
            for prop in props:
                if isinstance(fed.get(prop), dict):
                    fed[prop] = {key: value for key, value in fed[prop].items() if not _names_it(key)}
                    kept.add(prop)
    return kept


def _names_it(key: str) -> bool:
    return name_kind(key) in ("person_name", "company", "title") or fold_name(key) in VEHICLE_NAMES


def settle_place(chosen: list[str], fed: dict[str, Any], kept: set[str], locale: str) -> tuple[Place, str] | None:
    """Decide the object's place from the source, and drop the source's place values that disagree with it.

    Returns the (place, locale of the place) that generated place values must use, or None when the
    object's persona may draw its own place. `kept` is updated in place.
    """
    props = [prop for prop in chosen if group_of(prop) == "place"]
    fed_props = [prop for prop in props if prop in kept and isinstance(fed.get(prop), str)]
    if not fed_props:
        return None
    city = next((fed[prop] for prop in fed_props if name_kind(prop) == "city"), None)
    state = next((fed[prop] for prop in fed_props if name_kind(prop) in ("state", "state_code")), None)
    found = find_place(city, state, locale) if city is not None else None
    if found is None:
        if len(fed_props) < len(props):
            # Some place values would be drawn for another place than the source's: draw them all.
            kept.difference_update(props)
        return None
    place, place_locale = found
    for prop in fed_props:
        if not _agrees(name_kind(prop), fed[prop], place, place_locale):
            kept.discard(prop)
    return place, place_locale


def _agrees(kind: str | None, value: str, place: Place, place_locale: str) -> bool:
    folded = value.strip().casefold()
    if kind == "city":
        return folded == place[0].casefold()
    if kind in ("state", "state_code"):
        return folded in (place[1].casefold(), place[2].casefold())
    if kind == "postal_code":
        return value.strip().upper().startswith(place[3].upper())
    if kind in ("country", "country_code"):
        names = (vocab.COUNTRY_NAMES_EN[place_locale], *vocab.COUNTRIES[place_locale])
        return folded in (name.casefold() for name in names)
    return True


def find_place(city: str, state: str | None, locale: str) -> tuple[Place, str] | None:
    """Return the place and its locale for a city name, preferring `locale` and a matching state."""
    rows = _places_by_city().get(city.strip().casefold())
    if not rows:
        return None
    folded_state = state.strip().casefold() if state else None
    ranked = sorted(
        rows,
        key=lambda row: (
            folded_state is not None and folded_state not in (row[0][1].casefold(), row[0][2].casefold()),
            row[1] != locale,
        ),
    )
    return ranked[0]


@functools.cache
def _places_by_city() -> dict[str, list[tuple[Place, str]]]:
    index: dict[str, list[tuple[Place, str]]] = {}
    for locale, rows in CITIES_BY_LOCALE.items():
        codes = {region: code for _, region, code, _ in vocab.PLACES.get(locale, ())}
        for city, region, prefix, _ in rows:
            if locale == "en-US":
                name, code = US_STATE_NAMES.get(region, region), region
            else:
                name, code = region, codes.get(region, region[:3].upper())
            index.setdefault(city.casefold(), []).append(((city, name, code, prefix), locale))
    return index
