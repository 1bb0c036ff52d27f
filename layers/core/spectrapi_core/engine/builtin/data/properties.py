# ruff: noqa: E501 - data tables keep one logical group per line.
"""Property types, price levels and listing details for residential listings."""

from __future__ import annotations

PROPERTY_TYPES: dict[str, tuple[float, tuple[int, int], tuple[int, int]]] = {
    "Single Family": (0.55, (2, 6), (1100, 4800)),
    "Condo": (0.18, (1, 3), (550, 1800)),
    "Townhouse": (0.17, (2, 4), (1000, 2600)),
    "Multi-Family": (0.05, (3, 8), (1800, 5200)),
    "Apartment": (0.05, (1, 3), (450, 1400)),
}
"""Type → (share of listings, bedroom range, square-foot range)."""

PROPERTY_TYPE_WORDS: dict[str, str] = {
    "house": "Single Family", "houses": "Single Family", "home": "Single Family", "homes": "Single Family",
    "single family": "Single Family", "single-family": "Single Family", "condo": "Condo", "condos": "Condo",
    "condominium": "Condo", "townhouse": "Townhouse", "townhouses": "Townhouse", "townhome": "Townhouse",
    "townhomes": "Townhouse", "apartment": "Apartment", "apartments": "Apartment", "flat": "Apartment",
    "flats": "Apartment", "duplex": "Multi-Family", "multi-family": "Multi-Family",
}  # fmt: skip

PRICE_PER_SQFT_USD: tuple[int, int] = (160, 520)
"""Typical asking price per square foot in US dollars across mid-priced US markets."""

LISTING_STATUSES: tuple[tuple[str, float], ...] = (("active", 0.75), ("pending", 0.15), ("sold", 0.1))

BROKERAGES: dict[str, tuple[str, ...]] = {
    "en-US": ("Keller Williams", "RE/MAX", "Coldwell Banker", "Compass", "Century 21", "Sotheby's International Realty"),
    "en-GB": ("Foxtons", "Savills", "Knight Frank", "Rightmove Partners", "Hamptons", "Purplebricks"),
    "fr-FR": ("Orpi", "Century 21 France", "Laforêt", "Guy Hoquet", "Stéphane Plaza Immobilier", "Foncia"),
    "de-DE": ("Engel & Völkers", "Von Poll Immobilien", "Remax Deutschland", "Sparkasse Immobilien", "Dahler"),
}  # fmt: skip

BROKERAGE_DOMAINS: dict[str, str] = {
    "Keller Williams": "kw.com", "RE/MAX": "remax.net", "Coldwell Banker": "coldwellbanker.com",
    "Compass": "compass.com", "Century 21": "century21.com", "Sotheby's International Realty": "sothebysrealty.com",
    "Foxtons": "foxtons.co.uk", "Savills": "savills.com", "Knight Frank": "knightfrank.com",
    "Rightmove Partners": "rightmove.co.uk", "Hamptons": "hamptons.co.uk", "Purplebricks": "purplebricks.co.uk",
    "Orpi": "orpi.com", "Century 21 France": "century21.fr", "Laforêt": "laforet.com", "Guy Hoquet": "guy-hoquet.com",
    "Stéphane Plaza Immobilier": "stephaneplazaimmobilier.com", "Foncia": "foncia.com",
    "Engel & Völkers": "engelvoelkers.com", "Von Poll Immobilien": "von-poll.com", "Remax Deutschland": "remax.de",
    "Sparkasse Immobilien": "sparkasse.de", "Dahler": "dahlercompany.com",
}  # fmt: skip
"""Brokerage → the e-mail domain its agents use."""

RENT_PER_SQFT_USD: tuple[float, float] = (1.1, 3.2)
"""Typical monthly rent per square foot in US dollars across mid-priced US markets."""

PROPERTY_TYPE_LABELS: dict[str, dict[str, str]] = {
    "en-GB": {"Single Family": "Detached House", "Condo": "Flat", "Townhouse": "Terraced House",
              "Multi-Family": "Semi-Detached House", "Apartment": "Flat"},
    "fr-FR": {"Single Family": "Maison", "Condo": "Appartement", "Townhouse": "Maison de ville",
              "Multi-Family": "Immeuble", "Apartment": "Appartement"},
    "de-DE": {"Single Family": "Einfamilienhaus", "Condo": "Eigentumswohnung", "Townhouse": "Reihenhaus",
              "Multi-Family": "Mehrfamilienhaus", "Apartment": "Wohnung"},
}  # fmt: skip
"""Locale → the local name of each property type; en-US uses the `PROPERTY_TYPES` keys."""

LOCAL_HOME_FEATURES: dict[str, tuple[str, ...]] = {
    "en-GB": ("Double Glazing", "Gas Central Heating", "Garden", "Off-Street Parking", "Fitted Kitchen", "Conservatory",
              "En-Suite", "Loft Conversion", "Period Features", "Garage", "Open-Plan Living", "Home Office"),
    "fr-FR": ("Double vitrage", "Parquet", "Cuisine équipée", "Balcon", "Terrasse", "Jardin", "Cheminée", "Cave",
              "Parking", "Ascenseur", "Gardien", "Bureau"),
    "de-DE": ("Einbauküche", "Balkon", "Terrasse", "Garten", "Fußbodenheizung", "Keller", "Tiefgaragenstellplatz",
              "Aufzug", "Gäste-WC", "Parkett", "Kamin", "Photovoltaikanlage"),
}  # fmt: skip
"""Locale → listing features that fit homes there; en-US uses `HOME_FEATURES`."""

HOME_FEATURES: tuple[str, ...] = (
    "Hardwood Floors", "Updated Kitchen", "Granite Countertops", "Fireplace", "Walk-in Closet", "Two-Car Garage",
    "Fenced Backyard", "Swimming Pool", "Solar Panels", "Central Air", "Open Floor Plan", "Home Office",
)  # fmt: skip
