"""Builders of identifiers and codes chosen by field name, with valid check digits where the format has one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .checksums import (
    aba_check_digit,
    ean13_check_digit,
    iban_check_digits,
    isbn13_check_digit,
    luhn_check_digit,
    ups_check_digit,
)
from .common import Context, ascii_fold, digits
from .data import generic as data
from .data import jobs as job_data

Builder = Callable[[Context, dict[str, Any]], Any]

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Upper-case letters and digits without the look-alikes I, O, 0 and 1, as booking references use."""
_IBAN_COUNTRY = {"en-US": "DE", "en-GB": "GB", "fr-FR": "FR", "de-DE": "DE"}
"""IBAN country per locale; the US has no IBANs, so en-US records get German ones."""


def identifier_builder(name: str, tokens: list[str], noun: str) -> Builder | None:
    """Return a builder for an identifier or code field, or None when the name is not one."""
    builder = _BY_NAME.get(name)
    if builder is not None:
        return builder

    if {"image", "avatar", "photo", "thumbnail", "picture"} & set(tokens):
        folder = noun or "item"
        return lambda ctx, state: f"https://images.example.com/{folder}/{ctx.rng.randrange(16**8):08x}.jpg"
    if tokens[-1] == "code":
        return lambda ctx, state: f"{_code(ctx, 3)}-{digits(ctx.rng, 4)}"
    return None


def _code(ctx: Context, length: int) -> str:
    return "".join(ctx.rng.choices(_CODE_ALPHABET, k=length))


def isbn(ctx: Context, state: dict[str, Any]) -> str:
    """Draw an ISBN-13 with the 978 prefix and a valid check digit."""
    first12 = "978" + digits(ctx.rng, 9)
    return first12 + isbn13_check_digit(first12)


def ean13(ctx: Context, state: dict[str, Any]) -> str:
    """Draw an EAN-13 barcode number with a valid check digit."""
    first12 = digits(ctx.rng, 12)
    return first12 + ean13_check_digit(first12)


def uuid4(ctx: Context) -> str:
    """Draw a version-4 UUID string from the request's generator."""
    hex_digits = f"{ctx.rng.getrandbits(128):032x}"
    hex_digits = hex_digits[:12] + "4" + hex_digits[13:16] + "89ab"[int(hex_digits[16], 16) % 4] + hex_digits[17:]
    return f"{hex_digits[:8]}-{hex_digits[8:12]}-{hex_digits[12:16]}-{hex_digits[16:20]}-{hex_digits[20:]}"


def ups_tracking_number(ctx: Context, state: dict[str, Any]) -> str:
    """Draw a UPS-style "1Z" tracking number: shipper code, service code, package number and check digit."""
    body = _code(ctx, 6) + ctx.rng.choice(("01", "02", "03", "12", "13")) + digits(ctx.rng, 7)
    return "1Z" + body + ups_check_digit(body)


def iban(ctx: Context, state: dict[str, Any]) -> str:
    """Draw an IBAN of the locale's country (German for en-US) with valid mod-97 check digits."""
    country = _IBAN_COUNTRY[ctx.locale]
    if country == "GB":
        bban = ctx.rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + digits(ctx.rng, 14)
    elif country == "FR":
        bban = digits(ctx.rng, 23)
    else:
        bban = digits(ctx.rng, 18)
    return country + iban_check_digits(country, bban) + bban


def card_number(ctx: Context, state: dict[str, Any]) -> str:
    """Draw a 16-digit Visa-style card number that passes the Luhn check."""
    partial = "4" + digits(ctx.rng, 14)
    return partial + luhn_check_digit(partial)


def routing_number(ctx: Context, state: dict[str, Any]) -> str:
    """Draw a US ABA routing number with a valid check digit."""
    first8 = f"{ctx.rng.choice((0, 1, 2, 3))}{ctx.rng.randint(1, 9)}" + digits(ctx.rng, 6)
    return first8 + aba_check_digit(first8)


def ip_address(ctx: Context, state: dict[str, Any]) -> str:
    """Draw a private IPv4 address (10.0.0.0/8 or 192.168.0.0/16), so no real host is named."""
    if ctx.rng.random() < 0.5:
        return f"10.{ctx.rng.randrange(256)}.{ctx.rng.randrange(256)}.{ctx.rng.randint(1, 254)}"
    return f"192.168.{ctx.rng.randrange(256)}.{ctx.rng.randint(1, 254)}"


