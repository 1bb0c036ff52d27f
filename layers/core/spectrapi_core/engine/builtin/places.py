"""Place selection that honours the instruction's cities and regions and keeps each address consistent."""

from __future__ import annotations

from ...errors import InvalidInstructionError
from .common import Context, phone_number, postal_code, street_address
from .locale_tables import City, tables_for
from .spec import Spec


class PlacePicker:
    """Source of the cities a spec allows, with addresses and phones in the format of the city's locale."""

    def __init__(self, spec: Spec, ctx: Context) -> None:
        self.ctx = (
            ctx if spec.place_locale is None else Context(ctx.rng, tables_for(spec.place_locale), ctx.now, ctx.currency)
        )
        cities = self.ctx.tables.cities
        if spec.cities:
            requested_cities = set(spec.cities)
            cities = tuple(city for city in cities if (city.name, city.region) in requested_cities)
        elif spec.regions:
            requested_regions = set(spec.regions)
            cities = tuple(city for city in cities if city.region in requested_regions)
        excluded_regions = set(spec.exclusions.get("regions", ()))
        excluded_cities = set(spec.exclusions.get("cities", ()))
        if excluded_regions or excluded_cities:
            cities = tuple(
                city
                for city in cities
                if city.region not in excluded_regions and (city.name, city.region) not in excluded_cities
            )
        if not cities:
            places = ", ".join(spec.regions) or "the requested places"
            raise InvalidInstructionError(f"No known cities lie in {places}. Name a city or region in the instruction.")
        self.cities = cities
        self.region_key = self.ctx.tables.region_key
        self.postal_key = self.ctx.tables.postal_key

    def city(self) -> City:
        """Draw one allowed city."""
        return self.cities[int(self.ctx.rng.random() * len(self.cities))]

    def address(self, city: City | None = None) -> dict[str, str]:
        """Build a street address with city, region and postal code that agree."""
        city = city or self.city()
        return {
            "address": street_address(self.ctx),
            "city": city.name,
            self.region_key: city.region,
            self.postal_key: postal_code(self.ctx, city),
        }

    def phone(self, city: City | None = None, *, mobile: bool = False) -> str:
        """Draw a phone number in the city's locale format with the city's area code."""
        return phone_number(self.ctx, city, mobile=mobile)

    def location(self, city: City) -> str:
        """Format a city for display: "Austin, TX" in the United States, the city name elsewhere."""
        return f"{city.name}, {city.region}" if self.ctx.locale == "en-US" else city.name
