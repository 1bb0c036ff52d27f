"""Check digits for generated identifiers: VIN (ISO 3779 / 49 CFR 565), Luhn and ISBN-13."""

from __future__ import annotations

_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"
"""Model-year characters (VIN position 10) for 1980, 1981, ... 2009; the cycle restarts at "A" for 2010."""


def vin_check_digit(vin: str) -> str:
    """Compute the check character (position 9) of a 17-character VIN; position 9 itself is ignored."""
    total = sum(_VIN_VALUES[char] * weight for char, weight in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin_year_code(year: int) -> str:
    """Return the VIN model-year character (position 10) for a model year from 1980 on."""
    return _YEAR_CODES[(year - 1980) % 30]


def luhn_check_digit(partial: str) -> str:
    """Compute the Luhn digit that completes `partial` (all digits but the last) into a valid number."""
    total = 0
    for index, char in enumerate(reversed(partial)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """Return whether a digit string passes the Luhn check."""
    return luhn_check_digit(number[:-1]) == number[-1]


def isbn13_check_digit(first12: str) -> str:
    """Compute the ISBN-13 check digit for its first 12 digits."""
    total = sum(int(char) * (1 if index % 2 == 0 else 3) for index, char in enumerate(first12))
    return str((10 - total % 10) % 10)


def ean13_check_digit(first12: str) -> str:
    """Compute the EAN-13 (GTIN-13) check digit for its first 12 digits; ISBN-13 uses the same rule."""
    return isbn13_check_digit(first12)


def iban_check_digits(country: str, bban: str) -> str:
    """Compute the two ISO 13616 check digits of an IBAN from its country code and national account number."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(char, 36)) for char in rearranged))
    return f"{98 - number % 97:02d}"


def iban_valid(iban: str) -> bool:
    """Return whether an IBAN passes the ISO 13616 mod-97 check."""
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def ups_check_digit(body: str) -> str:
    """Compute the check digit of a UPS "1Z" tracking number from the 15 characters after "1Z".

    Letters count as (ordinal - 63) mod 10; digits in odd positions count once and in even positions twice.
    """
    values = [int(char) if char.isdigit() else (ord(char) - 63) % 10 for char in body]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return str((10 - total % 10) % 10)


def aba_check_digit(first8: str) -> str:
    """Compute the ninth digit of a US ABA routing number (weights 3, 7, 1)."""
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(char) * weight for char, weight in zip(first8, weights, strict=True))
    return str((10 - total % 10) % 10)