def website(ctx: Context, state: dict[str, Any]) -> str:
    """Draw a company-style website address, made from the record's company name when it has one."""
    company = state.get("company_name")
    known = dict(job_data.TECH_COMPANIES)
    if company in known:
        return f"https://www.{known[company]}"
    word = company.split()[0] if company else ctx.rng.choice(job_data.COMPANY_WORDS)
    slug = ascii_fold(word) + ctx.rng.choice(("", "hq", "app", "labs"))
    return f"https://www.{slug}.{data.WEBSITE_TLDS[ctx.locale]}"


def _sku(ctx: Context, state: dict[str, Any]) -> str:
    return "SKU-" + _code(ctx, 8)


def _invoice_number(ctx: Context, state: dict[str, Any]) -> str:
    return f"INV-{ctx.now.year}-{ctx.rng.randint(1, 99999):05d}"


def _order_number(ctx: Context, state: dict[str, Any]) -> str:
    return f"ORD-{ctx.now.year}-{ctx.rng.randint(1, 999999):06d}"


def _reference(ctx: Context, state: dict[str, Any]) -> str:
    return _code(ctx, 6)


def _flight_number(ctx: Context, state: dict[str, Any]) -> str:
    return f"{ctx.rng.choice(data.AIRLINES)[1]}{ctx.rng.randint(10, 9999)}"


def _serial_number(ctx: Context, state: dict[str, Any]) -> str:
    return f"SN-{_code(ctx, 4)}-{digits(ctx.rng, 6)}"


def _mac_address(ctx: Context, state: dict[str, Any]) -> str:
    return ":".join(f"{ctx.rng.randrange(256):02x}" for _ in range(6))


def _version(ctx: Context, state: dict[str, Any]) -> str:
    return f"{ctx.rng.randint(1, 5)}.{ctx.rng.randint(0, 12)}.{ctx.rng.randint(0, 20)}"


def _coupon_code(ctx: Context, state: dict[str, Any]) -> str:
    return f"{ctx.rng.choice(('SAVE', 'WELCOME', 'SPRING', 'VIP', 'FREESHIP'))}{ctx.rng.choice((10, 15, 20, 25))}"


def _license_plate(ctx: Context, state: dict[str, Any]) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pick = ctx.rng.choice
    if ctx.locale == "en-GB":
        return f"{pick(letters)}{pick(letters)}{ctx.rng.randint(10, 75)} {pick(letters)}{pick(letters)}{pick(letters)}"
    if ctx.locale == "fr-FR":
        return f"{pick(letters)}{pick(letters)}-{digits(ctx.rng, 3)}-{pick(letters)}{pick(letters)}"
    if ctx.locale == "de-DE":
        city = pick(("B", "M", "HH", "K", "F", "S", "D"))
        return f"{city}-{pick(letters)}{pick(letters)} {ctx.rng.randint(1, 9999)}"
    return f"{ctx.rng.randint(1, 9)}{pick(letters)}{pick(letters)}{pick(letters)}{digits(ctx.rng, 3)}"


_BUILDERS_BY_NAMES: tuple[tuple[tuple[str, ...], Builder], ...] = (
    (("isbn", "isbn13"), isbn),
    (("sku",), _sku),
    (("uuid", "guid"), lambda ctx, state: uuid4(ctx)),
    (("invoice_number",), _invoice_number),
    (("order_number", "order_no"), _order_number),
    (("tracking_number", "tracking_code", "tracking_id"), ups_tracking_number),
    (("confirmation_code", "confirmation_number", "booking_reference", "reference", "pnr", "booking_code",
      "reservation_code", "reservation_number", "booking_number"), _reference),
    (("flight_number",), _flight_number),
    (("iban",), iban),
    (("ean", "ean13", "gtin", "barcode", "upc"), ean13),
    (("card_number", "credit_card_number", "credit_card"), card_number),
    (("routing_number",), routing_number),
    (("account_number",), lambda ctx, state: digits(ctx.rng, 10)),
    (("serial_number", "serial"), _serial_number),
    (("ip", "ip_address"), ip_address),
    (("mac", "mac_address"), _mac_address),
    (("version", "app_version", "firmware_version"), _version),
    (("coupon_code", "promo_code", "discount_code", "voucher_code"), _coupon_code),
    (("currency_code",), lambda ctx, state: ctx.currency),
    (("country_code",), lambda ctx, state: ctx.locale[-2:]),
    (("language_code",), lambda ctx, state: ctx.locale[:2]),
    (("license_plate", "plate_number", "registration_number", "number_plate"), _license_plate),
    (("url", "website", "link", "homepage", "site", "website_url"), website),
)  # fmt: skip
_BY_NAME: dict[str, Builder] = {name: builder for names, builder in _BUILDERS_BY_NAMES for name in names}
